/**
 * @module Which questions the flow asks, given the answers so far. One pass in questionnaire order: a
 * question's `showIf` may only read earlier questions (the data lint checks this). A `showIf` that is
 * unknown asks the question, because an unknown might matter: a runner not sure how the pain started is
 * asked about a pop and a bruise, so they can rule out what a sudden injury would mean.
 *
 * A follow-up that `clarifies` a question is asked only once that question is answered "not sure".
 * A self-test is withheld while any blocker (every red flag, an acute injury) or its own `withheldIf`
 * holds or is left open by a "not sure"; a question nobody has answered yet does not withhold it: it is
 * asked first (self-tests come last).
 *
 * Imports types only, so the widget can bundle it without zod.
 */

import type { Flow, FlowQuestion } from '../schemas/questionnaire.ts';
import type { Answers } from '../schemas/values.ts';
import {
  type EvalContext,
  evalCond,
  isUnsure,
  type Narrowed,
  type QuestionState,
  raised,
} from './evaluate.ts';

export interface FlowState {
  /** Ids of the questions the flow asks, in order. */
  asked: string[];
  /** Ids of the self-tests withheld for safety. */
  withheld: string[];
  /** Hidden questions read as not applicable, withheld ones and unanswered asked ones as unknown. */
  ctx: EvalContext;
}

const optionId = (option: string | { id: string }) => (typeof option === 'string' ? option : option.id);

/** A follow-up's own options: the ones it can rule out (without its "none of these" and "not sure"). */
function ruledOutOptions(question: FlowQuestion): string[] {
  return (question.options ?? []).map(optionId).filter((id) => id !== 'none' && id !== 'unsure');
}

function isOptional(question: FlowQuestion | undefined): boolean {
  return !!question?.optional;
}

export function flowState(flow: Flow, answers: Answers): FlowState {
  const states = new Map<string, QuestionState>();
  const byId = new Map(flow.questions.map((q) => [q.id, q]));
  const followUps = new Map(flow.questions.flatMap((q) => (q.clarifies ? [[q.clarifies, q] as const] : [])));

  const narrowed = (id: string): Narrowed | undefined => {
    const followUp = followUps.get(id);
    const value = followUp && states.get(followUp.id) === 'asked' ? answers[followUp.id] : undefined;
    if (!followUp || !Array.isArray(value) || isUnsure(value)) return undefined;
    return { among: ruledOutOptions(followUp), open: value.filter((o) => o !== 'none') };
  };
  const omitted = (id: string) => {
    const state = states.get(id) ?? 'pending';
    return (
      state === 'pending' || (state === 'asked' && answers[id] === undefined && !isOptional(byId.get(id)))
    );
  };
  const pending: EvalContext = { answers, narrowed, omitted, state: (id) => states.get(id) ?? 'pending' };

  const asked: string[] = [];
  const withheld: string[] = [];
  // The blockers read only questions before the first self-test (a data lint checks it), so by then
  // their questions' states are final and one evaluation serves every self-test.
  let blocked: boolean | undefined;
  for (const question of flow.questions) {
    let state: QuestionState = 'asked';
    if (question.clarifies) {
      const parent = question.clarifies;
      const value = answers[parent];
      if (states.get(parent) !== 'asked' || value === undefined || !isUnsure(value)) state = 'hidden';
    } else if (question.showIf && evalCond(question.showIf, pending) === false) {
      state = 'hidden';
    }
    if (state === 'asked' && question.selfTest) {
      blocked ??= flow.selfTestBlockers.some((blocker) => raised(blocker, pending));
      if (blocked || (question.withheldIf && raised(question.withheldIf, pending))) state = 'withheld';
    }
    states.set(question.id, state);
    if (state === 'asked') asked.push(question.id);
    if (state === 'withheld') withheld.push(question.id);
  }
  // Questions outside the flow (unknown ids) read as not applicable rather than pending.
  const ctx: EvalContext = {
    answers,
    narrowed,
    omitted,
    state: (id) => states.get(id) ?? 'hidden',
  };
  return { asked, withheld, ctx };
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
