/**
 * @module The core of a decision: the red-flag screen, the ranking, what it could still become, the
 * urgency and the stretch verdict. decide() builds the full decision on it; the interview (interview/
 * next.ts) runs it once per trial answer, so it holds nothing the interview does not need.
 */
import type { EvalContext, Truth } from '../logic/evaluate.ts';
import { flowState } from '../logic/visibility.ts';
import { FLOW } from '../questionnaire/flow.ts';
import type { Answers } from '../schemas/values.ts';
import type { Urgency } from '../vocabulary.ts';
import { type Bounds, rankingBounds } from './bounds.ts';
import { ruleTruths } from './rule-index.ts';
import { type Scored, scoreConditions } from './score.ts';
import { type FlagOutcome, isRaised, screenRedFlags } from './screen.ts';
import { decideStretch, type StretchDecision } from './stretch.ts';
import { decideUrgency, type UrgencyReason } from './urgency.ts';

export interface Assessment {
  asked: string[];
  /** Self-tests withheld for safety. */
  withheld: string[];
  ctx: EvalContext;
  /** Each evidence rule's truth, by rule index. */
  truths: Truth[];
  flags: FlagOutcome[];
  /** Every condition, most likely first. */
  ranked: Scored[];
  bounds: Bounds;
  urgency: { level: Urgency; reasons: UrgencyReason[] };
  stretch: StretchDecision;
}

export function assess(answers: Answers): Assessment {
  const { asked, withheld, ctx } = flowState(FLOW, answers);
  const flags = screenRedFlags(ctx);
  const truths = ruleTruths(ctx);
  const ranked = scoreConditions(truths);
  const leader = ranked[0]?.id;
  const bounds = rankingBounds(ranked, ctx, truths);
  return {
    asked,
    withheld,
    ctx,
    truths,
    flags,
    ranked,
    bounds,
    urgency: decideUrgency(flags, bounds, leader, ctx),
    stretch: decideStretch(flags.some(isRaised), bounds, leader, ctx),
  };
}

/**
 * The urgency and the stretch verdict if these unanswered questions were read as open, any answer still
 * possible together: what leaving all of them unasked could hide from the advice.
 */
export function adviceIfOpen(assessment: Assessment, questions: readonly string[]) {
  const { ctx, truths, flags, ranked } = assessment;
  const open: EvalContext = {
    answers: ctx.answers,
    state: (id) => ctx.state(id),
    narrowed: (id) => ctx.narrowed?.(id),
    omitted: (id) => !questions.includes(id) && !!ctx.omitted?.(id),
  };
  const bounds = rankingBounds(ranked, open, truths);
  const leader = ranked[0]?.id;
  return {
    bounds,
    urgency: decideUrgency(flags, bounds, leader, open),
    stretch: decideStretch(flags.some(isRaised), bounds, leader, open),
  };
}
