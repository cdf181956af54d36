import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { triage } from '../../shared/index.ts';
import type { StoredReport } from '../../worker/reports/report.ts';
import { ReportCreatedSchema } from '../../worker/schemas.ts';
import { CODE_PATTERN, sha256Hex } from '../../worker/secrets.ts';
import { brokenKv, CLINIC_SITE, OTHER_SITE, putClinic, settled, withBindings } from './clinic-helpers.ts';
import {
  api,
  errorsByPointer,
  expectProblem,
  freshIp,
  inOneWindow,
  jsonPost,
  preflight,
  SITTING_BONE_ACHE,
  triageBody,
} from './helpers.ts';

afterEach(() => vi.restoreAllMocks());

const DAY_SECONDS = 86_400;
const { clinic } = await putClinic();

async function share(body: unknown = triageBody(), headers: Record<string, string> = {}) {
  return api('/v1/reports', jsonPost(body, headers));
}

async function created(body?: unknown, headers?: Record<string, string>) {
  const res = await share(body, headers);
  expect(res.status).toBe(201);
  return ReportCreatedSchema.parse(await res.json());
}

const stored = async (code: string) => env.REPORTS.get<StoredReport>(code, 'json');

describe('POST /v1/reports', () => {
  it('stores answers and the computed result under a code to read over the phone, 12 symbols in groups of four, for 30 days', async () => {
    const before = Math.floor(Date.now() / 1000);
    const report = await created();
    expect(report.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(report.code).toMatch(CODE_PATTERN);
    expect(report.url).toBe(`/r/${report.code}`);
    // 12 symbols of a 32-symbol alphabet: 60 bits, the figure SECURITY.md's arithmetic uses.
    expect(report.code.replaceAll('-', '').length * Math.log2(32)).toBe(60);
    const value = await stored(report.code);
    expect(value?.answers).toEqual(SITTING_BONE_ACHE);
    expect(value?.result).toEqual(triage({ lang: 'en', answers: SITTING_BONE_ACHE }));
    expect(value?.questionnaireVersion).toBe(triageBody().questionnaireVersion);
    const { keys } = await env.REPORTS.list({ prefix: report.code });
    const expiration = keys[0]?.expiration ?? 0;
    expect(expiration).toBeGreaterThanOrEqual(before + 30 * DAY_SECONDS - 5);
    expect(expiration).toBeLessThanOrEqual(before + 30 * DAY_SECONDS + 5);
    expect(Date.parse(report.expiresAt) / 1000).toBeCloseTo(expiration, -1);
  });

  it('answers 201 with the page, its absolute address and a delete token, never cached', async () => {
    const res = await share();
    expect(res.status).toBe(201);
    const report = ReportCreatedSchema.parse(await res.json());
    expect(report.url).toBe(`/r/${report.code}`);
    expect(report.href).toBe(`https://hc.test/r/${report.code}`);
    expect(res.headers.get('location')).toBe(report.url);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(report.clinic).toBeNull();
    expect(report.bookingUrl).toBeUndefined();
  });

  it('keeps the delete token only as its SHA-256 hash, and no identity or IP address at all', async () => {
    const ip = '198.51.100.23';
    const report = await created(triageBody(), { 'CF-Connecting-IP': ip, 'User-Agent': 'RunnerPhone/1.0' });
    const raw = (await env.REPORTS.get(report.code)) ?? '';
    expect(raw).not.toContain(report.deleteToken);
    expect(JSON.parse(raw).deleteTokenHash).toBe(await sha256Hex(report.deleteToken));
    expect(raw).not.toContain(ip);
    expect(raw).not.toContain('RunnerPhone');
    expect(Object.keys(JSON.parse(raw)).sort()).toEqual(
      [
        'answers',
        'createdAt',
        'deleteTokenHash',
        'expiresAt',
        'lang',
        'questionnaireVersion',
        'result',
      ].sort(),
    );
  });

  it('gives every report its own code', async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 8; i++) codes.add((await created()).code);
    expect(codes.size).toBe(8);
  });

  it('validates the body exactly like triage, and names clinic among the fields', async () => {
    const unknownField = await expectProblem(
      await share(triageBody(undefined, { name: 'Ann' })),
      400,
      'invalid-request',
    );
    expect(errorsByPointer(unknownField)['/name']).toContain(
      'questionnaireVersion, lang, answers and clinic',
    );
    const badClinic = await expectProblem(
      await share(triageBody(undefined, { clinic: 'Not A Slug' })),
      400,
      'invalid-request',
    );
    expect(Object.keys(errorsByPointer(badClinic))).toEqual(['/clinic']);
    await expectProblem(await share(triageBody({ ...SITTING_BONE_ACHE, age: 7 })), 400, 'invalid-answers');
    await expectProblem(
      await share(triageBody(undefined, { questionnaireVersion: 'old' })),
      409,
      'stale-questionnaire',
    );
    await expectProblem(
      await api('/v1/reports', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' }),
      415,
      'unsupported-media-type',
    );
    await expectProblem(
      await api('/v1/reports', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{',
      }),
      400,
      'malformed-json',
    );
  });

  it('stores nothing when the body is refused', async () => {
    const before = (await env.REPORTS.list()).keys.length;
    await share(triageBody({ ...SITTING_BONE_ACHE, age: 7 }));
    expect((await env.REPORTS.list()).keys.length).toBe(before);
  });

  it('names the clinic from one of its pages, with a booking link that carries the code in its fragment, never its query', async () => {
    const report = await created(triageBody(undefined, { clinic: clinic.id }), { Origin: CLINIC_SITE });
    expect(report.clinic).toBe(clinic.id);
    // A fragment is never sent to a server, so the code stays out of request logs and the Referer header.
    expect(report.bookingUrl).toBe(`${CLINIC_SITE}/demo/clinic#hc=${report.code}`);
    expect(new URL(report.bookingUrl ?? '').search).toBe('');
    expect((await stored(report.code))?.clinic).toEqual({ id: clinic.id, name: clinic.name });
  });

  it('keeps a booking link’s own query and fragment, adding the code after the fragment’s text', async () => {
    await putClinic({ id: 'own-fragment', bookingUrl: `${CLINIC_SITE}/book?from=widget#slots` });
    const report = await created(triageBody(undefined, { clinic: 'own-fragment' }));
    expect(report.bookingUrl).toBe(`${CLINIC_SITE}/book?from=widget#slots&hc=${report.code}`);
    expect(new URLSearchParams(new URL(report.bookingUrl ?? '').hash.slice(1)).get('hc')).toBe(report.code);
  });

  it('leaves the booking link as it is for a clinic that did not ask for the code', async () => {
    await putClinic({ id: 'plain-link', shareParam: undefined });
    const report = await created(triageBody(undefined, { clinic: 'plain-link' }));
    expect(report.bookingUrl).toBe(`${CLINIC_SITE}/demo/clinic`);
  });

  it.each([
    ['an unknown clinic', 'nobody-here', CLINIC_SITE],
    ['a page the clinic did not allow', clinic.id, OTHER_SITE],
  ])('shares without a clinic for %s', async (_, id, origin) => {
    const report = await created(triageBody(undefined, { clinic: id }), { Origin: origin });
    expect(report.clinic).toBeNull();
    expect(report.bookingUrl).toBeUndefined();
    expect((await stored(report.code))?.clinic).toBeUndefined();
  });

  it('still shares, without the clinic, when the clinic profiles fail', async () => {
    const res = await settled(
      '/v1/reports',
      jsonPost(triageBody(undefined, { clinic: clinic.id })),
      withBindings({ CLINICS: brokenKv }),
    );
    expect(res.status).toBe(201);
    expect(((await res.json()) as { clinic: string | null }).clinic).toBeNull();
  });

  it('answers 503 when the report store fails, saying the result on screen is not affected', async () => {
    const res = await settled('/v1/reports', jsonPost(triageBody()), withBindings({ REPORTS: brokenKv }));
    const problem = await expectProblem(res, 503, 'service-unavailable');
    expect(problem.detail).toContain('result on screen');
  });

  it('allows 10 shares a minute per IP address, then 429 with Retry-After', async () => {
    const { statuses, limited } = await inOneWindow(60, async (ip) => {
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++)
        statuses.push((await share(triageBody(), { 'CF-Connecting-IP': ip })).status);
      return { statuses, limited: await share(triageBody(), { 'CF-Connecting-IP': ip }) };
    });
    expect(statuses).toEqual(Array(10).fill(201));
    expect(limited.headers.get('retry-after')).toBe('60');
    expect((await expectProblem(limited, 429, 'rate-limited')).detail).toContain('at most 10 a minute');
  });

  it('can be called from any page, without credentials, Authorization allowed for deleting', async () => {
    const allowed = await preflight('/v1/reports/x', OTHER_SITE, 'DELETE', 'authorization');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('*');
    expect(allowed.headers.get('access-control-allow-methods')).toContain('DELETE');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('Authorization');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const res = await share(triageBody(), { Origin: OTHER_SITE });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toContain('Location');
  });
});

