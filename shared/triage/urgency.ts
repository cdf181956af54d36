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
import { mostUrgent, URGENCY_LEVELS, urgencyRank } from '../vocabulary.ts';
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
  const possible: Urgency[] = [];
  for (const rule of condition.urgencyIf ?? []) {
    const truth = evalCond(rule.when, ctx);
    if (truth === false) continue;
    possible.push(rule.level);
    if (truth === true) return mostUrgent(possible);
  }
  return mostUrgent([...possible, condition.urgency]);
}

/** Two of these flags that share no suspicion: not one pattern seen twice, but two warnings. */
function independentWarnings(flags: readonly FlagOutcome[]): boolean {
  return flags.some(({ flag: a }, i) =>
    flags.slice(i + 1).some(({ flag: b }) => !(a.suspects ?? []).some((s) => (b.suspects ?? []).includes(s))),
  );
}

function flagReasons(flags: readonly FlagOutcome[]): UrgencyReason[] {
  const reasons: UrgencyReason[] = flags.filter(isRaised).map(({ flag, status }) => ({
    id: flag.id,
    kind: status === 'positive' ? 'red-flag' : 'red-flag-unsure',
    level: flag.urgency,
    flag: flag.id,
  }));
  const weekLevel = flags.filter((f) => isRaised(f) && f.flag.urgency === COMBINED_LEVEL.from);
  if (independentWarnings(weekLevel)) {
    reasons.push({
      id: 'combined',
      kind: 'red-flag-combined',
      level: COMBINED_LEVEL.to,
      count: weekLevel.length,
    });
  }
  const unasked = flags.filter((f) => f.status === 'not-asked');
  if (unasked.length) {
    reasons.push({
      id: 'not-asked',
      kind: 'red-flag-not-asked',
      level: 'routine',
    });
  }
  return reasons;
}

function conditionReasons(
  bounds: Bounds,
  leader: ConditionId | undefined,
  ctx: EvalContext,
): UrgencyReason[] {
  const reasons: UrgencyReason[] = [];
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
  const reasons = [...flagReasons(flags), ...conditionReasons(bounds, leader, ctx)];
  const level = mostUrgent(reasons.map((r) => r.level));
  // Only what set the level: a milder reason beside it would contradict it.
  const setting = reasons.filter((r) => r.level === level);
  sortShort(setting, (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  return { level, reasons: setting };
}

const KIND_ORDER: readonly UrgencyReasonKind[] = [
  'red-flag',
  'red-flag-unsure',
  'red-flag-combined',
  'condition',
  'uncertain',
  'red-flag-not-asked',
];
