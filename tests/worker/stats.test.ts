import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { CONDITION_IDS, URGENCY_LEVELS } from '../../shared/index.ts';
import { ClinicStatsSchema } from '../../worker/schemas.ts';
import { newToken, STATS_TOKEN_PREFIX, sha256Hex } from '../../worker/secrets.ts';
import {
  brokenD1,
  CLINIC_SITE,
  putClinic,
  settled,
  today,
  triageFor,
  withBindings,
} from './clinic-helpers.ts';
import { api, expectProblem, preflight } from './helpers.ts';

const { clinic, token } = await putClinic({ id: 'stats-clinic' });
const bearer = (t: string) => ({ Authorization: `Bearer ${t}` });
const stats = (query = '', headers: Record<string, string> = bearer(token), id = clinic.id) =>
  api(`/v1/clinics/${id}/stats${query}`, { headers });

/** Every leaf of a JSON value with its path. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, v]) => [
      [`${path}/${key}#key`, key] as [string, unknown],
      ...leaves(v, `${path}/${key}`),
    ]);
  return [[path, value]];
}

const VOCABULARY = new Set<string>([...URGENCY_LEVELS, ...CONDITION_IDS, clinic.id, 'UTC']);
const FIELD_NAMES = new Set([
  'clinic',
  'from',
  'to',
  'timeZone',
  'totals',
  'days',
  'date',
  'completions',
  'byUrgency',
  'byCondition',
  'shares',
  'bookingClicks',
]);

describe('GET /v1/clinics/:id/stats', () => {
  it('answers a request without a token with 401 and a Bearer challenge', async () => {
    const res = await stats('', {});
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="clinic stats"');
    await expectProblem(res, 401, 'unauthorized');
  });

  it('answers another scheme with 401 invalid_request', async () => {
    const res = await stats('', { Authorization: `Basic ${btoa(`x:${token}`)}` });
    expect(res.headers.get('www-authenticate')).toContain('error="invalid_request"');
    await expectProblem(res, 401, 'unauthorized');
  });

  it('answers a wrong token, and an unknown clinic, with the same 403', async () => {
    const wrong = await expectProblem(
      await stats('', bearer(newToken(STATS_TOKEN_PREFIX))),
      403,
      'forbidden',
    );
    const unknown = await expectProblem(await stats('', bearer(token), 'no-such-clinic'), 403, 'forbidden');
    const otherClinicToken = await putClinic({ id: 'another-clinic' });
    const crossed = await expectProblem(await stats('', bearer(otherClinicToken.token)), 403, 'forbidden');
    expect(unknown.detail).toBe(wrong.detail);
    expect(crossed.detail).toBe(wrong.detail);
  });

  it('stops accepting a token once it is rotated', async () => {
    const { clinic: rotating, token: old } = await putClinic({ id: 'rotating' });
    const fresh = newToken(STATS_TOKEN_PREFIX);
    await env.CLINICS.put(
      rotating.id,
      JSON.stringify({ ...rotating, statsTokenHash: await sha256Hex(fresh) }),
    );
    await expectProblem(await stats('', bearer(old), rotating.id), 403, 'forbidden');
    expect((await stats('', bearer(fresh), rotating.id)).status).toBe(200);
  });

  it('is never readable cross-origin and never cached', async () => {
    const res = await stats('', { ...bearer(token), Origin: CLINIC_SITE });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('no-store');
    const refused = await preflight(`/v1/clinics/${clinic.id}/stats`, CLINIC_SITE, 'GET', 'authorization');
    expect(refused.status).toBe(405);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('returns the counts per UTC day: completions by urgency and first-ranked condition, shares, clicks', async () => {
    await triageFor(clinic.id, CLINIC_SITE);
    await triageFor(clinic.id);
    await settled(`/v1/clinics/${clinic.id}/clicks`, { method: 'POST', headers: { Origin: CLINIC_SITE } });
    const res = await stats(`?from=${today()}&to=${today()}`);
    const body = ClinicStatsSchema.parse(await res.json());
    expect(body.days).toHaveLength(1);
    expect(body.totals).toMatchObject({ completions: 2, shares: 0, bookingClicks: 1 });
    expect(body.totals.byUrgency.routine).toBe(2);
    expect(body.totals.byCondition['proximal-tendinopathy']).toBe(2);
    expect(body.days[0]).toEqual({ date: today(), ...body.totals });
  });

  it('contains counts only: every leaf is a number, a date or a vocabulary id, every key a field or vocabulary id', async () => {
    await triageFor(clinic.id, CLINIC_SITE);
    const body = await (await stats()).json();
    for (const [path, leaf] of leaves(body)) {
      if (path.endsWith('#key')) {
        expect(
          FIELD_NAMES.has(String(leaf)) || VOCABULARY.has(String(leaf)) || /^\d+$/.test(String(leaf)),
          path,
        ).toBe(true);
      } else if (typeof leaf === 'number') {
        expect(Number.isInteger(leaf) && leaf >= 0, path).toBe(true);
      } else {
        expect(
          /^\d{4}-\d\d-\d\d$/.test(String(leaf)) || VOCABULARY.has(String(leaf)),
          `${path}: ${String(leaf)}`,
        ).toBe(true);
      }
    }
  });

  it('covers the last 30 days up to today by default, every day present, zero-filled', async () => {
    const body = ClinicStatsSchema.parse(await (await stats()).json());
    expect(body.to).toBe(today());
    expect(body.days).toHaveLength(30);
    expect(body.days.map((d) => d.date)).toEqual([...body.days.map((d) => d.date)].sort());
    expect(body.days[0]?.byUrgency).toEqual(Object.fromEntries(URGENCY_LEVELS.map((l) => [l, 0])));
  });

  it('returns exactly the days asked for, across a month end', async () => {
    const body = ClinicStatsSchema.parse(await (await stats('?from=2026-02-27&to=2026-03-02')).json());
    expect(body.days.map((d) => d.date)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });

  it.each([
    ['?from=2026-02-30', 'from'],
    ['?to=22-11-2026', 'to'],
    ['?from=2026-11-22&to=2026-11-01', 'from'],
    ['?from=2024-01-01&to=2026-01-01', 'from'],
  ])('answers %s with 400 naming the parameter', async (query, parameter) => {
    const problem = await expectProblem(await stats(query), 400, 'invalid-request');
    expect(problem.errors?.[0]?.parameter).toBe(parameter);
  });

  it('answers 503 when D1 fails', async () => {
    const res = await settled(
      `/v1/clinics/${clinic.id}/stats`,
      { headers: bearer(token) },
      withBindings({ DB: brokenD1 }),
    );
    await expectProblem(res, 503, 'service-unavailable');
  });
});
