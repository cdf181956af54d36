import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { text, triage } from '../../shared/index.ts';
import { REPORT_CSS } from '../../worker/reports/page-styles.ts';
import type { StoredReport } from '../../worker/reports/report.ts';
import { VIGNETTE_ANSWERS } from '../shared/vignettes/answers.ts';
import { brokenKv, CLINIC_SITE, putClinic, settled, withBindings } from './clinic-helpers.ts';
import { api, freshIp, inOneWindow, jsonPost, SITTING_BONE_ACHE, triageBody } from './helpers.ts';

const { clinic } = await putClinic();

async function share(extra: Record<string, unknown> = {}, answers = SITTING_BONE_ACHE) {
  const res = await api('/v1/reports', jsonPost(triageBody(answers, extra), { Origin: CLINIC_SITE }));
  return (await res.json()) as { code: string; deleteToken: string };
}

/** The page from a fresh client address, so tests never spend each other's lookups. */
const page = (code: string, headers: Record<string, string> = {}) =>
  api(`/r/${code}`, { headers: { 'CF-Connecting-IP': freshIp(), ...headers } });

const PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(2)>', '"><svg onload=alert(3)>'];

/** A stored report whose every echoed text is a payload, as a later hardening issue will try. */
async function hostileReport(code: string): Promise<void> {
  const result = triage({ lang: 'en', answers: SITTING_BONE_ACHE });
  const [a, b, c] = PAYLOADS as [string, string, string];
  const summary = result.clinicianSummary;
  const report: StoredReport = {
    questionnaireVersion: a,
    lang: 'en',
    answers: SITTING_BONE_ACHE,
    result: {
      ...result,
      urgency: { ...result.urgency, title: a },
      stretch: { ...result.stretch, headline: b },
      disclaimer: c,
      clinicianSummary: {
        ...summary,
        questionnaireVersion: c,
        positives: [a, b],
        redFlagScreen: [{ label: b, status: 'positive' }],
        ranked: [{ ...(summary.ranked[0] ?? { id: 'doms', band: 'likely' }), name: a, evidence: [b, c] }],
        suggestedTests: [{ name: a, for: b, accuracy: c, source: a }],
        outcomeMeasures: [{ name: b, why: c }],
        text: PAYLOADS.join('\n'),
      },
    },
    clinic: { id: 'x', name: a },
    createdAt: '2026-11-22T10:00:00.000Z',
    expiresAt: '2099-01-01T00:00:00.000Z',
    deleteTokenHash: '0'.repeat(64),
  };
  await env.REPORTS.put(code, JSON.stringify(report));
}

