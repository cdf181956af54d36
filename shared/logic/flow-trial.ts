/**
 * @module Trying one answer against a flow pass already made: which questions the flow asks once one
 * answer changes, deciding again only the questions that depend on it. The engine tries hundreds of
 * single answers per result (interview/next.ts for every answer a question offers, triage/unknowns.ts for
 * the questions that could change the ranking); the widget never does, so it does not bundle this.
 */
import type { Flow } from '../schemas/questionnaire.ts';
import type { AnswerValue } from '../schemas/values.ts';
import { type EvalContext, questionsOf, raisedBy, type Values, withAnswer } from './evaluate.ts';
import { type FlowState, flowState, Pass } from './visibility.ts';

/** What a question's state is decided from, worked out once per flow object. */
interface TrialPlan {
  /**
   * By position: the questions whose answers or states each question's state reads, and for a
   * self-test whether the blockers hold (BLOCKED).
   */
  inputs: ReadonlyArray<ReadonlySet<string>>;
  /** The questions each self-test blocker reads, by blocker. */
  blockerReads: ReadonlyArray<ReadonlySet<string>>;
  /** The questions any blocker reads. */
  blockerInputs: ReadonlySet<string>;
  /** The positions whose state an answer to each question could change, in flow order; filled as met. */
  dependents: Map<string, readonly number[]>;
  /** The question each follow-up clarifies, by the follow-up's id. */
  clarified: ReadonlyMap<string, string>;
  /**
   * A small number for every id an input can name (BLOCKED too), so a trial marks what changed in a
   * typed array: the same sets as above, read thousands of times per result, as slots.
   */
  slot: ReadonlyMap<string, number>;
  inputSlots: readonly Int32Array[];
  blockerReadSlots: readonly Int32Array[];
  blockerInputSlots: Int32Array;
  /** What one trial marks changed, by slot: cleared as each starts. */
  changed: Uint8Array;
}
const PLANS = new WeakMap<Flow, TrialPlan>();
/** Stands in the inputs for "some self-test blocker holds": no question id is empty. */
const BLOCKED = '';

