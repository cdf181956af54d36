import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../worker/app.ts';
import { RATE_LIMIT_BINDINGS } from '../../worker/http/limits.ts';
import { BASE, expectProblem, inOneWindow, jsonPost, postTriage, triageBody } from './helpers.ts';

afterEach(() => vi.restoreAllMocks());

const { limit, period } = RATE_LIMIT_BINDINGS.TRIAGE_LIMITER;

/** A limiter binding with the configured limit, counting in fixed windows of a clock the test moves. */
function windowedLimiter(clock: { now: number }) {
  const counts = new Map<string, number>();
  return {
    async limit({ key }: { key: string }) {
      const bucket = `${key}@${Math.floor(clock.now / (period * 1000))}`;
      counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
      return { success: (counts.get(bucket) ?? 0) <= limit };
    },
  };
}

describe('rate limiting of POST /v1/triage', () => {
  it('answers 429 with Retry-After after 60 requests a minute from one IP, while another IP still passes', async () => {
    const { statuses, limited } = await inOneWindow(period, async (ip) => {
      const statuses: number[] = [];
      for (let i = 0; i < limit; i++) {
        const res = await postTriage(triageBody(), { ip });
        statuses.push(res.status);
        await res.body?.cancel();
      }
      const limited = await postTriage(triageBody(), { ip, headers: { Origin: 'https://blog.example' } });
      return { statuses, limited };
    });
    expect(statuses).toEqual(Array(60).fill(200));
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(limited.headers.get('access-control-allow-origin')).toBe('*');
    const problem = await expectProblem(limited, 429, 'rate-limited');
    expect(problem.detail).toContain('60 seconds');

    const other = await postTriage(triageBody(), { ip: '203.0.113.8' });
    expect(other.status).toBe(200);
  });

  it('keys on cf-connecting-ip and ignores x-forwarded-for', async () => {
    const res = await inOneWindow(period, async (ip) => {
      for (let i = 0; i < limit; i++) {
        const spent = await postTriage('{', { ip, headers: { 'X-Forwarded-For': `192.0.2.${i}` } });
        await spent.body?.cancel();
      }
      return postTriage(triageBody(), { ip, headers: { 'X-Forwarded-For': '192.0.2.200' } });
    });
    expect(res.status).toBe(429);
  });

  it('lets a refused client back in as soon as the window turns over: a refusal is never remembered', async () => {
    const clock = { now: 0 };
    const bindings = { ...env, TRIAGE_LIMITER: windowedLimiter(clock) };
    const app = createApp();
    const post = () =>
      app.request(
        `${BASE}/v1/triage`,
        jsonPost(triageBody(), { 'CF-Connecting-IP': '203.0.113.20' }),
        bindings,
      );
    for (let i = 0; i < limit; i++) expect((await post()).status, `request ${i + 1}`).toBe(200);
    const refused = await post();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe(String(period));
    clock.now += period * 1000;
    expect((await post()).status).toBe(200);
  });

  it('limits only triage: with the limiter refusing everyone, the other routes still answer', async () => {
    const refusing = { ...env, TRIAGE_LIMITER: { limit: async () => ({ success: false }) } };
    const app = createApp();
    const triage = await app.request(`${BASE}/v1/triage`, jsonPost(triageBody()), refusing);
    expect(triage.status).toBe(429);
    for (const path of ['/v1/questionnaire', '/v1/conditions', '/v1/health']) {
      expect((await app.request(`${BASE}${path}`, {}, refusing)).status, path).toBe(200);
    }
  });

  it('lets triage through when the limiter binding fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = {
      ...env,
      TRIAGE_LIMITER: {
        limit: () => Promise.reject(new Error('limiter down')),
      },
    };
    const res = await createApp().request(`${BASE}/v1/triage`, jsonPost(triageBody()), broken);
    expect(res.status).toBe(200);
  });
});