describe('DELETE /v1/reports/:code', () => {
  const remove = (code: string, auth?: string) =>
    api(`/v1/reports/${code}`, {
      method: 'DELETE',
      headers: { 'CF-Connecting-IP': freshIp(), ...(auth ? { Authorization: auth } : {}) },
    });

  it('answers a missing token with 401 and a Bearer challenge', async () => {
    const { code } = await created();
    const res = await remove(code);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="shared report"');
    await expectProblem(res, 401, 'unauthorized');
    expect(await stored(code)).not.toBeNull();
  });

  it('answers another scheme with 401 invalid_request', async () => {
    const { code, deleteToken } = await created();
    const res = await remove(code, `Basic ${btoa(`x:${deleteToken}`)}`);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="shared report", error="invalid_request"');
    await expectProblem(res, 401, 'unauthorized');
  });

  it("answers a wrong token, or another report's, with 403 and keeps the report", async () => {
    const { code } = await created();
    const other = await created();
    await expectProblem(await remove(code, 'Bearer hcd_0000000000000000000000000'), 403, 'forbidden');
    await expectProblem(await remove(code, `Bearer ${other.deleteToken}`), 403, 'forbidden');
    expect(await stored(code)).not.toBeNull();
  });

  it('deletes at once with the right token (204), after which the report is 404 everywhere', async () => {
    const { code, deleteToken } = await created();
    const res = await remove(code, `Bearer ${deleteToken}`);
    expect(res.status).toBe(204);
    expect(await stored(code)).toBeNull();
    expect((await api(`/r/${code}`, { headers: { 'CF-Connecting-IP': freshIp() } })).status).toBe(404);
    await expectProblem(await remove(code, `Bearer ${deleteToken}`), 404, 'not-found');
  });

  it('answers an unknown code with 404, saying what a code looks like', async () => {
    const problem = await expectProblem(await remove('7K3Q-DM9X-WE4F', 'Bearer hcd_x'), 404, 'not-found');
    expect(problem.detail).toContain('12 characters such as 7K3Q-DM9X-WE4F');
  });

  it('takes the code as it was read out: lower case, without hyphens, O for 0 and I or L for 1', async () => {
    const { code, deleteToken } = await created();
    const spoken = code.toLowerCase().replaceAll('-', '').replaceAll('0', 'o').replaceAll('1', 'l');
    expect((await remove(spoken, `Bearer ${deleteToken}`)).status).toBe(204);
    expect(await stored(code)).toBeNull();
  });

  it('counts against the lookup limit of the clinician page: 10 a minute per IP address', async () => {
    const { code } = await created();
    const { statuses, limited } = await inOneWindow(60, async (ip) => {
      const headers = { 'CF-Connecting-IP': ip, Authorization: 'Bearer hcd_x' };
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++)
        statuses.push((await api(`/v1/reports/${code}`, { method: 'DELETE', headers })).status);
      return { statuses, limited: await api(`/v1/reports/${code}`, { method: 'DELETE', headers }) };
    });
    expect(statuses).toEqual(Array(10).fill(403));
    expect(limited.headers.get('retry-after')).toBe('60');
    expect((await expectProblem(limited, 429, 'rate-limited')).detail).toContain(
      'Too many report lookups from this address: at most 10 a minute',
    );
  });

  it('is readable from any page, the challenge header included', async () => {
    const { code } = await created();
    const res = await api(`/v1/reports/${code}`, { method: 'DELETE', headers: { Origin: OTHER_SITE } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toContain('WWW-Authenticate');
  });
});
