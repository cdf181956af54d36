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
import { sortShort } from './sort-short.ts';

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

/** Each item's `when` compiled (logic/truth-test.ts), by index in PLAN_ITEMS. */
const ITEM_WHEN = PLAN_ITEMS.map((item) => (item.when ? truthTest(item.when) : undefined));

export function choosePlan({ verdict, redFlag, leading, topThree, factors, ctx }: PlanInput): PlanChoice {
  const usable = PLAN_ITEMS.filter(
    (item, i) =>
      allowedWith(item, verdict) &&
      fitsTopThree(item, topThree) &&
      (!redFlag || item.withRedFlag) &&
      (ITEM_WHEN[i] === undefined || ITEM_WHEN[i](ctx) === true),
  );
  // Priority: the first leading condition's items, then the others', then factors'.
  const rank = (item: PlanItemDef, conditions: readonly ConditionId[]): number => {
    // With a red flag, "no running until seen" is everyone's running guidance.
    if (redFlag && item.coversAll) return 0;
    const byCondition = conditions.findIndex((id) => item.conditions?.includes(id));
    if (byCondition >= 0) return byCondition;
    return item.factors?.some((f) => factors.has(f)) ? conditions.length : -1;
  };
  const ranked = (kind: PlanItemDef['kind'], conditions: readonly ConditionId[]) => {
    const candidates: Array<{ item: (typeof usable)[number]; order: number; rank: number }> = [];
    usable.forEach((item, order) => {
      if (item.kind !== kind) return;
      const at = rank(item, conditions);
      if (at >= 0) candidates.push({ item, order, rank: at });
    });
    return sortShort(candidates, (a, b) => a.rank - b.rank || a.order - b.order).map(({ item }) => item);
  };

  const now = ranked('now', leading).slice(0, PLAN_LIMITS.now);
  const exercises = redFlag ? [] : ranked('exercise', leading).slice(0, PLAN_LIMITS.exercise);
  return {
    now: redFlag ? [URGENT_ITEM, ...now] : now,
    exercises,
    training: runningGuidance(ranked('training', topThree), topThree),
  };
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
