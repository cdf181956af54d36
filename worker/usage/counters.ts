/**
 * @module Counting for a clinic after the response (`waitUntil`), so a runner's result never waits for
 * KV or D1 and never fails because of them; a failure only loses that count.
 */
import type { Context } from 'hono';
import { type ClinicProfile, countsKey, originMayCount } from '../clinics/profile.ts';
import { findClinic } from '../clinics/store.ts';
import type { AppEnv } from '../env.ts';
import { inBackground } from '../http/background.ts';
import { type Metric, utcDay } from './metrics.ts';
import { increment } from './store.ts';

/** Counts for a clinic already checked (it exists, the page may count for it), after the response. */
export function countLater(c: Context<AppEnv>, clinic: ClinicProfile, metrics: readonly Metric[]): void {
  const day = utcDay();
  inBackground(c, 'usage count', () => increment(c.env.DB, countsKey(clinic), day, metrics));
}

/**
 * Counts for `clinicId` after the response, if that clinic exists and the request comes from one of its
 * pages (or from no page: a server or curl). The profile is read in the background too, so a triage
 * result never waits for KV or D1, and never fails because of them.
 */
export function countForClinic(c: Context<AppEnv>, clinicId: string, metrics: readonly Metric[]): void {
  const day = utcDay();
  const origin = c.req.header('origin');
  const self = new URL(c.req.url).origin;
  inBackground(c, 'usage count', async () => {
    const clinic = await findClinic(c.env, clinicId);
    if (clinic && originMayCount(clinic, origin, self))
      await increment(c.env.DB, countsKey(clinic), day, metrics);
  });
}