function trialPlanOf(flow: Flow): TrialPlan {
  let plan = PLANS.get(flow);
  if (!plan) {
    const followUps = new Map(
      flow.questions.flatMap((q) => (q.clarifies ? [[q.clarifies, q.id] as const] : [])),
    );
    // A "not sure" read through its follow-up (narrowed) reads the follow-up's state and answer too.
    const withFollowUps = (reads: Set<string>) => {
      for (const id of [...reads]) {
        const followUp = followUps.get(id);
        if (followUp) reads.add(followUp);
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
    const blockerInputs = new Set(blockerReads.flatMap((reads) => [...reads]));
    const slot = new Map<string, number>();
    for (const id of [
      ...flow.questions.map((q) => q.id),
      ...inputs.flatMap((reads) => [...reads]),
      ...blockerInputs,
    ])
      if (!slot.has(id)) slot.set(id, slot.size);
    const slotsOf = (reads: ReadonlySet<string>) => Int32Array.from(reads, (id) => slot.get(id) as number);
    plan = {
      inputs,
      blockerReads,
      blockerInputs,
      dependents: new Map(),
      clarified: new Map([...followUps].map(([clarified, followUp]) => [followUp, clarified])),
      slot,
      inputSlots: inputs.map(slotsOf),
      blockerReadSlots: blockerReads.map(slotsOf),
      blockerInputSlots: slotsOf(blockerInputs),
      changed: new Uint8Array(slot.size),
    };
    PLANS.set(flow, plan);
  }
  return plan;
}

/** Positions whose state reads `id`, directly or through other states, in flow order. */
function dependentsOf(flow: Flow, plan: TrialPlan, id: string): readonly number[] {
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

/**
 * The flow state for `base`'s answers with one answer changed, and the questions a condition may read
 * differently for it (`reread`): a condition reading none of them has the same value as for `base`.
 */
export function flowStateWith(
  flow: Flow,
  base: EvalContext,
  id: string,
  value: AnswerValue,
): FlowState & { reread: ReadonlySet<string> } {
  // Not a context of this flow's pass: start over, and say any question may have changed.
  if (!(base instanceof Pass) || base.flow !== flow)
    return {
      ...flowState(flow, withAnswer(base.answers, id, value)),
      reread: new Set(flow.questions.map((q) => q.id)),
    };
  const { ctx, reread } = passWith(flow, base, id, value);
  return { ...ctx.finish(), reread };
}

/**
 * flowStateWith without the lists of asked and withheld questions: a trial that only evaluates
 * conditions does not need them, and building them was a fair share of its time.
 */
export function contextWith(
  flow: Flow,
  base: EvalContext,
  id: string,
  value: AnswerValue,
): { ctx: EvalContext; reread: ReadonlySet<string> } {
  return base instanceof Pass && base.flow === flow
    ? passWith(flow, base, id, value)
    : flowStateWith(flow, base, id, value);
}

/**
 * A question's state is decided from a few other questions (its inputs), so only the questions that
 * depend on the changed one are decided again, in flow order, and only those whose inputs did change.
 * The pass comes back done: every state reads as final.
 */
function passWith(
  flow: Flow,
  base: Pass,
  id: string,
  value: AnswerValue,
): { ctx: Pass; reread: ReadonlySet<string> } {
  const answers = withAnswer(base.answers, id, value);
  const plan = trialPlanOf(flow);
  const values = base.values.slice();
  const at = base.plan.position.get(id);
  if (at !== undefined) values[at] = value;
  const pass = new Pass(flow, answers, base.states.slice(), base.raisedBlocker, values);
  // What changed, as ids in the order met and marked by slot (in the plan's own array: a trial runs to
  // the end before another starts, and a fresh array per trial was much of what a trial allocated).
  const inputsChanged = [id];
  const changed = plan.changed.fill(0);
  mark(plan, changed, id);
  // Whether the blockers hold is decided again once, when the first self-test is reached (every question
  // they read comes before it): only if a question they read changed, and then only the blockers reading
  // one, when none held before.
  let blockersRead = false;
  const blocked = () => {
    pass.raisedBlocker ??= firstRaised(pass);
    return pass.raisedBlocker >= 0;
  };
  for (const k of dependentsOf(flow, plan, id)) {
    if (flow.questions[k]?.selfTest && !blockersRead) {
      pass.cursor = k;
      blockersRead = true;
      if (rereadBlockers(plan, changed, base, pass)) {
        inputsChanged.push(BLOCKED);
        mark(plan, changed, BLOCKED);
      }
    }
    if (!touches(changed, plan.inputSlots[k])) continue;
    const state = pass.decide(k, blocked);
    if (state !== pass.states[k]) {
      pass.states[k] = state;
      const question = flow.questions[k]?.id as string;
      inputsChanged.push(question);
      mark(plan, changed, question);
    }
  }
  // Blockers not read again here may no longer be what the base pass found: leave them unread.
  if (!blockersRead && touches(changed, plan.blockerInputSlots)) pass.raisedBlocker = undefined;
  // What a condition may read differently now: the changed answer, the questions whose state changed,
  // and a question whose follow-up changed (its "not sure" is narrowed by the follow-up's answer).
  const reread = new Set(inputsChanged);
  reread.delete(BLOCKED);
  for (const changedId of inputsChanged) {
    const clarified = plan.clarified.get(changedId);
    if (clarified !== undefined) reread.add(clarified);
  }
  pass.cursor = flow.questions.length;
  return { ctx: pass, reread };
}

/** Marks an id as changed, by its slot. */
function mark(plan: TrialPlan, changed: Uint8Array, id: string): void {
  const at = plan.slot.get(id);
  if (at !== undefined) changed[at] = 1;
}

/** Whether any of these slots is marked changed. */
function touches(changed: Uint8Array, reads: Int32Array | undefined): boolean {
  if (reads) for (let i = 0; i < reads.length; i++) if (changed[reads[i] as number]) return true;
  return false;
}

/** The first blocker that holds, among those reading a changed question if `changed` is given. */
function firstRaised(pass: Pass, plan?: TrialPlan, changed?: Uint8Array): number {
  const { blockers } = pass.plan;
  for (let i = 0; i < blockers.length; i++)
    if (
      (!plan || touches(changed as Uint8Array, plan.blockerReadSlots[i])) &&
      raisedBy(blockers[i] as Values, pass)
    )
      return i;
  return -1;
}

/**
 * Decides again whether the blockers hold, if a question they read changed: the one that held, or those
 * reading a changed question when none held. Whether the trial's answer to that differs from the base's.
 */
function rereadBlockers(plan: TrialPlan, changed: Uint8Array, base: Pass, pass: Pass): boolean {
  const before = base.raisedBlocker;
  if (before === undefined || !touches(changed, plan.blockerInputSlots)) return false;
  if (before >= 0 && !touches(changed, plan.blockerReadSlots[before])) return false;
  pass.raisedBlocker = before >= 0 ? firstRaised(pass) : firstRaised(pass, plan, changed);
  return pass.raisedBlocker >= 0 !== before >= 0;
}
