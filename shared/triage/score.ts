/**
 * @module Ranks every condition: its prior plus the weights of the evidence rules that hold. Scores are
 * log2 odds, so `share` (2^score normalised over all conditions) says how the evidence is spread; bands
 * turn it into words. Ties keep the vocabulary order, so the ranking is deterministic.
 */
import type { EvalContext } from '../logic/evaluate.ts';
import { evalCond } from '../logic/evaluate.ts';
import type { Band } from '../schemas/triage.ts';
import type { ConditionId } from './conditions.ts';
import { CONDITIONS } from './conditions.ts';
import { EVIDENCE_RULES, type EvidenceRule, type EvidenceRuleId } from './evidence.ts';
import { CONTENTION, SHARE_BANDS } from './policy.ts';

/** An evidence rule that holds, and its weight for one condition. */
export type Rule = EvidenceRule & { id: EvidenceRuleId };

export interface Hit {
  rule: Rule;
  weight: number;
}

export interface Scored {
  id: ConditionId;
  score: number;
  share: number;
  band: Band;
  for: Hit[];
  against: Hit[];
}

function band(share: number, first: boolean): Band {
  if (share >= SHARE_BANDS.likely) return 'likely';
  if (first || share >= SHARE_BANDS.possible) return 'possible';
  return 'less-likely';
}

const EFFECTS = EVIDENCE_RULES.map((rule) =>
  Object.entries(rule.effects).map(
    ([id, weight]) => [CONDITIONS.findIndex((c) => c.id === id), weight as number] as const,
  ),
);

/** Only the first-ranked condition: the same order as scoreConditions, without building findings. */
export function leaderOf(ctx: EvalContext): ConditionId | undefined {
  const scores = CONDITIONS.map((c) => c.prior);
  EVIDENCE_RULES.forEach((rule, i) => {
    if (evalCond(rule.when, ctx) === true)
      for (const [index, weight] of EFFECTS[i] ?? []) scores[index] = (scores[index] ?? 0) + weight;
  });
  let best = 0;
  for (let i = 1; i < scores.length; i++) {
    const diff = (scores[i] ?? 0) - (scores[best] ?? 0);
    if (diff > 0 || (diff === 0 && CONDITIONS[i]?.serious && !CONDITIONS[best]?.serious)) best = i;
  }
  return CONDITIONS[best]?.id;
}

/** The rules that hold for these answers. */
export function firedRules(ctx: EvalContext): Rule[] {
  return EVIDENCE_RULES.filter((rule) => evalCond(rule.when, ctx) === true);
}

export function scoreConditions(ctx: EvalContext): Scored[] {
  const fired = firedRules(ctx);
  const scored = CONDITIONS.map((condition, order) => {
    const hits = fired.flatMap((rule) => {
      const weight = rule.effects[condition.id];
      return weight ? [{ rule, weight }] : [];
    });
    const score = hits.reduce((sum, hit) => sum + hit.weight, condition.prior);
    const byStrength = (a: Hit, b: Hit) => Math.abs(b.weight) - Math.abs(a.weight);
    return {
      id: condition.id,
      order,
      serious: condition.serious ? 1 : 0,
      score,
      for: hits.filter((hit) => hit.weight > 0).sort(byStrength),
      against: hits.filter((hit) => hit.weight < 0).sort(byStrength),
    };
  });
  // On equal evidence the condition that matters more if missed ranks first, then vocabulary order.
  scored.sort((a, b) => b.score - a.score || b.serious - a.serious || a.order - b.order);
  const top = scored[0]?.score ?? 0;
  // Relative to the top score so 2^score cannot overflow.
  const total = scored.reduce((sum, s) => sum + 2 ** (s.score - top), 0);
  return scored.map(({ order: _order, serious: _serious, ...s }, index) => {
    const share = 2 ** (s.score - top) / total;
    return { ...s, share, band: band(share, index === 0) };
  });
}

/** The conditions that shape the plan: the first, and any other within CONTENTION.close points of it. */
export function leadingConditions(ranked: readonly Scored[]): Scored[] {
  const first = ranked[0];
  return first
    ? ranked.filter(
        (s) => s === first || (s.band !== 'less-likely' && s.score >= first.score - CONTENTION.close),
      )
    : [];
}
