/**
 * @module "Should I stretch it?" Not yet, whenever a red flag holds or the injury is fresh, bruised,
 * swollen or makes you limp (the tear can grow; §1C). Otherwise the first-ranked condition's own answer,
 * made more cautious by any close competitor whose answer is more cautious: when in doubt, don't.
 */
import { type EvalContext, evalCond } from '../logic/evaluate.ts';
import type { Cond } from '../schemas/condition.ts';
import type { StretchVerdict } from '../vocabulary.ts';
import { CONDITION_BY_ID, STRETCH_CAUTION } from './conditions.ts';
import type { Scored } from './score.ts';

const SUDDEN: Cond = { q: 'onset', is: 'sudden' };
const FIRST_WEEK: Cond = { q: 'since', in: ['days-0-2', 'days-3-7'] };
const LIMPING: Cond = { q: 'walking', in: ['limp', 'barely'] };
const BRUISED_RECENTLY: Cond = {
  all: [
    { q: 'bruising', in: ['small', 'large', 'swelling'] },
    { q: 'since', in: ['days-0-2', 'days-3-7', 'weeks-1-3'] },
  ],
};

/** A fresh sudden injury. An unknown age of injury counts as fresh: a wrong "not yet" costs a few days. */
function isFresh(ctx: EvalContext): boolean {
  if (evalCond(SUDDEN, ctx) !== true) return false;
  return (
    evalCond(FIRST_WEEK, ctx) !== false ||
    evalCond(LIMPING, ctx) === true ||
    evalCond(BRUISED_RECENTLY, ctx) === true
  );
}

export interface StretchDecision {
  verdict: StretchVerdict;
  /** Text keys, with the condition each `stretch.reason.also` names. */
  reasons: Array<{ key: string; condition?: string }>;
}

const caution = (verdict: StretchVerdict) => STRETCH_CAUTION.indexOf(verdict);

export function decideStretch(
  redFlag: boolean,
  leading: readonly Scored[],
  ctx: EvalContext,
): StretchDecision {
  if (redFlag) return { verdict: 'not-yet', reasons: [{ key: 'stretch.reason.red-flag' }] };
  if (isFresh(ctx)) {
    return { verdict: 'not-yet', reasons: [{ key: 'stretch.reason.acute' }] };
  }
  const [first, ...others] = leading;
  if (!first) return { verdict: 'gentle', reasons: [] };
  let verdict = CONDITION_BY_ID.get(first.id)?.stance ?? 'gentle';
  const reasons: StretchDecision['reasons'] = [{ key: `condition.${first.id}.stretch` }];
  for (const other of others) {
    const stance = CONDITION_BY_ID.get(other.id)?.stance ?? 'gentle';
    if (caution(stance) > caution(verdict)) {
      verdict = stance;
      reasons.push({ key: 'stretch.reason.also', condition: other.id });
    }
  }
  return { verdict, reasons };
}
