/**
 * @module evalCond for one condition, compiled up front: the engine's hot loops evaluate the same rules
 * for every trial answer, and looking each compiled condition up again was a fair share of their time.
 * Its own module so that the widget, which bundles evaluate.ts, is byte for byte the same without it.
 */
import type { Cond } from '../schemas/condition.ts';
import { compiled, type EvalContext, F, T, type Truth, U } from './evaluate.ts';

export function truthTest(cond: Cond): (ctx: EvalContext) => Truth {
  const values = compiled(cond);
  return (ctx) => {
    const value = values(ctx, U);
    return value === U ? undefined : value === T;
  };
}

/**
 * reach() for one condition, compiled up front: the values (F, U, T bits) that some answers to the
 * unanswered required questions could give it.
 */
export function reachTest(cond: Cond): (ctx: EvalContext) => number {
  const values = compiled(cond);
  return (ctx) => values(ctx, F | T);
}
