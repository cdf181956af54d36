/**
 * @module Which questions the flow asks, given the answers so far. One pass in questionnaire order: a
 * question's `showIf` may only read earlier questions (the data lint checks this). A `showIf` that is
 * unknown asks the question, because an unknown might matter. Self-tests are also withheld while any
 * blocker holds (a red flag, an acute injury with bruising).
 *
 * Imports types only, so the widget can bundle it without zod.
 */

import type { Flow } from '../schemas/questionnaire.ts';
import type { Answers } from '../schemas/values.ts';
import { type EvalContext, evalCond, type QuestionState } from './evaluate.ts';

export interface FlowState {
  /** Ids of the questions the flow asks, in order. */
  asked: string[];
  /** An evaluation context in which hidden questions read as not applicable. */
  ctx: EvalContext;
}

export function flowState(flow: Flow, answers: Answers): FlowState {
  const states = new Map<string, QuestionState>();
  const ctx: EvalContext = { answers, state: (id) => states.get(id) ?? 'pending' };
  const asked: string[] = [];
  for (const question of flow.questions) {
    let shown = question.showIf === undefined || evalCond(question.showIf, ctx) !== false;
    if (shown && question.selfTest)
      shown = !flow.selfTestBlockers.some((blocker) => evalCond(blocker, ctx) === true);
    states.set(question.id, shown ? 'asked' : 'hidden');
    if (shown) asked.push(question.id);
  }
  // Questions outside the flow (unknown ids) read as not applicable rather than pending.
  return { asked, ctx: { answers, state: (id) => states.get(id) ?? 'hidden' } };
}

/** The questions the flow asks, in order. */
export function askedQuestions(flow: Flow, answers: Answers): string[] {
  return flowState(flow, answers).asked;
}

/** Whether a red flag that ends the questionnaire holds for these answers. */
export function shouldExit(flow: Flow, answers: Answers): boolean {
  const { ctx } = flowState(flow, answers);
  return flow.exits.some((exit) => evalCond(exit.when, ctx) === true);
}

/**
 * The questions a runner answering in order actually sees: the asked questions up to the one whose
 * answer ends the questionnaire early, if any.
 */
export function seenQuestions(flow: Flow, answers: Answers): string[] {
  const seen: string[] = [];
  const sofar: Answers = {};
  for (const id of askedQuestions(flow, answers)) {
    seen.push(id);
    const value = answers[id];
    if (value !== undefined) sofar[id] = value;
    if (shouldExit(flow, sofar)) break;
  }
  return seen;
}

/** The first asked question without an answer, or undefined when every asked question is answered. */
export function nextQuestion(flow: Flow, answers: Answers): string | undefined {
  return askedQuestions(flow, answers).find((id) => answers[id] === undefined);
}
