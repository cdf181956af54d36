/**
 * @module Runs the red-flag screen. Each flag is positive, negative, unsure (a "not sure" leaves it open:
 * read as its worst case) or not asked (open only because some of its questions were never answered:
 * those questions are asked, rather than the flag escalated by default).
 */
import { type EvalContext, F, readsOf, type Truth } from '../logic/evaluate.ts';
import { reachTest, truthTest } from '../logic/truth-test.ts';
import type { RedFlagStatus } from '../schemas/triage.ts';
import { RED_FLAGS, type RedFlagId, type RedFlagRule } from './red-flags.ts';

export interface FlagOutcome {
  flag: RedFlagRule & { id: RedFlagId };
  status: RedFlagStatus;
}

/** Each flag's condition compiled (logic/truth-test.ts), by index in RED_FLAGS. */
const FLAG_TRUTH: ReadonlyArray<(ctx: EvalContext) => Truth> = RED_FLAGS.map((flag) => truthTest(flag.when));

export function screenRedFlags(ctx: EvalContext): FlagOutcome[] {
  const outcomes: FlagOutcome[] = new Array(RED_FLAGS.length);
  for (let i = 0; i < RED_FLAGS.length; i++) outcomes[i] = screenFlag(i, ctx);
  return outcomes;
}

/** The outcome of flag i (its index in RED_FLAGS). */
export function screenFlag(i: number, ctx: EvalContext): FlagOutcome {
  const outcome = OUTCOMES[i] as Readonly<Record<RedFlagStatus, FlagOutcome>>;
  const truth = (FLAG_TRUTH[i] as (ctx: EvalContext) => Truth)(ctx);
  if (truth !== undefined) return truth ? outcome.positive : outcome.negative;
  return (FLAG_REACH[i] as (ctx: EvalContext) => number)(ctx) & F ? outcome['not-asked'] : outcome.unsure;
}
const FLAG_REACH = RED_FLAGS.map((flag) => reachTest(flag.when));

/** Each flag's four outcomes, made once per isolate and shared by every screen (nothing changes them). */
const OUTCOMES: ReadonlyArray<Readonly<Record<RedFlagStatus, FlagOutcome>>> = RED_FLAGS.map((rule) => {
  const flag = rule as FlagOutcome['flag'];
  return {
    positive: { flag, status: 'positive' },
    negative: { flag, status: 'negative' },
    unsure: { flag, status: 'unsure' },
    'not-asked': { flag, status: 'not-asked' },
  };
});

/** The red flags that read each question, by index in RED_FLAGS. */
export const FLAGS_READING: ReadonlyMap<string, readonly number[]> = (() => {
  const readers = new Map<string, number[]>();
  RED_FLAGS.forEach((flag, i) => {
    for (const q of readsOf(flag.when)) readers.set(q, [...(readers.get(q) ?? []), i]);
  });
  return readers;
})();

export const isPositive = (outcome: FlagOutcome) => outcome.status === 'positive';
/** Holds, or a "not sure" leaves it open: it escalates, withholds self-tests and stretching. */
export const isRaised = (outcome: FlagOutcome) =>
  outcome.status === 'positive' || outcome.status === 'unsure';
export const isOpen = (outcome: FlagOutcome) => outcome.status === 'unsure' || outcome.status === 'not-asked';
