/**
 * @module "Should I stretch it?" Not yet, whenever a red flag holds or a "not sure" leaves one open, or
 * a fresh, bruised or limping injury cannot be excluded (the tear can grow; §1C). Otherwise the first
 * condition's own answer, made more cautious by any condition that could come within one point of the
 * first once the open answers are known: when in doubt, don't.
 */
import { type EvalContext, raised } from '../logic/evaluate.ts';
import { FRESH_INJURY } from '../questionnaire/predicates.ts';
import type { StretchVerdict } from '../vocabulary.ts';
import type { Bounds } from './bounds.ts';
import type { ConditionId } from './conditions.ts';
import { CONDITION_BY_ID, STRETCH_CAUTION } from './conditions.ts';

/** Why: a red flag, a fresh injury, the first condition's own answer, or a close one more cautious. */
export type StretchReason =
  | { basis: 'red-flag' }
  | { basis: 'acute' }
  | { basis: 'own'; condition: ConditionId }
  | { basis: 'also'; condition: ConditionId };

export interface StretchDecision {
  verdict: StretchVerdict;
  reasons: StretchReason[];
}

const caution = (verdict: StretchVerdict) => STRETCH_CAUTION.indexOf(verdict);

export function decideStretch(
  redFlagRaised: boolean,
  bounds: Bounds,
  leader: ConditionId | undefined,
  ctx: EvalContext,
): StretchDecision {
  if (redFlagRaised) return { verdict: 'not-yet', reasons: [{ basis: 'red-flag' }] };
  if (raised(FRESH_INJURY, ctx)) return { verdict: 'not-yet', reasons: [{ basis: 'acute' }] };
  if (!leader) return { verdict: 'gentle', reasons: [] };
  let verdict = CONDITION_BY_ID.get(leader)?.stance ?? 'gentle';
  const reasons: StretchReason[] = [{ basis: 'own', condition: leader }];
  for (const id of bounds.close) {
    const stance = CONDITION_BY_ID.get(id)?.stance ?? 'gentle';
    if (caution(stance) > caution(verdict)) {
      verdict = stance;
      reasons.push({ basis: 'also', condition: id });
    }
  }
  return { verdict, reasons };
}
