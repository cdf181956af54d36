/**
 * @module The usage counters: per clinic, per UTC day, one counter per vocabulary id, never anything
 * from the answers (worker/migrations holds the table, with CHECKs to the same effect).
 */
import type { ConditionId, TriageResult, Urgency } from '../../shared/index.ts';

export type Metric =
  | 'completions'
  | 'shares'
  | 'booking-clicks'
  | `urgency:${Urgency}`
  | `condition:${ConditionId}`;

/** The UTC date a count belongs to, taken when the request arrives. */
export const utcDay = (at: Date = new Date()) => at.toISOString().slice(0, 10);

/** A completed questionnaire: one completion, its urgency level and its first-ranked condition. */
export function completionMetrics(result: Pick<TriageResult, 'urgency' | 'conditions'>): Metric[] {
  const first = result.conditions[0];
  return [
    'completions',
    `urgency:${result.urgency.level}`,
    ...(first ? [`condition:${first.id}` as const] : []),
  ];
}
