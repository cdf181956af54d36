/**
 * @module How urgent: the most urgent of (a) every positive red flag, (b) every red flag not ruled out,
 * one level below its own and never below routine, (c) the first-ranked condition's urgency when it is
 * likely, or at least routine when the evidence is unclear, and (d) a serious condition that is only
 * possible, one level below its own. Red flags are never outweighed: nothing here can lower a level.
 */
import { type EvalContext, evalCond } from '../logic/evaluate.ts';
import type { Urgency } from '../vocabulary.ts';
import { mostUrgent, URGENCY_LEVELS, urgencyRank } from '../vocabulary.ts';
import { CONDITION_BY_ID } from './conditions.ts';
import type { Scored } from './score.ts';
import { type FlagOutcome, isOpen } from './screen.ts';

export interface UrgencyReason {
  id: string;
  kind: 'red-flag' | 'red-flag-unsure' | 'condition' | 'uncertain';
  level: Urgency;
  key: string;
  vars?: Record<string, string>;
  /** For `vars` naming a condition: its id, resolved to a name in the result's language. */
  condition?: string;
}

function oneBelow(level: Urgency, floor: Urgency): Urgency {
  const below = URGENCY_LEVELS[Math.max(0, urgencyRank(level) - 1)] ?? floor;
  return urgencyRank(below) < urgencyRank(floor) ? floor : below;
}

/** A condition's own urgency for these answers: its first matching `urgencyIf`, else its default. */
export function conditionUrgency(id: string, ctx: EvalContext): Urgency {
  const condition = CONDITION_BY_ID.get(id as never);
  if (!condition) return 'routine';
  return condition.urgencyIf?.find((rule) => evalCond(rule.when, ctx) === true)?.level ?? condition.urgency;
}

export function decideUrgency(
  flags: readonly FlagOutcome[],
  ranked: readonly Scored[],
  ctx: EvalContext,
): { level: Urgency; reasons: UrgencyReason[] } {
  const reasons: UrgencyReason[] = [];
  for (const outcome of flags) {
    const { flag } = outcome;
    if (outcome.status === 'positive') {
      reasons.push({ id: flag.id, kind: 'red-flag', level: flag.urgency, key: `rf.${flag.id}.reason` });
    } else if (isOpen(outcome)) {
      reasons.push({
        id: flag.id,
        kind: 'red-flag-unsure',
        level: oneBelow(flag.urgency, 'routine'),
        key: 'urgency.reason.unsure',
        vars: { reason: `rf.${flag.id}.reason` },
      });
    }
  }

  const first = ranked[0];
  if (first) {
    const own = conditionUrgency(first.id, ctx);
    if (first.band === 'likely') {
      reasons.push({
        id: first.id,
        kind: 'condition',
        level: own,
        key: 'urgency.reason.condition',
        condition: first.id,
      });
    } else {
      const level = mostUrgent([own, 'routine']);
      reasons.push({ id: first.id, kind: 'uncertain', level, key: 'urgency.reason.uncertain' });
    }
  }
  for (const s of ranked.slice(1)) {
    const condition = CONDITION_BY_ID.get(s.id);
    if (!condition?.serious || s.band === 'less-likely') continue;
    const level = s.band === 'likely' ? condition.urgency : oneBelow(condition.urgency, 'routine');
    reasons.push({ id: s.id, kind: 'condition', level, key: 'urgency.reason.possible', condition: s.id });
  }

  const level = mostUrgent(reasons.map((r) => r.level));
  // Keep what explains the level: positive flags, the first-ranked condition, and whatever set the level.
  const explaining = reasons.filter((r) => r.kind === 'red-flag' || r.id === first?.id || r.level === level);
  explaining.sort((a, b) => urgencyRank(b.level) - urgencyRank(a.level));
  return { level, reasons: explaining };
}
