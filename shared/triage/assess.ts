/**
 * @module The core of a decision: the red-flag screen, the ranking, what it could still become, the
 * urgency and the stretch verdict. decide() builds the full decision on it; the interview (interview/
 * next.ts) runs it once per trial answer, so it holds nothing the interview does not need.
 */
import type { EvalContext, Truth } from '../logic/evaluate.ts';
import { contextWith, flowStateWith } from '../logic/flow-trial.ts';
import { flowState } from '../logic/visibility.ts';
import { FLOW } from '../questionnaire/flow.ts';
import type { Answers, AnswerValue } from '../schemas/values.ts';
import type { Urgency } from '../vocabulary.ts';
import { type Bounds, isOpenRule, openRules, rankingBounds } from './bounds.ts';
import { READERS, RULE_TRUTH, ruleTruths } from './rule-index.ts';
import { rankScores, type Scored, scoreConditions } from './score.ts';
import { FLAGS_READING, type FlagOutcome, isRaised, screenFlag, screenRedFlags } from './screen.ts';
import { decideStretch, type StretchDecision } from './stretch.ts';
import { decideUrgency, type UrgencyReason } from './urgency.ts';

export interface Assessment {
  asked: string[];
  /** Self-tests withheld for safety. */
  withheld: string[];
  ctx: EvalContext;
  /** Each evidence rule's truth, by rule index. */
  truths: Truth[];
  /** Whether each evidence rule is left open by what the runner said (bounds.ts openRules). */
  open: boolean[];
  flags: FlagOutcome[];
  /** Every condition, most likely first. */
  ranked: Scored[];
  bounds: Bounds;
  urgency: { level: Urgency; reasons: UrgencyReason[] };
  stretch: StretchDecision;
}

export function assess(answers: Answers): Assessment {
  const { asked, withheld, ctx } = flowState(FLOW, answers);
  const truths = ruleTruths(ctx);
  return assessFrom(asked, withheld, ctx, screenRedFlags(ctx), truths, openRules(truths, ctx));
}

/**
 * `base`'s assessment with one answer changed: the same as assess() for those answers, but only the red
 * flags and evidence rules that read a question the change reaches are evaluated again. The interview
 * runs it for every answer it tries.
 */
export function assessWith(base: Assessment, id: string, value: AnswerValue): Assessment {
  const { asked, withheld, ctx, reread } = flowStateWith(FLOW, base.ctx, id, value);
  const { flags, truths, open } = rereadWith(base, ctx, reread);
  return assessFrom(asked, withheld, ctx, flags, truths, open);
}

/** The red flags and evidence rules of `base`, those reading a question in `reread` evaluated again. */
function rereadWith(base: Assessment, ctx: EvalContext, reread: ReadonlySet<string>) {
  const flags = base.flags.slice();
  const truths = base.truths.slice();
  const open = base.open.slice();
  for (const q of reread) {
    for (const i of FLAGS_READING.get(q) ?? []) flags[i] = screenFlag(i, ctx);
    for (const i of READERS.get(q) ?? []) {
      truths[i] = (RULE_TRUTH[i] as (typeof RULE_TRUTH)[number])(ctx);
      open[i] = isOpenRule(i, truths[i], ctx);
    }
  }
  return { flags, truths, open };
}

/**
 * What assessWith would advise, and which condition it would rank first: the interview compares only
 * these for every answer it tries, so neither the lists of asked questions nor the evidence for each
 * condition are built.
 */
export function outcomeWith(
  base: Assessment,
  id: string,
  value: AnswerValue,
): { level: Urgency; verdict: StretchDecision['verdict']; first: string | undefined } {
  const { ctx, reread } = contextWith(FLOW, base.ctx, id, value);
  const { flags, truths, open } = rereadWith(base, ctx, reread);
  const ranked = rankScores(truths);
  const leader = ranked[0]?.id;
  const bounds = rankingBounds(ranked, ctx, truths, open);
  return {
    level: decideUrgency(flags, bounds, leader, ctx).level,
    verdict: decideStretch(flags.some(isRaised), bounds, leader, ctx).verdict,
    first: leader,
  };
}

function assessFrom(
  asked: string[],
  withheld: string[],
  ctx: EvalContext,
  flags: FlagOutcome[],
  truths: Truth[],
  open: boolean[],
): Assessment {
  const ranked = scoreConditions(truths);
  const leader = ranked[0]?.id;
  const bounds = rankingBounds(ranked, ctx, truths, open);
  return {
    asked,
    withheld,
    ctx,
    truths,
    open,
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
