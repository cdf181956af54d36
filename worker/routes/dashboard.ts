/**
 * GET /clinics/:id/dashboard (the page) and GET /clinics/:id/dashboard/panels (its charts and tables for
 * `from`–`to`, behind the clinic's stats token like GET /v1/clinics/:id/stats). Same-origin only: no CORS.
 */
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { statsUnavailable } from '../clinics/problems.ts';
import type { ClinicProfile } from '../clinics/profile.ts';
import { CLINIC_ID_PATTERN, countsKey } from '../clinics/profile.ts';
import { statsTokenAuth } from '../clinics/stats-access.ts';
import { DASHBOARD_POLICY, renderDashboardPage } from '../dashboard/page.ts';
import { type PanelData, renderPanels } from '../dashboard/panels.ts';
import type { AppEnv } from '../env.ts';
import { findApiKey, readKeyUsage } from '../keys/store.ts';
import { noEndpoint } from '../problems.ts';
import { statsRange } from '../usage/stats.ts';
import { readStats } from '../usage/store.ts';
import { readDeadLetters } from '../webhooks/dead-letters.ts';

const PAGE_HEADERS = {
  'Content-Security-Policy': DASHBOARD_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex, nofollow',
  'Cache-Control': 'no-store',
};

async function panelData(env: Env, clinic: ClinicProfile, days: string[]): Promise<PanelData> {
  const from = days[0] ?? '';
  const to = days[days.length - 1] ?? '';
  const [stats, usage, deadLetters] = await Promise.all([
    readStats(env.DB, clinic, days),
    readKeyUsage(env.DB, clinic.id, from, to),
    readDeadLetters(env.DB, countsKey(clinic), from, to),
  ]);
  // A label is a nicety: a key that cannot be read shows by its id.
  const keys = await Promise.all(
    usage.map(async (k) => ({ ...k, label: (await findApiKey(env, k.id).catch(() => null))?.label })),
  );
  return { clinic, stats, keys, deadLetters };
}

/** A path whose id could not be a clinic's is no page at all: a 404 before any token is asked for. */
const clinicPath = createMiddleware<AppEnv>(async (c, next) => {
  if (!CLINIC_ID_PATTERN.test(c.req.param('id') ?? '')) throw noEndpoint(c.req.path);
  await next();
});

export const dashboardRoutes = new Hono<AppEnv>()
  .get('/clinics/:id/dashboard', clinicPath, (c) =>
    c.html(renderDashboardPage(c.req.param('id')), 200, PAGE_HEADERS),
  )
  .get('/clinics/:id/dashboard/panels', clinicPath, statsTokenAuth, async (c) => {
    const clinic = c.var.clinic;
    const days = statsRange(c.req.query('from'), c.req.query('to'));
    let data: PanelData;
    try {
      data = await panelData(c.env, clinic, days);
    } catch {
      throw statsUnavailable();
    }
    return c.html(renderPanels(data), 200, PAGE_HEADERS);
  });
