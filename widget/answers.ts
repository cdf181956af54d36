/**
 * @module The answers against the questionnaire the widget runs, as pure functions: whether one is
 * complete and accepted (the API's own check, so the widget never sends an answer the API refuses), and
 * which to keep when the questionnaire changes. Which question comes next is the interview's to say
 * (POST /v1/interview/next), never the widget's.
 */
import { valueProblem } from '../shared/logic/value-check.ts';
import type { Question, Questionnaire } from '../shared/schemas/questionnaire.ts';
import type { Answers, AnswerValue } from '../shared/schemas/values.ts';

export const questionOf = (q: Questionnaire, id: string): Question | undefined =>
  q.questions.find((x) => x.id === id);

/** Whether an answer is complete and one the API takes for its question (the API's own check). */
export const fits = (q: Question | undefined, v: AnswerValue | undefined): boolean =>
  !!q && v !== undefined && !valueProblem(q, v);

/**
 * Answers to questions that exist and take this value. Those the flow no longer asks the interview names
 * (`stale`), and the widget drops them then.
 */
export const keep = (q: Questionnaire, answers: Answers): Answers =>
  Object.fromEntries(Object.entries(answers).filter(([id, v]) => fits(questionOf(q, id), v)));
