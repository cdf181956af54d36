/**
 * @module A clinic's usage counts over a range of UTC days, zero-filled, every urgency level and
 * condition present: counts only, keyed by dates and vocabulary ids.
 */
import type * as z from 'zod';
import { CONDITION_IDS, type ConditionId, URGENCY_LEVELS, type Urgency } from '../../shared/index.ts';
import { ProblemError } from '../problems.ts';
import type { ClinicStatsSchema } from '../schemas.ts';
import { utcDay } from './metrics.ts';

/** The response shape, taken from the schema that documents it so the two cannot drift. */
export type ClinicStats = z.infer<typeof ClinicStatsSchema>;
type Counts = ClinicStats['totals'];

export const DEFAULT_DAYS = 30;
export const MAX_DAYS = 366;
const DAY_MS = 86_400_000;

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

const emptyCounts = (): Counts => ({
  completions: 0,
  byUrgency: zeros(URGENCY_LEVELS),
  byCondition: zeros(CONDITION_IDS),
  shares: 0,
  bookingClicks: 0,
});

/** Adds `n` to the counter a metric names; a metric this release does not know is left out. */
function add(counts: Counts, metric: string, n: number): void {
  const [kind, id = ''] = metric.split(':');
  if (kind === 'completions') counts.completions += n;
  else if (kind === 'shares') counts.shares += n;
  else if (kind === 'booking-clicks') counts.bookingClicks += n;
  else if (kind === 'urgency' && Object.hasOwn(counts.byUrgency, id)) counts.byUrgency[id as Urgency] += n;
  else if (kind === 'condition' && Object.hasOwn(counts.byCondition, id))
    counts.byCondition[id as ConditionId] += n;
}

function rangeProblem(parameter: 'from' | 'to', detail: string): ProblemError {
  return new ProblemError('invalid-request', `The ${parameter} parameter ${detail}.`, {
    errors: [{ parameter, detail }],
  });
}

/** A real calendar date written YYYY-MM-DD, as milliseconds at its UTC midnight. */
function parseDay(parameter: 'from' | 'to', value: string): number {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(ms) || utcDay(new Date(ms)) !== value)
    throw rangeProblem(parameter, 'must be a date written YYYY-MM-DD');
  return ms;
}

/** `from` and `to` (both included), by default the last 30 days up to today (UTC). */
export function statsRange(from: string | undefined, to: string | undefined, today = utcDay()) {
  const end = to === undefined ? Date.parse(`${today}T00:00:00Z`) : parseDay('to', to);
  const start = from === undefined ? end - (DEFAULT_DAYS - 1) * DAY_MS : parseDay('from', from);
  if (start > end) throw rangeProblem('from', 'must not be after to');
  if ((end - start) / DAY_MS + 1 > MAX_DAYS)
    throw rangeProblem('from', `must be at most ${MAX_DAYS} days before to`);
  const days: string[] = [];
  for (let ms = start; ms <= end; ms += DAY_MS) days.push(utcDay(new Date(ms)));
  return days;
}

export interface CountRow {
  day: string;
  metric: string;
  count: number;
}

/** The stats of `days` from the counter rows of one clinic. */
export function statsFromRows(
  clinic: string,
  days: readonly string[],
  rows: readonly CountRow[],
): ClinicStats {
  const byDay = new Map(days.map((date) => [date, emptyCounts()]));
  const totals = emptyCounts();
  for (const row of rows) {
    const counts = byDay.get(row.day);
    if (!counts) continue;
    add(counts, row.metric, row.count);
    add(totals, row.metric, row.count);
  }
  const from = days[0] ?? '';
  const to = days[days.length - 1] ?? '';
  return { clinic, from, to, timeZone: 'UTC', totals, days: [...byDay].map(([date, c]) => ({ date, ...c })) };
}
