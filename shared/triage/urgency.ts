/**
 * @module How urgent: the most urgent of
 * - every red flag that holds or that a "not sure" leaves open, at its own level;
 * - one level up when week-level flags hold together (COMBINED_LEVEL);
 * - routine at least while a red-flag question was never answered (never self-care on silence);
 * - the urgency of every condition that could come within one point (half the odds) of the first once
 *   the open answers are known: when two causes are that close, the more urgent one's advice counts;
 * - one level below its own for a serious condition that could come within two points of the first.
 * The reasons kept are those that set the level: nothing shown beside it says something milder.
 */
import { type EvalContext, evalCond } from '../logic/evaluate.ts';
import type { Urgency } from '../vocabulary.ts';
import { moreUrgent, URGENCY_LEVELS, urgencyRank } from '../vocabulary.ts';
import type { Bounds } from './bounds.ts';
import type { ConditionId } from './conditions.ts';
import { CONDITION_BY_ID } from './conditions.ts';
import { COMBINED_LEVEL } from './policy.ts';
import type { RedFlagId } from './red-flags.ts';
import { type FlagOutcome, isRaised } from './screen.ts';
import { sortShort } from './sort-short.ts';

export type UrgencyReasonKind =
  | 'red-flag'
  | 'red-flag-unsure'
  | 'red-flag-combined'
  | 'red-flag-not-asked'
  | 'condition'
  | 'uncertain';

/** Why the level is what it is, as ids and numbers: localize/result.ts says it in words. */
export interface UrgencyReason {
  /** The red flag's id, the condition's id, or `combined` / `not-asked`. */
  id: string;
  kind: UrgencyReasonKind;
  level: Urgency;
  /** For a red flag's reason: the flag. */
  flag?: RedFlagId;
  /** For a condition: first-ranked, close to it, or a serious one possible. */
  basis?: 'leader' | 'close' | 'possible';
  condition?: ConditionId;
  /** For `combined`: how many week-level flags came together. */
  count?: number;
  /** Questions whose answers could change this reason. */
  questions?: string[];
}

function oneBelow(level: Urgency, floor: Urgency): Urgency {
  const below = URGENCY_LEVELS[Math.max(0, urgencyRank(level) - 1)] ?? floor;
  return urgencyRank(below) < urgencyRank(floor) ? floor : below;
}

/**
 * The most urgent level a condition's own urgency could be for these answers: its `urgencyIf` rules in
 * order, where one left unknown could be the one that applies.
 */
export function conditionUrgency(id: ConditionId, ctx: EvalContext): Urgency {
  const condition = CONDITION_BY_ID.get(id);
  if (!condition) return 'routine';
  // The most urgent of the rules' levels so far, kept as they are met rather than listed.
  let possible: Urgency = 'self-care';
  for (const rule of condition.urgencyIf ?? []) {
    const truth = evalCond(rule.when, ctx);
    if (truth === false) continue;
    possible = moreUrgent(possible, rule.level);
    if (truth === true) return possible;
  }
  return moreUrgent(possible, condition.urgency);
}

/** Two of these flags that share no suspicion: not one pattern seen twice, but two warnings. */
function independentWarnings(flags: readonly FlagOutcome[]): boolean {
  for (let i = 0; i < flags.length; i++) {
    const a = (flags[i] as FlagOutcome).flag.suspects ?? [];
    for (let j = i + 1; j < flags.length; j++) {
      const b = (flags[j] as FlagOutcome).flag.suspects ?? [];
      if (!a.some((s) => b.includes(s))) return true;
    }
  }
  return false;
}

/** The red flags' reasons, in one walk over the screen. */
function flagReasons(flags: readonly FlagOutcome[]): UrgencyReason[] {
  const reasons: UrgencyReason[] = [];
  const weekLevel: FlagOutcome[] = [];
  let unasked = false;
  for (const outcome of flags) {
    const { flag, status } = outcome;
    if (status === 'not-asked') unasked = true;
    if (!isRaised(outcome)) continue;
    reasons.push({
      id: flag.id,
      kind: status === 'positive' ? 'red-flag' : 'red-flag-unsure',
      level: flag.urgency,
      flag: flag.id,
    });
    if (flag.urgency === COMBINED_LEVEL.from) weekLevel.push(outcome);
  }
  if (independentWarnings(weekLevel)) {
    reasons.push({
      id: 'combined',
      kind: 'red-flag-combined',
      level: COMBINED_LEVEL.to,
      count: weekLevel.length,
    });
  }
  if (unasked) {
    reasons.push({
      id: 'not-asked',
      kind: 'red-flag-not-asked',
      level: 'routine',
    });
  }
  return reasons;
}

/** The conditions' reasons, added to `reasons`. */
function conditionReasons(
  reasons: UrgencyReason[],
  bounds: Bounds,
  leader: ConditionId | undefined,
  ctx: EvalContext,
): UrgencyReason[] {
  for (const id of bounds.close) {
    const level = conditionUrgency(id, ctx);
    reasons.push(
      id === leader
        ? { id, kind: 'condition', level, basis: 'leader', condition: id }
        : {
            id,
            kind: 'uncertain',
            level,
            basis: 'close',
            condition: id,
            questions: bounds.tippedBy.get(id) ?? [],
          },
    );
  }
  for (const id of bounds.possible) {
    const condition = CONDITION_BY_ID.get(id);
    if (!condition?.serious || bounds.close.includes(id)) continue;
    const level = oneBelow(conditionUrgency(id, ctx), 'routine');
    reasons.push({ id, kind: 'condition', level, basis: 'possible', condition: id });
  }
  return reasons;
}

export function decideUrgency(
  flags: readonly FlagOutcome[],
  bounds: Bounds,
  leader: ConditionId | undefined,
  ctx: EvalContext,
): { level: Urgency; reasons: UrgencyReason[] } {
  const reasons = conditionReasons(flagReasons(flags), bounds, leader, ctx);
  let level: Urgency = 'self-care';
  for (const r of reasons) level = moreUrgent(level, r.level);
  // Only what set the level: a milder reason beside it would contradict it.
  const setting = reasons.filter((r) => r.level === level);
  sortShort(setting, (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  return { level, reasons: setting };
}

const KIND_ORDER: Readonly<Record<UrgencyReasonKind, number>> = {
  'red-flag': 0,
  'red-flag-unsure': 1,
  'red-flag-combined': 2,
  condition: 3,
  uncertain: 4,
  'red-flag-not-asked': 5,
};
