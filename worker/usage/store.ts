/** @module The usage counters in D1 (table `clinic_daily_counts`, worker/migrations): writing and reading. */
import type { Metric } from './metrics.ts';
import { type ClinicStats, type CountRow, statsFromRows } from './stats.ts';

/** One statement for all of a request's counters, so they land together or not at all. */
export async function increment(
  db: D1Database,
  clinic: string,
  day: string,
  metrics: readonly Metric[],
): Promise<void> {
  const rows = metrics.map((_, i) => `(?1, ?2, ?${i + 3}, 1)`).join(', ');
  await db
    .prepare(
      `INSERT INTO clinic_daily_counts (clinic, day, metric, count) VALUES ${rows}
       ON CONFLICT (clinic, day, metric) DO UPDATE SET count = count + excluded.count`,
    )
    .bind(clinic, day, ...metrics)
    .run();
}

export async function readStats(
  db: D1Database,
  clinic: string,
  days: readonly string[],
): Promise<ClinicStats> {
  const { results } = await db
    .prepare('SELECT day, metric, count FROM clinic_daily_counts WHERE clinic = ?1 AND day BETWEEN ?2 AND ?3')
    .bind(clinic, days[0] ?? '', days[days.length - 1] ?? '')
    .all<CountRow>();
  return statsFromRows(clinic, days, results);
}
