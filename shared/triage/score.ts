/**
 * @module Ranks every condition: its prior plus the weights of the evidence rules that hold. Scores are
 * log2 odds, so `share` (2^score normalised over all conditions) says how the evidence is spread; bands
 * turn it into words. Ties keep the vocabulary order, so the ranking is deterministic.
 */
import type { Truth } from '../logic/evaluate.ts';
import type { Band } from '../schemas/triage.ts';
import type { ConditionId } from './conditions.ts';
import { CONDITIONS } from './conditions.ts';
import { EVIDENCE_RULES, type EvidenceRule, type EvidenceRuleId } from './evidence.ts';
import { CONTENTION, SHARE_BANDS } from './policy.ts';
import { RULE_WEIGHTS } from './rule-index.ts';
import { sortShort } from './sort-short.ts';

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

/**
 * Ranks the conditions from the rules' truths (rule-index.ts ruleTruths): each condition's hits in rule
 * order, strongest first, its score its prior plus their weights.
 */
export function scoreConditions(truths: readonly Truth[]): Scored[] {
  const hits: Hit[][] = CONDITIONS.map(() => []);
  for (let i = 0; i < truths.length; i++) {
    if (truths[i] !== true) continue;
    const rule = EVIDENCE_RULES[i] as Rule;
    for (const [index, weight] of RULE_WEIGHTS[i] ?? []) if (weight) hits[index]?.push({ rule, weight });
  }
  const scored = CONDITIONS.map((condition, order) => {
    const own = hits[order] ?? [];
    let score = condition.prior;
    for (const hit of own) score += hit.weight;
    return { id: condition.id, order, serious: condition.serious ? 1 : 0, score, hits: own };
  });
  // On equal evidence the condition that matters more if missed ranks first, then vocabulary order.
  sortShort(scored, (a, b) => b.score - a.score || b.serious - a.serious || a.order - b.order);
  const top = scored[0]?.score ?? 0;
  // Relative to the top score so 2^score cannot overflow.
  let total = 0;
  for (const s of scored) total += 2 ** (s.score - top);
  return scored.map(({ id, score, hits }, index) => {
    const share = 2 ** (score - top) / total;
    return {
      id,
      score,
      for: strongestFirst(hits.filter((hit) => hit.weight > 0)),
      against: strongestFirst(hits.filter((hit) => hit.weight < 0)),
      share,
      band: band(share, index === 0),
    };
  });
}

/** Strongest first; equally strong hits keep rule order. */
function strongestFirst(hits: Hit[]): Hit[] {
  return sortShort(hits, (a, b) => Math.abs(b.weight) - Math.abs(a.weight));
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
