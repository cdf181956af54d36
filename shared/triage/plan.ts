/**
 * @module The first-line plan. With any red flag the plan is only "stop and get it checked", plus the
 * few things marked safe to do before being seen (stop running): no exercises until someone has looked. Otherwise items
 * are chosen by the leading conditions and the flagged factors, and anything that lengthens the
 * hamstring is dropped when the verdict is `avoid` or `not-yet`.
 */
import { type EvalContext, evalCond } from '../logic/evaluate.ts';
import type { ConditionId, FactorId, StretchVerdict } from '../vocabulary.ts';
import { PLAN_ITEMS, type PlanItemDef } from './plan-items.ts';

export interface PlanChoice {
  now: PlanItemDef[];
  exercises: PlanItemDef[];
  training: PlanItemDef[];
}

export const URGENT_ITEM: PlanItemDef = {
  id: 'urgent',
  kind: 'now',
  sources: ['cr-red-flags', 'nice-ng158'],
};

const LIMITS = { now: 3, exercise: 4, training: 3 } as const;

/** Whether an item may be offered with a verdict: the plan never contradicts "don't stretch". */
export function allowedWith(item: PlanItemDef, verdict: StretchVerdict): boolean {
  return !(item.lengthens && (verdict === 'avoid' || verdict === 'not-yet'));
}

export function choosePlan(
  verdict: StretchVerdict,
  redFlag: boolean,
  conditions: readonly ConditionId[],
  factors: ReadonlySet<FactorId>,
  ctx: EvalContext,
): PlanChoice {
  // Priority: the first-ranked condition's items, then other leading conditions', then factors'.
  const priority = (item: PlanItemDef): number => {
    const byCondition = conditions.findIndex((id) => item.conditions?.includes(id));
    if (byCondition >= 0) return byCondition;
    return item.factors?.some((f) => factors.has(f)) ? conditions.length : -1;
  };
  const chosen = PLAN_ITEMS.map((item, order) => ({ item, order, rank: priority(item) }))
    .filter(({ item, rank }) => rank >= 0 && allowedWith(item, verdict))
    .filter(({ item }) => item.when === undefined || evalCond(item.when, ctx) === true)
    .filter(({ item }) => !redFlag || item.withRedFlag)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ item }) => item);
  const pick = (kind: PlanItemDef['kind']) =>
    chosen.filter((item) => item.kind === kind).slice(0, LIMITS[kind]);
  return {
    now: redFlag ? [URGENT_ITEM, ...pick('now')] : pick('now'),
    exercises: pick('exercise'),
    training: pick('training'),
  };
}
