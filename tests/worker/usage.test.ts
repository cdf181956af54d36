import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { triage } from '../../shared/index.ts';
import { VIGNETTE_ANSWERS } from '../shared/vignettes/answers.ts';
import {
  brokenD1,
  brokenKv,
  CLINIC_SITE,
  countersOn,
  OTHER_SITE,
  putClinic,
  settled,
  today,
  triageFor,
  withBindings,
} from './clinic-helpers.ts';
import { expectProblem, jsonPost, SITTING_BONE_ACHE, triageBody } from './helpers.ts';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const SADDLE_NUMBNESS = VIGNETTE_ANSWERS['P05-cauda-equina'];

describe('counting completions (POST /v1/triage?clinic=)', () => {
  it('counts a completion, its urgency level and its first-ranked condition for the clinic, today (UTC)', async () => {
    const { clinic } = await putClinic({ id: 'counts-completions' });
    expect((await triageFor(clinic.id, CLINIC_SITE)).status).toBe(200);
    expect((await triageFor(clinic.id, CLINIC_SITE, SADDLE_NUMBNESS)).status).toBe(200);
    const urgent = triage({ lang: 'en', answers: SADDLE_NUMBNESS });
    expect(await countersOn(clinic, today())).toEqual({
      completions: 2,
      'urgency:routine': 1,
      'condition:proximal-tendinopathy': 1,
      [`urgency:${urgent.urgency.level}`]: 1,
      [`condition:${urgent.conditions[0]?.id}`]: 1,
    });
  });

  it('counts on the UTC date, when it is already the next day in the runner’s time zone', async () => {
    const { clinic } = await putClinic({ id: 'counts-utc' });
    // 00:30 on 1 March in Madrid is still 28 February in UTC.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T00:30:00+01:00'));
    await triageFor(clinic.id, CLINIC_SITE);
    vi.useRealTimers();
    expect((await countersOn(clinic, '2026-02-28')).completions).toBe(1);
    expect(await countersOn(clinic, '2026-03-01')).toEqual({});
  });

  it('counts a request that comes from no page at all (a server, curl)', async () => {
    const { clinic } = await putClinic({ id: 'counts-curl' });
    await triageFor(clinic.id);
    expect((await countersOn(clinic, today())).completions).toBe(1);
  });

  it('counts nothing for a page the clinic did not allow, and nothing for an unknown clinic', async () => {
    const { clinic } = await putClinic({ id: 'counts-others' });
    expect((await triageFor(clinic.id, OTHER_SITE)).status).toBe(200);
    expect((await triageFor('nobody-here', CLINIC_SITE)).status).toBe(200);
    expect((await triageFor('NOT a slug', CLINIC_SITE)).status).toBe(200);
    expect(await countersOn(clinic, today())).toEqual({});
    const { results } = await env.DB.prepare('SELECT DISTINCT clinic FROM clinic_daily_counts').all();
    expect(results.map((r) => r.clinic)).not.toContain('nobody-here');
  });

  it('gives the same result with or without a clinic', async () => {
    const { clinic } = await putClinic({ id: 'counts-same' });
    const plain = await settled('/v1/triage', jsonPost(triageBody()));
    const counted = await triageFor(clinic.id, CLINIC_SITE);
    expect(await counted.json()).toEqual(await plain.json());
  });

  it('still gives the result when D1 throws, and when the clinic store throws', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { clinic } = await putClinic({ id: 'counts-broken' });
    for (const broken of [{ DB: brokenD1 }, { CLINICS: brokenKv }, { DB: brokenD1, CLINICS: brokenKv }]) {
      const res = await settled(
        `/v1/triage?clinic=${clinic.id}`,
        jsonPost(triageBody()),
        withBindings(broken),
      );
      expect(res.status).toBe(200);
      expect(((await res.json()) as { urgency: { level: string } }).urgency.level).toBe('routine');
    }
    expect(log.mock.calls.every(([line]) => /^usage count failed, request [\w-]+$/.test(String(line)))).toBe(
      true,
    );
    expect(log).toHaveBeenCalledTimes(3);
  });
});

