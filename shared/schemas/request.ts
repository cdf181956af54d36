/**
 * @module The one schema the Worker runs on every request: the triage request body. It uses zod's mini
 * build, whose functions tree-shake one by one (about 7 KB gzip against 27 KB for the classic API), so
 * the Worker stays inside its size budget; the response schemas, only needed for the OpenAPI document
 * and the tests, use the classic API. `z.toJSONSchema` reads both.
 */
import * as z from 'zod/mini';
import { EXPANSIONS, LANGS } from './values.ts';

const id = z.string().check(z.minLength(1), z.maxLength(64));

/**
 * One answer, bounded in size only: which shape a question takes is checked against the questionnaire
 * by questionnaire/validate.ts.
 */
export const AnswerValueSchema = z.union([
  id,
  z.array(id).check(z.minLength(1), z.maxLength(20)),
  z.number(),
]);

export const AnswersSchema = z.record(id, AnswerValueSchema).register(z.globalRegistry, {
  id: 'Answers',
  description: 'Answers by question id; leave a question out to skip it.',
});

/**
 * What every request that triages carries. `POST /v1/reports` extends it: a shared report always keeps
 * the whole result, so it takes no `expand`.
 */
export const TriageInputSchema = z.strictObject({
  questionnaireVersion: z.string().check(z.minLength(1), z.maxLength(32)),
  lang: z._default(z.enum(LANGS), 'en'),
  answers: AnswersSchema,
});

export const ExpandSchema = z.array(z.enum(EXPANSIONS)).register(z.globalRegistry, {
  description:
    'Parts of the result to send in full (default: none). "clinicianSummary": the clinician summary. "redFlags": the red flags screened negative, with their texts, in `redFlags` (their ids are always in `clearedFlags`). "conditions": every condition the engine ranks in `conditions` (by default the three most likely). "sources": the citations the result rests on, in `sources` (plan items name theirs by id either way).',
});

export const TriageRequestSchema = z
  .extend(TriageInputSchema, { expand: z.optional(ExpandSchema) })
  .register(z.globalRegistry, { id: 'TriageRequest' });
export type TriageRequest = z.input<typeof TriageRequestSchema>;

export const InterviewRequestSchema = z
  .strictObject({
    questionnaireVersion: z.string().check(z.minLength(1), z.maxLength(32)),
    answers: AnswersSchema,
    skipped: z._default(z.array(id).check(z.maxLength(64)), []),
  })
  .register(z.globalRegistry, {
    id: 'InterviewRequest',
    description:
      'The answers so far, and the questions the runner chose to skip (asked, left unanswered: never asked again).',
  });
export type InterviewRequest = z.output<typeof InterviewRequestSchema>;
