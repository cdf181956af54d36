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

type ConditionHits = ReadonlyArray<{ rule: number; hit: Hit }>;

/**
 * Each condition's possible hits, by condition index, in the order a ranking lists them (strongest
 * first, rule order among equals), with the rule each is for: the same objects in every result (no
 * reader changes them), ordered once rather than sorted in every ranking. (A stable order of all of them
 * orders those for and those against as it would order each alone.)
 */
const CONDITION_HITS: readonly ConditionHits[] = (() => {
  const byCondition: Array<Array<{ rule: number; hit: Hit }>> = CONDITIONS.map(() => []);
  EVIDENCE_RULES.forEach((rule, i) => {
    for (const [index, weight] of RULE_WEIGHTS[i] ?? [])
      if (weight !== 0) byCondition[index]?.push({ rule: i, hit: { rule: rule as Rule, weight } });
  });
  return byCondition.map((hits) => strongestFirst(hits, ({ hit }) => hit.weight));
})();

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
  return order.map((index, rank) => {
    const score = scores[index] as number;
    const share = (odds[rank] as number) / total;
    const supporting: Hit[] = [];
    const opposing: Hit[] = [];
    // Indexed rather than for-of with destructuring, which cost a quarter of the ranking's time.
    const hits = CONDITION_HITS[index] as ConditionHits;
    for (let h = 0; h < hits.length; h++) {
      const { rule, hit } = hits[h] as ConditionHits[number];
      if (truths[rule] === true) (hit.weight > 0 ? supporting : opposing).push(hit);
    }
    return {
      id: (CONDITIONS[index] as (typeof CONDITIONS)[number]).id,
      score,
      for: supporting,
      against: opposing,
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

/** Strongest first; equally strong hits keep rule order. */
function strongestFirst<T>(hits: T[], weight: (hit: T) => number): T[] {
  return sortShort(hits, (a, b) => Math.abs(weight(b)) - Math.abs(weight(a)));
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