describe('counting booking clicks (POST /v1/clinics/:id/clicks)', () => {
  const click = (id: string, headers: Record<string, string> = {}, bindings: Env = env) =>
    settled(`/v1/clinics/${id}/clicks`, { method: 'POST', headers }, bindings);

  it('answers a beacon from one of the clinic’s pages with 204 and counts it for today (UTC)', async () => {
    const { clinic } = await putClinic({ id: 'clicks-counted' });
    const res = await click(clinic.id, { Origin: CLINIC_SITE });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(CLINIC_SITE);
    expect(res.headers.get('cache-control')).toBe('no-store');
    await click(clinic.id);
    expect(await countersOn(clinic, today())).toEqual({ 'booking-clicks': 2 });
  });

  it('refuses, without counting, a click from a page the clinic did not allow', async () => {
    const { clinic } = await putClinic({ id: 'clicks-refused' });
    const res = await click(clinic.id, { Origin: OTHER_SITE });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    await expectProblem(res, 403, 'forbidden');
    expect(await countersOn(clinic, today())).toEqual({});
  });

  it('answers an unknown clinic with 404', async () => {
    await expectProblem(await click('nobody-here', { Origin: CLINIC_SITE }), 404, 'not-found');
  });

  it('still answers 204 when D1 throws: the click is lost, the runner is on their way to book', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { clinic } = await putClinic({ id: 'clicks-broken' });
    expect((await click(clinic.id, { Origin: CLINIC_SITE }, withBindings({ DB: brokenD1 }))).status).toBe(
      204,
    );
  });
});

describe('counting shares (POST /v1/reports with clinic)', () => {
  it('counts a report shared with the clinic as a share, not as a completion', async () => {
    const { clinic } = await putClinic({ id: 'shares-counted' });
    const res = await settled(
      '/v1/reports',
      jsonPost(triageBody(SITTING_BONE_ACHE, { clinic: clinic.id }), { Origin: CLINIC_SITE }),
    );
    expect(res.status).toBe(201);
    expect(await countersOn(clinic, today())).toEqual({ shares: 1 });
  });
});

describe('a clinic id used again', () => {
  it('starts a clinic removed and added again under the same id from zero, the old counts out of its reach', async () => {
    const { clinic: before } = await putClinic({ id: 'reused-id' });
    await triageFor(before.id, CLINIC_SITE);
    await settled(`/v1/clinics/${before.id}/clicks`, { method: 'POST' });
    await env.CLINICS.delete(before.id); // npm run clinic -- remove
    const { token } = await putClinic({ id: 'reused-id', name: 'Another Clinic' }); // add
    const res = await settled(`/v1/clinics/reused-id/stats`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    const { totals } = (await res.json()) as { totals: { completions: number; bookingClicks: number } };
    expect([totals.completions, totals.bookingClicks]).toEqual([0, 0]);
  });
});

describe('what the usage table can hold', () => {
  it('holds only clinic ids, dates and counters named by vocabulary ids', async () => {
    const { clinic } = await putClinic({ id: 'table-shape' });
    await triageFor(clinic.id, CLINIC_SITE);
    const { results } = await env.DB.prepare('SELECT * FROM clinic_daily_counts').all();
    for (const row of results) {
      expect(Object.keys(row).sort()).toEqual(['clinic', 'count', 'day', 'metric']);
      expect(row.metric).toMatch(/^(completions|shares|booking-clicks|urgency:[a-z-]+|condition:[a-z-]+)$/);
      expect(row.day).toMatch(/^\d{4}-\d\d-\d\d$/);
    }
  });

  it.each([
    ['free text as a metric', 'riverside', '2026-11-22', 'sat on a hard chair'],
    ['an IP address as a metric', 'riverside', '2026-11-22', '203.0.113.7'],
    ['a clinic id that is not a slug', 'Riverside Physio', '2026-11-22', 'completions'],
    ['a day that is not a date', 'riverside', 'yesterday', 'completions'],
  ])('refuses a row with %s (CHECK constraints)', async (_, clinic, day, metric) => {
    const insert = env.DB.prepare(
      'INSERT INTO clinic_daily_counts (clinic, day, metric, count) VALUES (?, ?, ?, 1)',
    ).bind(clinic, day, metric);
    await expect(insert.run()).rejects.toThrow(/CHECK constraint failed/);
  });
});
