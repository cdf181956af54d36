/**
 * The clinic dashboard: the page (no token in it, a strict policy) and its panels, behind the stats
 * token: server-side SVG charts, each with its table, of the counts the stats API reads.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { conditionCatalogue } from '../../shared/index.ts';
import { countsKey } from '../../worker/clinics/profile.ts';
import { escapeHtml } from '../../worker/http/html.ts';
import { increment } from '../../worker/usage/store.ts';
import { putClinic, today } from './clinic-helpers.ts';
import { api, expectProblem } from './helpers.ts';

const { clinic, token } = await putClinic({ name: 'Riverside <Sports> Physio' });
await increment(env.DB, countsKey(clinic), today(), [
  'completions',
  'urgency:routine',
  'condition:proximal-tendinopathy',
]);
await increment(env.DB, countsKey(clinic), today(), ['completions', 'urgency:same-day', 'booking-clicks']);
await env.DB.prepare(
  "INSERT INTO api_key_daily_usage (key_id, clinic, day, requests) VALUES ('k7m2q9x4c8', ?1, ?2, 42)",
)
  .bind(clinic.id, today())
  .run();

const panels = (headers: Record<string, string> = {}, query = '') =>
  api(`/clinics/${clinic.id}/dashboard/panels${query}`, { headers });

describe('GET /clinics/:id/dashboard', () => {
  it('serves the page shell under a strict policy, with its script from this origin and no token in it', async () => {
    const res = await api(`/clinics/${clinic.id}/dashboard`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('<script src="/dashboard/dashboard.js" defer></script>');
    expect(html).toContain('sessionStorage');
    expect(html).not.toMatch(/<script>/);
  });

  it('answers a malformed clinic id with a 404 problem', async () => {
    await expectProblem(await api('/clinics/NOT_AN_ID/dashboard'), 404, 'not-found');
  });
});

describe('GET /clinics/:id/dashboard/panels', () => {
  it('asks for the stats token (401) and refuses a wrong one (403)', async () => {
    await expectProblem(await panels(), 401, 'unauthorized');
    await expectProblem(
      await panels({ Authorization: 'Bearer hcs_0000000000000000000000000' }),
      403,
      'forbidden',
    );
  });

  it('draws each chart as an SVG image with a title and a description, followed by its table', async () => {
    const res = await panels({ Authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
    const html = await res.text();
    const figures = html.match(/<figure class="chart"[\s\S]*?<\/figure>/g) ?? [];
    expect(figures).toHaveLength(4);
    for (const figure of figures) {
      expect(figure).toMatch(/<svg [^>]*role="img" aria-labelledby="([\w-]+)-t \1-d"/);
      expect(figure).toMatch(/<title id="[\w-]+-t">[^<]+<\/title><desc id="[\w-]+-d">[^<]+<\/desc>/);
      expect(figure).toMatch(/<details><summary>[^<]+: as a table<\/summary><table>/);
    }
    expect(html).not.toContain('<script');
  });

  it('shows the counts of the range: totals, urgency, first condition, booking clicks and key use', async () => {
    const html = await (await panels({ Authorization: `Bearer ${token}` })).text();
    expect(html).toContain('<dt>Triages</dt><dd>2</dd>');
    expect(html).toContain('<dt>Booking clicks</dt><dd>1</dd>');
    expect(html).toMatch(/<th scope="row">Routine<\/th><td>1<\/td>/);
    expect(html).toMatch(/<th scope="row">Same day<\/th><td>1<\/td>/);
    const tendon = conditionCatalogue('en').find((c) => c.id === 'proximal-tendinopathy')?.name ?? '';
    expect(html).toContain(`<th scope="row">${escapeHtml(tendon)}</th><td>1</td>`);
    expect(html).toContain('<code>k7m2q9x4c8</code>');
    expect(html).toContain('<td>42</td>');
    expect(html).toContain('Riverside &lt;Sports&gt; Physio');
  });

  it('answers 400 for a range it cannot read, naming the parameter', async () => {
    const problem = await expectProblem(
      await panels({ Authorization: `Bearer ${token}` }, '?from=2026-02-30'),
      400,
      'invalid-request',
    );
    expect(problem.errors?.[0]?.parameter).toBe('from');
  });
});
