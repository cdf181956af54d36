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
import { RULE_WEIGHTS, scoresOf } from './rule-index.ts';
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
 * Each rule's possible hits, by rule index, with the condition each is for (a zero weight is none): the
 * same objects in every result (no reader changes them). A ranking visits only the rules that hold, a
 * handful of the hundred, rather than every condition's every possible hit.
 */
const RULE_HITS: ReadonlyArray<ReadonlyArray<{ condition: number; hit: Hit }>> = EVIDENCE_RULES.map(
  (rule, i) =>
    (RULE_WEIGHTS[i] ?? [])
      .filter(([, weight]) => weight !== 0)
      .map(([condition, weight]) => ({ condition, hit: { rule: rule as Rule, weight } })),
);

/** Strongest first; equally strong hits keep rule order. */
const strongestFirst = (a: Hit, b: Hit) => Math.abs(b.weight) - Math.abs(a.weight);

/**
 * Ranks the conditions from the rules' truths (rule-index.ts ruleTruths): each condition's hits in rule
 * order, strongest first, its score its prior plus their weights.
 */
export function scoreConditions(truths: readonly Truth[]): Scored[] {
  // The scores as scoresOf sums them (prior, then weights in rule order), so every caller agrees to the bit.
  const scores = scoresOf(truths);
  const order = rankOrder(scores);
  const top = scores[order[0] ?? 0] ?? 0;
  // Relative to the top score so 2^score cannot overflow.
  // Each condition's odds worked out once, for the total and for its share.
  const odds = order.map((index) => 2 ** ((scores[index] as number) - top));
  let total = 0;
  for (const o of odds) total += o;
  // Each condition's hits gathered in rule order from the rules that hold, then put strongest first by a
  // stable sort, so equally strong hits keep rule order.
  const supporting: Hit[][] = [];
  const opposing: Hit[][] = [];
  for (let c = 0; c < CONDITIONS.length; c++) {
    supporting.push([]);
    opposing.push([]);
  }
  for (let i = 0; i < truths.length; i++) {
    if (truths[i] !== true) continue;
    const hits = RULE_HITS[i] as (typeof RULE_HITS)[number];
    for (let h = 0; h < hits.length; h++) {
      const { condition, hit } = hits[h] as (typeof hits)[number];
      ((hit.weight > 0 ? supporting : opposing)[condition] as Hit[]).push(hit);
    }
  }
  return order.map((index, rank) => {
    const score = scores[index] as number;
    const share = (odds[rank] as number) / total;
    return {
      id: (CONDITIONS[index] as (typeof CONDITIONS)[number]).id,
      score,
      for: sortShort(supporting[index] as Hit[], strongestFirst),
      against: sortShort(opposing[index] as Hit[], strongestFirst),
      share,
      band: band(share, rank === 0),
    };
  });
}

/** Condition indices, first-ranked first. */
function rankOrder(scores: readonly number[]): number[] {
  const order = CONDITIONS.map((_condition, index) => index);
  // On equal evidence the condition that matters more if missed ranks first, then vocabulary order.
  return sortShort(
    order,
    (a, b) =>
      (scores[b] as number) - (scores[a] as number) ||
      (SERIOUS[b] as number) - (SERIOUS[a] as number) ||
      a - b,
  );
}

/**
 * The ranking as scoreConditions orders it, ids and scores only: what the bounds, the urgency and the
 * stretch verdict read, for a trial answer that needs no evidence lists.
 */
export function rankScores(truths: readonly Truth[]): Array<Pick<Scored, 'id' | 'score'>> {
  const scores = scoresOf(truths);
  return rankOrder(scores).map((index) => ({
    id: (CONDITIONS[index] as (typeof CONDITIONS)[number]).id,
    score: scores[index] as number,
  }));
}

const SERIOUS: readonly number[] = CONDITIONS.map((condition) => (condition.serious ? 1 : 0));

/** The conditions that shape the plan: the first, and any other within CONTENTION.close points of it. */
export function leadingConditions(ranked: readonly Scored[]): Scored[] {
  const first = ranked[0];
  return first
    ? ranked.filter(
        (s) => s === first || (s.band !== 'less-likely' && s.score >= first.score - CONTENTION.close),
      )
    : [];
}
