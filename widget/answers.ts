/**
 * @module The answers against the questionnaire the widget runs, as pure functions: whether one is
 * complete and accepted, which to keep when the questionnaire changes, and where the runner goes next.
 * The checks and the flow are the API's own (shared/logic), so the widget never sends an answer the API
 * refuses and asks exactly what the API expects.
 */
import { valueProblem } from '../shared/logic/value-check.ts';
import { askedQuestions, shouldExit } from '../shared/logic/visibility.ts';
import type { Question, Questionnaire } from '../shared/schemas/questionnaire.ts';
import type { Answers, AnswerValue } from '../shared/schemas/values.ts';

export const questionOf = (q: Questionnaire, id: string): Question | undefined =>
  q.questions.find((x) => x.id === id);

/** Whether an answer is complete and one the API takes for its question (the API's own check). */
export const fits = (q: Question | undefined, v: AnswerValue | undefined): boolean =>
  !!q && v !== undefined && !valueProblem(q, v);

/** Answers restricted to questions that exist, take this value and are asked given the others. */
export function keep(q: Questionnaire, answers: Answers): Answers {
  const fitting = Object.fromEntries(Object.entries(answers).filter(([id, v]) => fits(questionOf(q, id), v)));
  const asked = askedQuestions(q, fitting);
  return Object.fromEntries(Object.entries(fitting).filter(([id]) => asked.includes(id)));
}

/**
 * The question after `id`, or undefined when the answers are to be sent: after the last question, or
 * once a red flag that ends the questionnaire holds for the questions up to `id` (not for later ones
 * the runner revisits). With `revisit`, only its questions still unanswered come next.
 */
export function after(q: Questionnaire, answers: Answers, id: string, revisit: string[]): string | undefined {
  const asked = askedQuestions(q, answers);
  const passed = asked.slice(0, asked.indexOf(id) + 1);
  const sofar = Object.fromEntries(Object.entries(answers).filter(([x]) => passed.includes(x)));
  if (shouldExit(q, keep(q, sofar))) return undefined;
  return revisit.length
    ? revisit.slice(revisit.indexOf(id) + 1).find((x) => asked.includes(x) && answers[x] === undefined)
    : asked[asked.indexOf(id) + 1];
}

/** After a questionnaire update: the questions up to `id` left open (new or changed), skipped ones aside. */
export const open = (asked: string[], id: string, answers: Answers, skipped: string[]) =>
  asked
    .slice(0, asked.indexOf(id) + 1 || asked.length)
    .filter((x) => answers[x] === undefined && !skipped.includes(x));
