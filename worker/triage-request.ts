/**
 * @module From a parsed JSON body to answers the engine may evaluate, in the documented order: the
 * request schema (400 invalid-request), the questionnaire version (409), the answers against the
 * questionnaire (400 invalid-answers). The OpenAPI examples call it too, so they show what it really answers.
 */
import type * as z from 'zod';
import {
  type Answers,
  type FieldProblem,
  type Lang,
  QUESTION_BY_ID,
  QUESTIONNAIRE_VERSION,
  validateAnswers,
} from '../shared/index.ts';
// The request schema's own module: the schemas barrel would bring zod's classic API into the Worker.
import {
  type InterviewRequest,
  InterviewRequestSchema,
  TriageRequestSchema,
} from '../shared/schemas/request.ts';
import { answerProblemsToFieldErrors, issuesToFieldErrors } from './http/field-errors.ts';
import { fieldProblem, ProblemError } from './problems.ts';

const FIELDS = 'questionnaireVersion, lang, answers and expand';

/** What a triage request parses to; a request that extends it (a shared report) adds its own fields. */
interface TriageFields {
  questionnaireVersion: string;
  lang: Lang;
  answers: Answers;
}

/** The part of a zod/mini schema this check uses. */
interface RequestSchema<T extends TriageFields> {
  safeParse(
    body: unknown,
    params: { reportInput: boolean },
  ): { success: true; data: T } | { success: false; error: { issues: z.core.$ZodIssue[] } };
}

export const TRIAGE_BODY_HINT =
  'Send one JSON object: {"questionnaireVersion": "…", "lang": "en", "answers": {…}}.';

function invalidRequest(issues: readonly z.core.$ZodIssue[], fields: string): ProblemError {
  return fieldProblem('invalid-request', issuesToFieldErrors(issues, fields), (count) => `${count} invalid`);
}

function staleQuestionnaire(sent: string): ProblemError {
  return new ProblemError(
    'stale-questionnaire',
    `These answers were collected with questionnaire ${JSON.stringify(sent)}, but the current one is ${QUESTIONNAIRE_VERSION}. Fetch GET /v1/questionnaire again, ask any changed questions, and send questionnaireVersion "${QUESTIONNAIRE_VERSION}".`,
    { currentVersion: QUESTIONNAIRE_VERSION },
  );
}

function invalidAnswers(problems: readonly FieldProblem[]): ProblemError {
  return fieldProblem(
    'invalid-answers',
    answerProblemsToFieldErrors(problems),
    (count) => `${count} not accepted by questionnaire ${QUESTIONNAIRE_VERSION}`,
  );
}

/**
 * zod leaves an `__proto__` key out of the record it builds (assigning it would swap the prototype) and
 * does not report it. JSON.parse kept it as an own key: put such keys back as own data properties, so
 * validateAnswers reports them as unknown questions instead of the answer silently vanishing.
 */
function keepDroppedKeys(raw: object, parsed: Answers): Answers {
  const dropped = Object.keys(raw).filter((key) => !Object.hasOwn(parsed, key));
  if (dropped.length === 0) return parsed;
  return Object.fromEntries([...Object.entries(parsed), ...dropped.map((key) => [key, ''])]);
}

/**
 * The checked request. `schema` and `fields` default to the triage request; `POST /v1/reports` passes
 * its extension, so a shared report is validated exactly like a triage, in one pass.
 */
export function checkTriageRequest<T extends TriageFields = TriageFields>(
  body: unknown,
  schema: RequestSchema<T> = TriageRequestSchema as RequestSchema<T>,
  fields = FIELDS,
): T {
  // reportInput lets the field errors tell a missing field from one of the wrong type.
  const parsed = schema.safeParse(body, { reportInput: true });
  if (!parsed.success) throw invalidRequest(parsed.error.issues, fields);
  const { questionnaireVersion } = parsed.data;
  if (questionnaireVersion !== QUESTIONNAIRE_VERSION) throw staleQuestionnaire(questionnaireVersion);
  const answers = keepDroppedKeys((body as { answers: object }).answers, parsed.data.answers);
  const problems = validateAnswers(answers);
  if (problems.length) throw invalidAnswers(problems);
  return { ...parsed.data, answers };
}

export const INTERVIEW_BODY_HINT =
  'Send one JSON object: {"questionnaireVersion": "…", "answers": {…}, "skipped": […]}.';

/**
 * The checked interview request: like a triage request, except that answers the flow no longer asks are
 * accepted (the step names them as stale) and every skipped id must be a question.
 */
export function checkInterviewRequest(body: unknown): InterviewRequest {
  const parsed = InterviewRequestSchema.safeParse(body, { reportInput: true });
  if (!parsed.success) throw invalidRequest(parsed.error.issues, 'questionnaireVersion, answers and skipped');
  const { questionnaireVersion, skipped } = parsed.data;
  if (questionnaireVersion !== QUESTIONNAIRE_VERSION) throw staleQuestionnaire(questionnaireVersion);
  const answers = keepDroppedKeys((body as { answers: object }).answers, parsed.data.answers);
  const problems = validateAnswers(answers, { stale: true });
  skipped.forEach((id, i) => {
    if (!QUESTION_BY_ID.has(id))
      problems.push({
        field: `skipped.${i}`,
        reason: `is not a question in questionnaire ${QUESTIONNAIRE_VERSION}`,
      });
    else if (answers[id] !== undefined)
      problems.push({
        field: `skipped.${i}`,
        reason: 'is answered: a question is either answered or skipped',
      });
  });
  if (problems.length) throw invalidAnswers(problems);
  return { questionnaireVersion, answers, skipped };
}
