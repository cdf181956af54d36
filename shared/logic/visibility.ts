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
import type { Answers, AnswerValue } from '../schemas/values.ts';
import {
  type EvalContext,
  evalCond,
  isUnsure,
  type Narrowed,
  type QuestionState,
  questionsOf,
  raised,
  withAnswer,
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
  /**
   * What each question's state is decided from, by position: the questions whose answers or states it
   * reads, and for a self-test whether the blockers hold (BLOCKED).
   */
  inputs: ReadonlyArray<ReadonlySet<string>>;
  /** The questions every self-test blocker reads, by blocker. */
  blockerReads: ReadonlyArray<ReadonlySet<string>>;
  /** The questions any blocker reads. */
  blockerInputs: ReadonlySet<string>;
  /** The positions whose state an answer to each question could change, in flow order; filled as asked. */
  dependents: Map<string, readonly number[]>;
}
const PLANS = new WeakMap<Flow, FlowPlan>();
/** Stands in the inputs for "some self-test blocker holds": no question id is empty. */
const BLOCKED = '';

function planOf(flow: Flow): FlowPlan {
  let plan = PLANS.get(flow);
  if (!plan) {
    const followUps = new Map(
      flow.questions.flatMap((q) =>
        q.clarifies ? [[q.clarifies, { id: q.id, among: ruledOutOptions(q) }] as const] : [],
      ),
    );
    // A "not sure" read through its follow-up (narrowed) reads the follow-up's state and answer too.
    const withFollowUps = (reads: Set<string>) => {
      for (const id of [...reads]) {
        const followUp = followUps.get(id);
        if (followUp) reads.add(followUp.id);
      }
      return reads;
    };
    const blockerReads = flow.selfTestBlockers.map((blocker) => withFollowUps(questionsOf(blocker)));
    const inputs = flow.questions.map((q) => {
      const reads = new Set<string>();
      if (q.showIf) questionsOf(q.showIf, reads);
      if (q.clarifies) reads.add(q.clarifies);
      if (q.withheldIf) questionsOf(q.withheldIf, reads);
      if (q.selfTest) reads.add(BLOCKED);
      return withFollowUps(reads);
    });
    plan = {
      byId: new Map(flow.questions.map((q) => [q.id, q])),
      position: new Map(flow.questions.map((q, i) => [q.id, i])),
      followUps,
      inputs,
      blockerReads,
      blockerInputs: new Set(blockerReads.flatMap((reads) => [...reads])),
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
        if (!reached.has(BLOCKED) && [...plan.blockerInputs].some((input) => reached.has(input))) {
          reached.add(BLOCKED);
          grew = true;
        }
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
 * A pass over the flow, and its reading of the answers: while question `cursor` is decided, it and every
 * later one are pending; once the pass is done, questions outside the flow (unknown ids) read as not
 * applicable rather than pending. One object with methods rather than a context of closures: the engine
 * reads thousands of leaves through it per result, and a trial answer starts from it (flowStateWith).
 */
class Pass implements EvalContext {
  readonly flow: Flow;
  readonly plan: FlowPlan;
  readonly answers: Answers;
  /** Each question's state, by position. */
  readonly states: QuestionState[];
  cursor = 0;
  /** Which self-test blocker was found to hold: -1 none; undefined while none has been read. */
  raisedBlocker: number | undefined;

  constructor(flow: Flow, answers: Answers, states: QuestionState[], raisedBlocker?: number) {
    this.flow = flow;
    this.plan = planOf(flow);
    this.answers = answers;
    this.states = states;
    this.raisedBlocker = raisedBlocker;
  }

  private stateOf(id: string, outside: QuestionState): QuestionState {
    const k = this.plan.position.get(id);
    if (k === undefined) return outside;
    return k < this.cursor ? (this.states[k] as QuestionState) : 'pending';
  }

  state(id: string): QuestionState {
    const k = this.plan.position.get(id);
    if (k !== undefined) return k < this.cursor ? (this.states[k] as QuestionState) : 'pending';
    return this.cursor < this.flow.questions.length ? 'pending' : 'hidden';
  }

  omitted(id: string): boolean {
    const state = this.stateOf(id, 'pending');
    return (
      state === 'pending' ||
      (state === 'asked' && this.answers[id] === undefined && !isOptional(this.plan.byId.get(id)))
    );
  }

  narrowed(id: string): Narrowed | undefined {
    const followUp = this.plan.followUps.get(id);
    if (!followUp || this.stateOf(followUp.id, 'pending') !== 'asked') return undefined;
    const value = this.answers[followUp.id];
    if (!Array.isArray(value) || isUnsure(value)) return undefined;
    return { among: followUp.among, open: value.filter((o) => o !== 'none') };
  }

  /** Decides question k's state, the questions before it decided. */
  decide(k: number, blocked: () => boolean): QuestionState {
    this.cursor = k;
    const question = this.flow.questions[k] as FlowQuestion;
    if (question.clarifies) {
      const parent = this.plan.position.get(question.clarifies);
      const value = this.answers[question.clarifies];
      const parentAsked = parent !== undefined && parent < k && this.states[parent] === 'asked';
      if (!parentAsked || value === undefined || !isUnsure(value)) return 'hidden';
    } else if (question.showIf && evalCond(question.showIf, this) === false) {
      return 'hidden';
    }
    if (question.selfTest && (blocked() || (question.withheldIf && raised(question.withheldIf, this))))
      return 'withheld';
    return 'asked';
  }

  /** The first blocker that holds, among those `which` allows, read while deciding a self-test. */
  firstRaised(which: (i: number) => boolean = () => true): number {
    return this.flow.selfTestBlockers.findIndex((blocker, i) => which(i) && raised(blocker, this));
  }

  finish(): FlowState {
    this.cursor = this.flow.questions.length;
    const asked: string[] = [];
    const withheld: string[] = [];
    this.flow.questions.forEach((question, k) => {
      if (this.states[k] === 'asked') asked.push(question.id);
      if (this.states[k] === 'withheld') withheld.push(question.id);
    });
    return { asked, withheld, ctx: this };
  }
}

export function flowState(flow: Flow, answers: Answers): FlowState {
  const pass = new Pass(flow, answers, []);
  // The blockers read only questions before the first self-test (a data lint checks it), so by then
  // their questions' states are final and one evaluation serves every self-test.
  const blocked = () => {
    pass.raisedBlocker ??= pass.firstRaised();
    return pass.raisedBlocker >= 0;
  };
  for (let k = 0; k < flow.questions.length; k++) pass.states[k] = pass.decide(k, blocked);
  return pass.finish();
}

/**
 * The flow state for `base`'s answers with one answer changed, and the questions a condition may read
 * differently for it (`reread`): a condition reading none of them has the same value as for `base`. A question's state is decided from a few other questions (its inputs), so only the questions
 * that depend on the changed one are decided again, in flow order, and only those whose inputs did
 * change: the engine tries hundreds of single answers per result.
 */
export function flowStateWith(
  flow: Flow,
  base: EvalContext,
  id: string,
  value: AnswerValue,
): FlowState & { reread: ReadonlySet<string> } {
  const answers = withAnswer(base.answers, id, value);
  // Not a context of this flow's pass: start over, and say any question may have changed.
  if (!(base instanceof Pass) || base.flow !== flow)
    return { ...flowState(flow, answers), reread: new Set(flow.questions.map((q) => q.id)) };
  const { plan } = base;
  const pass = new Pass(flow, answers, [...base.states], base.raisedBlocker);
  const inputsChanged = new Set([id]);
  const touches = (reads: ReadonlySet<string> | undefined) => {
    for (const read of reads ?? []) if (inputsChanged.has(read)) return true;
    return false;
  };
  // Whether the blockers hold is decided again once, when the first self-test is reached (every question
  // they read comes before it): only if a question they read changed, and then only the blockers reading
  // one, when none held before.
  let blockersRead = false;
  const rereadBlockers = () => {
    blockersRead = true;
    const before = base.raisedBlocker;
    if (before === undefined || !touches(plan.blockerInputs)) return;
    if (before >= 0 && !touches(plan.blockerReads[before])) return;
    pass.raisedBlocker =
      before >= 0 ? pass.firstRaised() : pass.firstRaised((i) => touches(plan.blockerReads[i]));
    if (pass.raisedBlocker >= 0 !== before >= 0) inputsChanged.add(BLOCKED);
  };
  const blocked = () => {
    pass.raisedBlocker ??= pass.firstRaised();
    return pass.raisedBlocker >= 0;
  };
  for (const k of dependentsOf(flow, plan, id)) {
    if (flow.questions[k]?.selfTest && !blockersRead) {
      pass.cursor = k;
      rereadBlockers();
    }
    if (!touches(plan.inputs[k])) continue;
    const state = pass.decide(k, blocked);
    if (state !== pass.states[k]) {
      pass.states[k] = state;
      inputsChanged.add(flow.questions[k]?.id as string);
    }
  }
  // Blockers not read again here may no longer be what the base pass found: leave them unread.
  if (!blockersRead && touches(plan.blockerInputs)) pass.raisedBlocker = undefined;
  // What a condition may read differently now: the changed answer, the questions whose state changed,
  // and a question whose follow-up changed (its "not sure" is narrowed by the follow-up's answer).
  const reread = new Set(inputsChanged);
  reread.delete(BLOCKED);
  for (const [parent, followUp] of plan.followUps) if (reread.has(followUp.id)) reread.add(parent);
  return { ...pass.finish(), reread };
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
