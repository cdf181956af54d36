/** The one error format for what no route handles: unknown paths, wrong methods, and our own failures. */
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../worker/app.ts';
import { api, BASE, expectProblem, SITTING_BONE_ACHE } from './helpers.ts';

afterEach(() => vi.restoreAllMocks());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('unknown paths', () => {
  it.each(['/v1/questionaire', '/v1', '/v1/', '/v1/triage/', '/v1/conditions/doms/extra', '/nothing-here'])(
    'answer %s with a 404 problem pointing at the docs',
    async (path) => {
      const problem = await expectProblem(await api(path), 404, 'not-found');
      expect(problem.detail).toContain('/docs');
    },
  );
});

describe('wrong methods', () => {
  it.each([
    ['DELETE', '/v1/triage', 'POST'],
    ['GET', '/v1/triage', 'POST'],
    ['PUT', '/v1/triage', 'POST'],
    ['POST', '/v1/questionnaire', 'GET, HEAD'],
    ['PATCH', '/v1/conditions', 'GET, HEAD'],
    ['DELETE', '/v1/conditions/doms', 'GET, HEAD'],
    ['POST', '/v1/health', 'GET, HEAD'],
    ['POST', '/v1/openapi.json', 'GET, HEAD'],
    ['POST', '/docs', 'GET, HEAD'],
  ])('answer %s %s with a 405 problem and Allow: %s', async (method, path, allow) => {
    const res = await api(path, { method });
    expect(res.headers.get('allow')).toBe(allow);
    const problem = await expectProblem(res, 405, 'method-not-allowed');
    expect(problem.detail).toContain(allow);
  });
});

describe('internal errors', () => {
  const secret = 'answers {"rf-nerve":["saddle"]} at /work/secret.ts:12';

  function failingApp() {
    const app = createApp();
    app.get('/v1/boom', () => {
      throw new Error(secret);
    });
    app.post('/v1/boom-async', async (c) => {
      await c.req.json();
      throw new TypeError(secret);
    });
    return app;
  }

  it('become a 500 problem that shows no message, stack or answers', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await failingApp().request(`${BASE}/v1/boom`, {}, env);
    const problem = await expectProblem(res, 500, 'internal-error');
    const text = JSON.stringify(problem);
    expect(text).not.toContain('secret');
    expect(text).not.toContain('saddle');
    expect(text).not.toMatch(/at .*\.ts/);
    expect(problem.requestId).toBe(res.headers.get('x-request-id'));
    expect(problem.detail).toContain(problem.requestId);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]).toEqual([`internal error, request ${problem.requestId}`]);
  });

  it('quote a request id the server chose, never one the client sent in X-Request-Id', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const chosen = 'forged-id_made-to-look-like-another-request';
    const res = await failingApp().request(`${BASE}/v1/boom`, { headers: { 'X-Request-Id': chosen } }, env);
    const problem = await expectProblem(res, 500, 'internal-error');
    expect(problem.requestId).toMatch(UUID);
    expect(res.headers.get('x-request-id')).toBe(problem.requestId);
    expect(log.mock.calls).toEqual([[`internal error, request ${problem.requestId}`]]);
  });

  it('log only the request id, never the body of the failing request', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await failingApp().request(
      `${BASE}/v1/boom-async`,
      { method: 'POST', body: JSON.stringify({ answers: SITTING_BONE_ACHE }) },
      env,
    );
    expect(res.status).toBe(500);
    expect(JSON.stringify(log.mock.calls)).not.toMatch(/sitting-bone|secret|TypeError/);
  });
});
