import { type Context, Hono } from 'hono';
import { cors } from 'hono/cors';
import { logoHeaders } from '../clinics/logo.ts';
import { fetchLogo } from '../clinics/logo-host.ts';
import {
  clickFromOtherPage,
  logoUnavailable,
  noLogo,
  statsUnavailable,
  unknownClinic,
} from '../clinics/problems.ts';
import { type ClinicProfile, originMayCount, publicProfile } from '../clinics/profile.ts';
import { statsTokenAuth } from '../clinics/stats-access.ts';
import { findClinic, requireClinic } from '../clinics/store.ts';
import type { AppEnv } from '../env.ts';
import { PROFILE_CACHE_CONTROL } from '../http/cacheable.ts';
import { clickRateLimit } from '../http/rate-limit.ts';
import { countLater } from '../usage/counters.ts';
import { statsRange } from '../usage/stats.ts';
import { readStats } from '../usage/store.ts';

const lookups = new WeakMap<Request, Promise<ClinicProfile | null>>();

/** The clinic of `:id`, read once per request: the CORS check and the route both need it. */
function clinicOfPath(c: Context<AppEnv>): Promise<ClinicProfile | null> {
  let clinic = lookups.get(c.req.raw);
  if (!clinic) {
    clinic = findClinic(c.env, c.req.param('id') ?? '');
    lookups.set(c.req.raw, clinic);
  }
  return clinic;
}

async function clinicForPage(c: Context<AppEnv>): Promise<ClinicProfile> {
  const clinic = await clinicOfPath(c);
  if (!clinic) throw unknownClinic(c.req.param('id') ?? '');
  return clinic;
}

/**
 * CORS per clinic, with Hono's cors and an origin function: a page may read the answer only if its
 * origin is one the clinic listed, so a page the clinic did not allow cannot wear its brand (the widget
 * falls back to unbranded). Hono adds `Vary: Origin` to every answer, the 404 too, which keeps shared
 * caches from handing one origin's answer to another. A failed read allows no origin; the route then
 * answers it.
 */
const clinicCors = cors({
  origin: async (origin, c) => {
    const clinic = await clinicOfPath(c).catch(() => null);
    return clinic?.origins.includes(origin) ? origin : null;
  },
});

/**
 * GET /v1/clinics/:id (the public profile), GET /v1/clinics/:id/logo (its logo, from this origin), POST
 * /v1/clinics/:id/clicks (a booking-click beacon) and GET /v1/clinics/:id/stats (usage counts, behind
 * the clinic's stats token, never cross-origin).
 */
export const clinicRoutes = new Hono<AppEnv>()
  .get('/:id', clinicCors, async (c) => {
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
  .post('/:id/clicks', clickRateLimit, clinicCors, async (c) => {
    const clinic = await clinicForPage(c);
    if (!originMayCount(clinic, c.req.header('origin'), new URL(c.req.url).origin))
      throw clickFromOtherPage(clinic.id);
    countLater(c, clinic, ['booking-clicks']);
    return c.body(null, 204, { 'Cache-Control': 'no-store' });
  })
  .get('/:id/stats', statsTokenAuth, async (c) => {
    const clinic = c.var.clinic;
    const days = statsRange(c.req.query('from'), c.req.query('to'));
    let stats: Awaited<ReturnType<typeof readStats>>;
    try {
      stats = await readStats(c.env.DB, clinic, days);
    } catch {
      throw statsUnavailable();
    }
    return c.json(stats, 200, { 'Cache-Control': 'no-store' });
  });