describe('GET /r/:code', () => {
  it('renders the clinician summary: urgency, stretch advice, red flags, findings, sources, tests, measures', async () => {
    const { code } = await share({ clinic: clinic.id });
    const res = await page(code);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-language')).toBe('en');
    const html = await res.text();
    const summary = triage({ lang: 'en', answers: SITTING_BONE_ACHE }).clinicianSummary;
    for (const heading of [
      'Urgency',
      'Stretch advice given',
      'Red-flag screen',
      'Positive findings',
      'Likely sources',
      'Suggested in-clinic tests',
      'Suggested outcome measures',
      'Questionnaire version',
    ])
      expect(html).toContain(`${heading}<`);
    expect(html).toContain('Self-reported questionnaire; not a diagnosis.');
    expect(html).toContain('Book a physiotherapist');
    expect(html).toContain('Riverside Sports Physiotherapy');
    expect(html).toContain(summary.questionnaireVersion);
    expect(html).toContain('Sn 0.84, Sp 0.87');
    for (const ranked of summary.ranked) expect(html).toContain(ranked.name.replace(/'/g, '&#39;'));
    expect(html).toMatch(
      /Shared on<\/dt><dd><time datetime="\d{4}-\d\d-\d\dT[^"]+">\d{4}-\d\d-\d\d \d\d:\d\d UTC/,
    );
    expect(html).toContain('Deleted automatically on');
  });

  it('puts positive and unsure red flags at the top of the screen, and says so when all are negative', async () => {
    const calm = await (await page((await share()).code)).text();
    expect(calm).toMatch(/<p><strong>All \d+ negative<\/strong><\/p>/);
    const { code } = await share({}, VIGNETTE_ANSWERS['P05-cauda-equina']);
    const html = await (await page(code)).text();
    expect(html).not.toContain('negative</strong>');
    const rows = [...html.matchAll(/<tr class="([a-z-]+)"/g)].map((m) => m[1]);
    expect(rows[0]).toBe('positive');
    expect(rows.lastIndexOf('positive')).toBeLessThan(rows.indexOf('negative'));
  });

  it("is in the report's language, whatever the reader's browser asks for", async () => {
    const { code } = await share({ lang: 'es' });
    const res = await page(code, { 'Accept-Language': 'en' });
    expect(res.headers.get('content-language')).toBe('es');
    const html = await res.text();
    expect(html).toContain('<html lang="es">');
    expect(html).toContain(text('es', 'summary.not-diagnosis'));
    expect(html).toContain(text('es', 'summary.positives'));
    expect(html).not.toContain(text('en', 'summary.positives'));
  });

  it('is served with no script, a CSP that allows only its own inline stylesheet, noindex and no referrer', async () => {
    const { code } = await share();
    const res = await page(code);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src|unsafe-inline|unsafe-eval/);
    expect(csp).toContain("frame-ancestors 'none'");
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(REPORT_CSS));
    expect(csp).toContain(`style-src 'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`);
    expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const html = await res.text();
    expect(html).not.toMatch(/<script|\son\w+=|javascript:/i);
    expect(html).not.toMatch(/\s(?:src|href)=/i);
    expect(html.match(/<style>([\s\S]*?)<\/style>/)?.[1]).toBe(REPORT_CSS);
    expect(REPORT_CSS).toContain('@media print');
  });

  it('renders every stored value as escaped text: <script> and <img onerror> payloads stay inert', async () => {
    const code = `bad${'a'.repeat(23)}`;
    await hostileReport(code);
    const res = await page(code);
    expect(res.status).toBe(200);
    const html = await res.text();
    // The payloads' attributes survive as text; what matters is that no tag of theirs does.
    expect(html).not.toMatch(/<script|<img|<svg/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('&quot;&gt;&lt;svg onload=alert(3)&gt;');
  });

  it('opens with the code as a person reads it out or types it: any case, hyphens and spaces optional, I and L for 1, O for 0', async () => {
    const { code } = await share();
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const bare = code.replaceAll('-', '');
    const misread = bare.replaceAll('0', 'O').replaceAll('1', 'I');
    for (const typed of [
      code,
      code.toLowerCase(),
      bare,
      bare.toLowerCase(),
      `${bare.slice(0, 4)} ${bare.slice(4, 8)} ${bare.slice(8)}`,
      `${bare.slice(0, 6)}-${bare.slice(6)}`,
      misread,
      bare.replaceAll('1', 'l').toLowerCase(),
    ]) {
      const res = await page(encodeURIComponent(typed));
      expect(res.status, typed).toBe(200);
      // The page always names the code in its one printed form.
      expect(await res.text(), typed).toContain(`<dd>${code}</dd>`);
    }
  });

  it('still opens a 26-character code shared before codes became readable, until it expires', async () => {
    const { code } = await share();
    const old = 'k7m2q9x4c8v1b6n3r5t0w2y4z8';
    await env.REPORTS.put(old, (await env.REPORTS.get(code)) ?? '');
    expect((await page(old)).status).toBe(200);
    expect((await page(old.toUpperCase())).status).toBe(200);
  });

  it('opens 10 summaries a minute per IP address, then answers 429 with a page and Retry-After', async () => {
    const { code } = await share();
    const { statuses, limited } = await inOneWindow(60, async (ip) => {
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) statuses.push((await page(code, { 'CF-Connecting-IP': ip })).status);
      return { statuses, limited: await page(code, { 'CF-Connecting-IP': ip }) };
    });
    expect(statuses).toEqual(Array(10).fill(200));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(limited.headers.get('content-type')).toContain('text/html');
    expect(limited.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await limited.text()).toContain('This summary cannot be shown right now');
    expect((await page(code)).status).toBe(200);
  });

  it('answers a code that never existed, one that expired and one deleted with the same 404 page', async () => {
    const pages: { status: number; headers: string; body: string }[] = [];
    const record = async (res: Response) => {
      const headers = [...res.headers].filter(([name]) => name !== 'x-request-id');
      pages.push({ status: res.status, headers: JSON.stringify(headers), body: await res.text() });
    };
    await record(await page('0123456789abcdefghjkmnpqrs'));
    await record(await page('7K3Q-DM9X-WE4F'));
    await record(await page('not-even-a-code'));

    const { code: expired } = await share();
    const value = JSON.parse((await env.REPORTS.get(expired)) ?? '{}');
    await env.REPORTS.put(
      expired,
      JSON.stringify({ ...value, expiresAt: new Date(Date.now() - 1000).toISOString() }),
    );
    await record(await page(expired));

    const { code: deleted, deleteToken } = await share();
    await api(`/v1/reports/${deleted}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${deleteToken}` },
    });
    await record(await page(deleted));

    expect(pages[0]?.status).toBe(404);
    expect(pages[0]?.body).toContain('This summary is not available');
    expect(pages[0]?.headers).toContain('noindex');
    for (const other of pages.slice(1)) expect(other).toEqual(pages[0]);
  });

  it("shows the missing page in the reader's language, which says nothing about the code", async () => {
    const res = await page('0123456789abcdefghjkmnpqrs', { 'Accept-Language': 'es-ES,es;q=0.9' });
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Este resumen no está disponible');
  });

  it('answers 503 with a page (not a problem) when the report store fails', async () => {
    const res = await settled('/r/7K3Q-DM9X-WE4F', {}, withBindings({ REPORTS: brokenKv }));
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('60');
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('cannot be shown right now');
  });

  it('accepts only GET and HEAD', async () => {
    const res = await api('/r/7K3Q-DM9X-WE4F', { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });
});
