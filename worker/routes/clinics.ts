import { type Context, Hono } from 'hono';
import { logoHeaders } from '../clinics/logo.ts';
import { fetchLogo } from '../clinics/logo-host.ts';
import { clickFromOtherPage, logoUnavailable, noLogo, statsUnavailable } from '../clinics/problems.ts';
import { type ClinicProfile, originMayCount, publicProfile } from '../clinics/profile.ts';
import { clinicOfStatsToken } from '../clinics/stats-access.ts';
import { requireClinic } from '../clinics/store.ts';
import type { AppEnv } from '../env.ts';
import { PROFILE_CACHE_CONTROL } from '../http/cacheable.ts';
import { clickRateLimit } from '../http/rate-limit.ts';
import { countLater } from '../usage/counters.ts';
import { statsRange } from '../usage/stats.ts';
import { readStats } from '../usage/store.ts';

/**
 * CORS per clinic: a page may read the answer only if its origin is one the clinic listed, so a page the
 * clinic did not allow cannot wear its brand (the widget falls back to unbranded). `Vary: Origin`
 * keeps shared caches from handing one origin's answer to another.
 */
async function clinicForPage(c: Context<AppEnv>): Promise<ClinicProfile> {
  // Vary on every answer, the 404 too: whether a page may read it depends on the page.
  c.header('Vary', 'Origin');
  const clinic = await requireClinic(c.env, c.req.param('id') ?? '');
  const origin = c.req.header('origin');
  if (origin && clinic.origins.includes(origin)) c.header('Access-Control-Allow-Origin', origin);
  return clinic;
}

/**
 * GET /v1/clinics/:id (the public profile), GET /v1/clinics/:id/logo (its logo, from this origin), POST
 * /v1/clinics/:id/clicks (a booking-click beacon) and GET /v1/clinics/:id/stats (usage counts, behind
 * the clinic's stats token, never cross-origin).
 */
export const clinicRoutes = new Hono<AppEnv>()
  .get('/:id', async (c) => {
    const clinic = await clinicForPage(c);
    return c.json(publicProfile(clinic, new URL(c.req.url).origin), 200, {
      'Cache-Control': PROFILE_CACHE_CONTROL,
    });
  })
  .get('/:id/logo', async (c) => {
    const clinic = await requireClinic(c.env, c.req.param('id'));
    if (!clinic.logoUrl) throw noLogo(clinic.id);
    const logo = await fetchLogo(clinic.logoUrl);
    if (typeof logo === 'string') throw logoUnavailable(logo);
    return c.body(logo.bytes, 200, logoHeaders(logo.type));
  })
  .post('/:id/clicks', clickRateLimit, async (c) => {
    const clinic = await clinicForPage(c);
    if (!originMayCount(clinic, c.req.header('origin'), new URL(c.req.url).origin))
      throw clickFromOtherPage(clinic.id);
    countLater(c, clinic, ['booking-clicks']);
    return c.body(null, 204, { 'Cache-Control': 'no-store' });
  })
  .get('/:id/stats', async (c) => {
    const clinic = await clinicOfStatsToken(c, c.req.param('id'));
    const days = statsRange(c.req.query('from'), c.req.query('to'));
    let stats: Awaited<ReturnType<typeof readStats>>;
    try {
      stats = await readStats(c.env.DB, clinic, days);
    } catch {
      throw statsUnavailable();
    }
    return c.json(stats, 200, { 'Cache-Control': 'no-store' });
  });
