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

import type { Cond } from '../schemas/condition.ts';
import type { Flow, FlowQuestion } from '../schemas/questionnaire.ts';
import type { Answers, AnswerValue } from '../schemas/values.ts';
import {
  type EvalContext,
  evalCond,
  isUnsure,
  type Narrowed,
  type QuestionState,
  questionsOf,
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

/** What the pass needs to know of a flow beyond its questions: worked out once per flow object. */
interface FlowPlan {
  byId: ReadonlyMap<string, FlowQuestion>;
  /** Each question's place in the flow. */
  position: ReadonlyMap<string, number>;
  /** The follow-up of each question that has one, with the options it can rule out. */
  followUps: ReadonlyMap<string, { id: string; among: readonly string[] }>;
  /** What each question's state is decided from, by position: the questions whose answers or states it reads. */
  inputs: ReadonlyArray<ReadonlySet<string>>;
  /** The questions every self-test blocker reads, by blocker. */
  blockerReads: ReadonlyArray<ReadonlySet<string>>;
  /** The positions whose state an answer to each question could change, in flow order; filled as asked. */
  dependents: Map<string, readonly number[]>;
}
const PLANS = new WeakMap<Flow, FlowPlan>();

function planOf(flow: Flow): FlowPlan {
  let plan = PLANS.get(flow);
  if (!plan) {
    const followUps = new Map(
      flow.questions.flatMap((q) =>
        q.clarifies ? [[q.clarifies, { id: q.id, among: ruledOutOptions(q) }] as const] : [],
      ),
    );
    const blockerReads = flow.selfTestBlockers.map((blocker) => questionsOf(blocker));
    const inputs = flow.questions.map((q) => {
      const reads = new Set<string>();
      if (q.showIf) questionsOf(q.showIf, reads);
      if (q.clarifies) reads.add(q.clarifies);
      if (q.selfTest) {
        for (const blocker of blockerReads) for (const id of blocker) reads.add(id);
        if (q.withheldIf) questionsOf(q.withheldIf, reads);
      }
      // A "not sure" read through its follow-up (narrowed) reads the follow-up's state and answer too.
      for (const id of [...reads]) {
        const followUp = followUps.get(id);
        if (followUp) reads.add(followUp.id);
      }
      return reads;
    });
    plan = {
      byId: new Map(flow.questions.map((q) => [q.id, q])),
      position: new Map(flow.questions.map((q, i) => [q.id, i])),
      followUps,
      inputs,
      blockerReads,
      dependents: new Map(),
    };
    PLANS.set(flow, plan);
  }
  return plan;
}

/** Positions whose state reads `id`, directly or through other states, in flow order. */
function dependentsOf(flow: Flow, plan: FlowPlan, id: string): readonly number[] {
  let found = plan.dependents.get(id);
  if (!found) {
    const reached = new Set([id]);
    const positions: number[] = [];
    // Inputs can come from later questions (a self-test's blockers): go round until nothing is added.
    for (let grew = true; grew; ) {
      grew = false;
      flow.questions.forEach((q, k) => {
        if (reached.has(q.id) || ![...(plan.inputs[k] ?? [])].some((input) => reached.has(input))) return;
        reached.add(q.id);
        positions.push(k);
        grew = true;
      });
    }
    found = positions.sort((a, b) => a - b);
    plan.dependents.set(id, found);
  }
  return found;
}

/** A follow-up's own options: the ones it can rule out (without its "none of these" and "not sure"). */
function ruledOutOptions(question: FlowQuestion): string[] {
  return (question.options ?? []).map(optionId).filter((id) => id !== 'none' && id !== 'unsure');
}

function isOptional(question: FlowQuestion | undefined): boolean {
  return !!question?.optional;
}

/**
 * A finished pass: each question's state by position, and which self-test blocker was found to hold
 * (-1 none; undefined when no self-test was reached, so none was read).
 */
interface Pass {
  states: QuestionState[];
  raisedBlocker: number | undefined;
}
/** Each finished pass by its context, so a trial answer can start from it (flowStateWith). */
const PASSES = new WeakMap<EvalContext, Pass>();

/** The pass's reading of the answers: while question `cursor` is decided, it and every later one are pending. */
function passContext(flow: Flow, plan: FlowPlan, answers: Answers, states: QuestionState[]) {
  const { byId, position, followUps } = plan;
  const at = { cursor: 0 };
  const stateOf = (id: string, fallback: QuestionState): QuestionState => {
    const k = position.get(id);
    return k === undefined ? fallback : k < at.cursor ? (states[k] as QuestionState) : 'pending';
  };
  const narrowed = (id: string): Narrowed | undefined => {
    const followUp = followUps.get(id);
    const value = followUp && stateOf(followUp.id, 'pending') === 'asked' ? answers[followUp.id] : undefined;
    if (!followUp || !Array.isArray(value) || isUnsure(value)) return undefined;
    return { among: followUp.among, open: value.filter((o) => o !== 'none') };
  };
  const omitted = (id: string) => {
    const state = stateOf(id, 'pending');
    return (
      state === 'pending' || (state === 'asked' && answers[id] === undefined && !isOptional(byId.get(id)))
    );
  };
  const pending: EvalContext = { answers, narrowed, omitted, state: (id) => stateOf(id, 'pending') };
  // Once the pass is done every question is decided; questions outside the flow (unknown ids) read as
  // not applicable rather than pending.
  const done: EvalContext = { answers, narrowed, omitted, state: (id) => stateOf(id, 'hidden') };
  return { at, pending, done };
}

/** Decides question k's state, the questions before it decided. */
function decideState(
  flow: Flow,
  k: number,
  answers: Answers,
  states: readonly QuestionState[],
  position: ReadonlyMap<string, number>,
  pending: EvalContext,
  blocked: () => boolean,
): QuestionState {
  const question = flow.questions[k] as FlowQuestion;
  if (question.clarifies) {
    const parent = position.get(question.clarifies);
    const value = answers[question.clarifies];
    const parentAsked = parent !== undefined && parent < k && states[parent] === 'asked';
    if (!parentAsked || value === undefined || !isUnsure(value)) return 'hidden';
  } else if (question.showIf && evalCond(question.showIf, pending) === false) {
    return 'hidden';
  }
  if (question.selfTest && (blocked() || (question.withheldIf && raised(question.withheldIf, pending))))
    return 'withheld';
  return 'asked';
}

function finish(flow: Flow, answers: Answers, pass: Pass, done: EvalContext): FlowState {
  const asked: string[] = [];
  const withheld: string[] = [];
  flow.questions.forEach((question, k) => {
    if (pass.states[k] === 'asked') asked.push(question.id);
    if (pass.states[k] === 'withheld') withheld.push(question.id);
  });
  PASSES.set(done, pass);
  return { asked, withheld, ctx: done };
}

export function flowState(flow: Flow, answers: Answers): FlowState {
  const plan = planOf(flow);
  const pass: Pass = { states: [], raisedBlocker: undefined };
  const { at, pending, done } = passContext(flow, plan, answers, pass.states);
  // The blockers read only questions before the first self-test (a data lint checks it), so by then
  // their questions' states are final and one evaluation serves every self-test.
  const blocked = () => {
    pass.raisedBlocker ??= flow.selfTestBlockers.findIndex((blocker) => raised(blocker, pending));
    return pass.raisedBlocker >= 0;
  };
  for (let k = 0; k < flow.questions.length; k++) {
    at.cursor = k;
    pass.states[k] = decideState(flow, k, answers, pass.states, plan.position, pending, blocked);
  }
  at.cursor = flow.questions.length;
  return finish(flow, answers, pass, done);
}

/**
 * The flow state for `base`'s answers with one answer changed, and the questions whose state that
 * changes. A question's state is decided from a few other questions (its inputs), so only the questions
 * that depend on the changed one are decided again, in flow order, and only those whose inputs did
 * change: the engine tries hundreds of single answers per result.
 */
export function flowStateWith(
  flow: Flow,
  base: EvalContext,
  id: string,
  value: AnswerValue,
): FlowState & { changed: string[] } {
  const answers = { ...base.answers, [id]: value };
  const before = PASSES.get(base);
  // Not a context of this flow's pass: start over, and say any question may have changed.
  if (!before) return { ...flowState(flow, answers), changed: flow.questions.map((q) => q.id) };
  const plan = planOf(flow);
  const pass: Pass = { states: [...before.states], raisedBlocker: before.raisedBlocker };
  const { at, pending, done } = passContext(flow, plan, answers, pass.states);
  const inputsChanged = new Set([id]);
  const changed: string[] = [];
  const touches = (reads: ReadonlySet<string>) => {
    for (const read of reads) if (inputsChanged.has(read)) return true;
    return false;
  };
  let blockersRead = false;
  const blocked = () => {
    if (!blockersRead) {
      blockersRead = true;
      const { raisedBlocker } = before;
      const stillRaised = raisedBlocker !== undefined && raisedBlocker >= 0;
      const reread = (i: number) => raised(flow.selfTestBlockers[i] as Cond, pending);
      if (
        raisedBlocker === undefined ||
        (stillRaised && touches(plan.blockerReads[raisedBlocker] ?? new Set()))
      )
        pass.raisedBlocker = flow.selfTestBlockers.findIndex((_blocker, i) => reread(i));
      else if (!stillRaised)
        // None held before: only those reading a changed question can hold now.
        pass.raisedBlocker = flow.selfTestBlockers.findIndex(
          (_blocker, i) => touches(plan.blockerReads[i] ?? new Set()) && reread(i),
        );
    }
    return (pass.raisedBlocker ?? -1) >= 0;
  };
  for (const k of dependentsOf(flow, plan, id)) {
    if (!touches(plan.inputs[k] ?? new Set())) continue;
    at.cursor = k;
    const state = decideState(flow, k, answers, pass.states, plan.position, pending, blocked);
    if (state !== pass.states[k]) {
      pass.states[k] = state;
      const changedId = flow.questions[k]?.id as string;
      inputsChanged.add(changedId);
      changed.push(changedId);
    }
  }
  at.cursor = flow.questions.length;
  // Blockers not read again here may no longer be what the base pass found: leave them unread.
  if (!blockersRead && plan.blockerReads.some(touches)) pass.raisedBlocker = undefined;
  return { ...finish(flow, answers, pass, done), changed };
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
