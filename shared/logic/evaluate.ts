/**
 * @module Three-valued evaluation of the condition language: `true`, `false` or `undefined` (unknown).
 * A question the runner skipped or answered "not sure" is unknown, never a no: that is what keeps an
 * unanswered red flag from reassuring. A question the flow did not ask (its `showIf` was false) is
 * known not to apply, so its leaves are false.
 *
 * Imports types only, so the widget can bundle it without zod.
 */

import type { Cond, Leaf } from '../schemas/condition.ts';
import type { Answers, AnswerValue } from '../schemas/values.ts';

export type Truth = boolean | undefined;

/** Whether the flow asks a question: `pending` while the visibility pass has not reached it yet. */
export type QuestionState = 'asked' | 'hidden' | 'pending';

export interface EvalContext {
  answers: Answers;
  state(questionId: string): QuestionState;
}

/** Answered "not sure" (alone, or in a list): unknown, like no answer. */
export function isUnsure(value: AnswerValue): boolean {
  return value === 'unsure' || (Array.isArray(value) && value.includes('unsure'));
}

function evalLeaf(leaf: Leaf, ctx: EvalContext): Truth {
  const state = ctx.state(leaf.q);
  if (state === 'hidden') return false;
  if (state === 'pending') return undefined;
  const value = ctx.answers[leaf.q];
  if (value === undefined || isUnsure(value)) return undefined;
  if ('is' in leaf) return value === leaf.is;
  if ('in' in leaf) return typeof value === 'string' && leaf.in.includes(value);
  if ('has' in leaf) return Array.isArray(value) ? value.includes(leaf.has) : value === leaf.has;
  if ('hasAny' in leaf) {
    const chosen = Array.isArray(value) ? value : [value];
    return leaf.hasAny.some((option) => chosen.includes(String(option)));
  }
  if (typeof value !== 'number') return undefined;
  return 'gte' in leaf ? value >= leaf.gte : value <= leaf.lte;
}

/** Kleene's strong three-valued logic: `all` is false if any part is false, true only if all are true. */
export function evalCond(cond: Cond, ctx: EvalContext): Truth {
  if ('all' in cond) {
    let result: Truth = true;
    for (const part of cond.all) {
      const truth = evalCond(part, ctx);
      if (truth === false) return false;
      if (truth === undefined) result = undefined;
    }
    return result;
  }
  if ('any' in cond) {
    let result: Truth = false;
    for (const part of cond.any) {
      const truth = evalCond(part, ctx);
      if (truth === true) return true;
      if (truth === undefined) result = undefined;
    }
    return result;
  }
  if ('not' in cond) {
    const truth = evalCond(cond.not, ctx);
    return truth === undefined ? undefined : !truth;
  }
  return evalLeaf(cond, ctx);
}

/** Every question id a condition reads. */
export function questionsOf(cond: Cond, into: Set<string> = new Set()): Set<string> {
  if ('all' in cond) for (const part of cond.all) questionsOf(part, into);
  else if ('any' in cond) for (const part of cond.any) questionsOf(part, into);
  else if ('not' in cond) questionsOf(cond.not, into);
  else into.add(cond.q);
  return into;
}
