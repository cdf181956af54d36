import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../worker/app.ts';
import { BASE, expectProblem, jsonPost, postTriage, triageBody } from './helpers.ts';

afterEach(() => vi.restoreAllMocks());

describe('rate limiting of POST /v1/triage', () => {
  it('answers 429 with Retry-After after 60 requests a minute from one IP, while another IP still passes', async () => {
    const ip = '203.0.113.7';
    for (let i = 0; i < 60; i++) {
      const res = await postTriage(triageBody(), { ip });
      expect(res.status, `request ${i + 1}`).toBe(200);
      await res.body?.cancel();
    }
    const limited = await postTriage(triageBody(), { ip, headers: { Origin: 'https://blog.example' } });
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(limited.headers.get('access-control-allow-origin')).toBe('*');
    const problem = await expectProblem(limited, 429, 'rate-limited');
    expect(problem.detail).toContain('60 seconds');

    const other = await postTriage(triageBody(), { ip: '203.0.113.8' });
    expect(other.status).toBe(200);
  });

  it('keys on cf-connecting-ip and ignores x-forwarded-for', async () => {
    const ip = '203.0.113.9';
    for (let i = 0; i < 60; i++) {
      const res = await postTriage('{', { ip, headers: { 'X-Forwarded-For': `192.0.2.${i}` } });
      await res.body?.cancel();
    }
    const res = await postTriage(triageBody(), { ip, headers: { 'X-Forwarded-For': '192.0.2.200' } });
    expect(res.status).toBe(429);
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
