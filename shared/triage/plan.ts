/**
 * @module The first-line plan. With a red flag raised the plan is only "stop and get it checked", the
 * few things safe before being seen, and no running until then: no exercises until someone has looked.
 * Otherwise exercises and what to do now follow the leading conditions and the flagged factors; running
 * guidance covers every condition in the top three. Nothing in the plan contradicts the verdict, and
 * nothing speaks of a condition outside the top three.
 */
import type { EvalContext } from '../logic/evaluate.ts';
import { truthTest } from '../logic/truth-test.ts';
import type { FactorId, StretchVerdict } from '../vocabulary.ts';
import type { ConditionId } from './conditions.ts';
import { PLAN_ITEMS, type PlanItemDef, type PlanItemId } from './plan-items.ts';
import { PLAN_LIMITS } from './policy.ts';
import { CONDITION_INDEX, N } from './rule-index.ts';

/** A plan item as the plan holds it: the data's items, and "stop and get it checked". */
export type ChosenItem = PlanItemDef & { id: PlanItemId | 'urgent' };

export interface PlanChoice {
  now: ChosenItem[];
  exercises: ChosenItem[];
  training: ChosenItem[];
}

export const URGENT_ITEM: PlanItemDef & { id: 'urgent' } = {
  id: 'urgent',
  kind: 'now',
  sources: ['cr-red-flags', 'nice-ng158'],
};

/** Whether an item may be offered with a verdict: the plan never contradicts "don't stretch". */
export function allowedWith(item: PlanItemDef, verdict: StretchVerdict): boolean {
  if (!(item.stretches || item.lengthens) || verdict === 'stretch' || verdict === 'gentle') return true;
  return !!item.allowedUnder?.includes(verdict);
}

/** Whether the item's texts may be shown: any condition they speak of is in the top three. */
export function fitsTopThree(item: PlanItemDef, topThree: readonly ConditionId[]): boolean {
  return !item.about || item.about.some((id) => topThree.includes(id));
}

export interface PlanInput {
  verdict: StretchVerdict;
  redFlag: boolean;
  /** The conditions that shape the advice, first one first. */
  leading: readonly ConditionId[];
  topThree: readonly ConditionId[];
  factors: ReadonlySet<FactorId>;
  ctx: EvalContext;
}

/** The items of each kind, in data order: each list is ranked on its own. */
const OF_KIND: Readonly<Record<PlanItemDef['kind'], ReadonlyArray<(typeof PLAN_ITEMS)[number]>>> = {
  now: PLAN_ITEMS.filter((item) => item.kind === 'now'),
  exercise: PLAN_ITEMS.filter((item) => item.kind === 'exercise'),
  training: PLAN_ITEMS.filter((item) => item.kind === 'training'),
};
/**
 * The conditions each item is for, as bits by condition index: an item's place is the first of the
 * given conditions it is for, and most items are for none of them, so one test of a bit replaces a
 * search of the item's list for each condition.
 */
const conditionBit = (id: ConditionId) => {
  const index = CONDITION_INDEX.get(id);
  return index === undefined ? 0 : 1 << index;
};
const conditionMask = (item: PlanItemDef) =>
  (item.conditions ?? []).reduce((mask, id) => mask | conditionBit(id), 0);
/** OF_KIND's items' condition bits, in the same order. (Fewer than 32 conditions, checked here.) */
const MASKS_OF_KIND: Readonly<Record<PlanItemDef['kind'], Int32Array>> = {
  now: Int32Array.from(OF_KIND.now, conditionMask),
  exercise: Int32Array.from(OF_KIND.exercise, conditionMask),
  training: Int32Array.from(OF_KIND.training, conditionMask),
};
if (N > 31) throw new Error('plan.ts: condition bits need fewer than 32 conditions');

/** Each item's `when` compiled (logic/truth-test.ts). */
const WHEN = new Map(PLAN_ITEMS.map((item) => [item, item.when ? truthTest(item.when) : undefined]));

export function choosePlan(input: PlanInput): PlanChoice {
  const { redFlag, leading, topThree } = input;
  const now = ranked('now', leading, input).slice(0, PLAN_LIMITS.now);
  const exercises = redFlag ? [] : ranked('exercise', leading, input).slice(0, PLAN_LIMITS.exercise);
  return {
    now: redFlag ? [URGENT_ITEM, ...now] : now,
    exercises,
    training: runningGuidance(ranked('training', topThree, input), topThree),
  };
}

/**
 * Priority: the first leading condition's items, then the others', then factors'. Ties keep data order.
 * An item's place is found before whether it may be offered: most items are for none of the conditions,
 * and their `when` need not be read.
 */
function ranked(
  kind: PlanItemDef['kind'],
  conditions: readonly ConditionId[],
  input: PlanInput,
): ChosenItem[] {
  const { verdict, redFlag, topThree, factors, ctx } = input;
  const items: ChosenItem[] = [];
  const ranks: number[] = [];
  // Each condition's bit, in the order given (an id outside the vocabulary has none).
  const bits = conditions.map(conditionBit);
  const list = OF_KIND[kind];
  const masks = MASKS_OF_KIND[kind];
  for (let j = 0; j < list.length; j++) {
    const item = list[j] as (typeof list)[number];
    const at = rank(item, masks[j] as number, bits, redFlag, factors);
    if (at < 0) continue;
    const when = WHEN.get(item);
    const usable =
      allowedWith(item, verdict) &&
      fitsTopThree(item, topThree) &&
      (!redFlag || item.withRedFlag) &&
      (when === undefined || when(ctx) === true);
    if (!usable) continue;
    // Inserted after every item ranked the same or better: a stable order by rank.
    let k = items.length;
    while (k > 0 && (ranks[k - 1] as number) > at) k--;
    items.splice(k, 0, item);
    ranks.splice(k, 0, at);
  }
  return items;
}

function rank(
  item: PlanItemDef,
  mask: number,
  bits: readonly number[],
  redFlag: boolean,
  factors: ReadonlySet<FactorId>,
): number {
  // With a red flag, "no running until seen" is everyone's running guidance.
  if (redFlag && item.coversAll) return 0;
  if (mask) for (let k = 0; k < bits.length; k++) if (mask & (bits[k] as number)) return k;
  return item.factors?.some((f) => factors.has(f)) ? bits.length : -1;
}

/** Every condition in the top three gets running guidance first; factors' training items fill the rest. */
function runningGuidance(candidates: readonly ChosenItem[], topThree: readonly ConditionId[]): ChosenItem[] {
  const chosen: ChosenItem[] = [];
  const covers = (item: PlanItemDef, id: ConditionId) => item.coversAll || !!item.conditions?.includes(id);
  for (const id of topThree) {
    if (chosen.some((item) => covers(item, id))) continue;
    const item = candidates.find((c) => covers(c, id));
    if (item) chosen.push(item);
  }
  for (const item of candidates) {
    if (chosen.length >= PLAN_LIMITS.training) break;
    if (!chosen.includes(item)) chosen.push(item);
  }
  return chosen;
}
