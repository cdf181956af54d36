/**
 * @module The usage counters in D1 (table `clinic_daily_counts`, worker/migrations): writing and reading.
 * Rows are keyed by the profile's counts key (its `clinic` column), not by the clinic id, so an id removed
 * and added again does not inherit the old rows.
 */
import { type ClinicProfile, countsKey } from '../clinics/profile.ts';
import type { Metric } from './metrics.ts';
import { type ClinicStats, type CountRow, statsFromRows } from './stats.ts';

/** One statement for all of a request's counters, so they land together or not at all. */
export async function increment(
  db: D1Database,
  key: string,
  day: string,
  metrics: readonly Metric[],
): Promise<void> {
  const rows = metrics.map((_, i) => `(?1, ?2, ?${i + 3}, 1)`).join(', ');
  await db
    .prepare(
      `INSERT INTO clinic_daily_counts (clinic, day, metric, count) VALUES ${rows}
       ON CONFLICT (clinic, day, metric) DO UPDATE SET count = count + excluded.count`,
    )
    .bind(key, day, ...metrics)
    .run();
}

export async function readStats(
  db: D1Database,
  clinic: ClinicProfile,
  days: readonly string[],
): Promise<ClinicStats> {
  const { results } = await db
    .prepare('SELECT day, metric, count FROM clinic_daily_counts WHERE clinic = ?1 AND day BETWEEN ?2 AND ?3')
    .bind(countsKey(clinic), days[0] ?? '', days[days.length - 1] ?? '')
    .all<CountRow>();
  return statsFromRows(clinic.id, days, results);
}
