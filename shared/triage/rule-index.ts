/**
 * @module The evidence rules laid out for the engine, built once per isolate: conditions by index, each
 * rule's effects as a vector over them, and which rules read each question. The ranking, its bounds and
 * the search for questions that could change it run many times per result (the interview runs them per
 * trial answer), so nothing here is worked out again per call.
 */
import { type EvalContext, questionsOf, type Truth } from '../logic/evaluate.ts';
import { truthTest } from '../logic/truth-test.ts';
import { CONDITIONS, type ConditionId } from './conditions.ts';
import { EVIDENCE_RULES } from './evidence.ts';

/** How many conditions the ranking holds. */
export const N = CONDITIONS.length;

export const CONDITION_INDEX: ReadonlyMap<ConditionId, number> = new Map(CONDITIONS.map((c, i) => [c.id, i]));

/** Each rule's effect on every condition, by condition index (0 where it has none). */
export const RULE_EFFECTS: readonly Float64Array[] = EVIDENCE_RULES.map((rule) => {
  const effects = new Float64Array(N);
  for (const [id, weight] of Object.entries(rule.effects))
    effects[CONDITION_INDEX.get(id as ConditionId) ?? 0] = weight;
  return effects;
});

/**
 * Each rule's effects as (condition index, weight) pairs in the data's own order: a ranking adds them in
 * that order, so scores come out the same to the last bit however often they are recomputed.
 */
export const RULE_WEIGHTS: ReadonlyArray<ReadonlyArray<readonly [number, number]>> = EVIDENCE_RULES.map(
  (rule) =>
    Object.entries(rule.effects).map(([id, weight]) => [CONDITION_INDEX.get(id as ConditionId) ?? 0, weight]),
);

/** The questions each rule reads. */
export const RULE_READS: ReadonlyArray<readonly string[]> = EVIDENCE_RULES.map((rule) => [
  ...questionsOf(rule.when),
]);

/** The rules that read each question, by rule index in data order. */
export const READERS: ReadonlyMap<string, readonly number[]> = (() => {
  const readers = new Map<string, number[]>();
  RULE_READS.forEach((reads, i) => {
    for (const q of reads) readers.set(q, [...(readers.get(q) ?? []), i]);
  });
  return readers;
})();

/** Each rule's condition compiled (logic/truth-test.ts), by rule index. */
export const RULE_TRUTH: ReadonlyArray<(ctx: EvalContext) => Truth> = EVIDENCE_RULES.map((rule) =>
  truthTest(rule.when),
);

/** Every rule's three-valued truth for these answers, by rule index. */
export function ruleTruths(ctx: EvalContext): Truth[] {
  const truths: Truth[] = new Array(RULE_TRUTH.length);
  for (let i = 0; i < RULE_TRUTH.length; i++) truths[i] = (RULE_TRUTH[i] as (ctx: EvalContext) => Truth)(ctx);
  return truths;
}

// Plain arrays rather than typed ones for what is copied per call: a typed array costs several times
// as much to allocate, and the engine makes them by the dozen per result.
const PRIORS: readonly number[] = CONDITIONS.map((c) => c.prior);

/**
 * RULE_WEIGHTS laid flat: rule i's pairs are at WEIGHTS_FROM[i] up to WEIGHTS_FROM[i + 1]. A trial
 * answer sums every score afresh, so this is read for every rule of every trial.
 */
const WEIGHTS_FROM = new Int32Array(RULE_WEIGHTS.length + 1);
RULE_WEIGHTS.forEach((weights, i) => {
  WEIGHTS_FROM[i + 1] = (WEIGHTS_FROM[i] as number) + weights.length;
});
const WEIGHT_AT = Int32Array.from(RULE_WEIGHTS.flat(), ([index]) => index);
const WEIGHT_BY = Float64Array.from(RULE_WEIGHTS.flat(), ([, weight]) => weight);

/** Every condition's score for the rules that hold: its prior, then the rules' weights in data order. */
export function scoresOf(truths: readonly Truth[]): number[] {
  const scores = PRIORS.slice();
  for (let i = 0; i < truths.length; i++) {
    if (truths[i] !== true) continue;
    for (let k = WEIGHTS_FROM[i] as number; k < (WEIGHTS_FROM[i + 1] as number); k++) {
      const at = WEIGHT_AT[k] as number;
      scores[at] = (scores[at] as number) + (WEIGHT_BY[k] as number);
    }
  }
  return scores;
}

/** The rules that move each condition, laid flat like WEIGHTS_FROM: (rule, weight) in rule order. */
const ON_FROM = new Int32Array(N + 1);
const ON: Array<readonly [number, number]>[] = CONDITIONS.map(() => []);
RULE_WEIGHTS.forEach((weights, rule) => {
  for (const [index, weight] of weights) if (weight) ON[index]?.push([rule, weight]);
});
ON.forEach((pairs, c) => {
  ON_FROM[c + 1] = (ON_FROM[c] as number) + pairs.length;
});
const ON_RULE = Int32Array.from(ON.flat(), ([rule]) => rule);
const ON_WEIGHT = Float64Array.from(ON.flat(), ([, weight]) => weight);

/**
 * Condition c's score summed afresh, as scoresOf sums it (its rules in rule order; a zero weight adds
 * nothing), so it is the same to the last bit: a trial answer that changes a few rules rescores only the
 * conditions they move.
 */
export function rescore(scores: number[], truths: readonly Truth[], c: number): void {
  let score = PRIORS[c] as number;
  for (let k = ON_FROM[c] as number; k < (ON_FROM[c + 1] as number); k++)
    if (truths[ON_RULE[k] as number] === true) score += ON_WEIGHT[k] as number;
  scores[c] = score;
}

/** The first-ranked condition for these scores: score, then the one that matters more if missed, then order. */
export function leaderIndex(scores: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < N; i++) {
    const diff = (scores[i] ?? 0) - (scores[best] ?? 0);
    if (diff > 0 || (diff === 0 && CONDITIONS[i]?.serious && !CONDITIONS[best]?.serious)) best = i;
  }
  return best;
}
