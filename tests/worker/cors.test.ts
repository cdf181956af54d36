import { describe, expect, it } from 'vitest';
import { api, postTriage, preflight, siteFile, triageBody } from './helpers.ts';

const ORIGIN = { Origin: 'https://running-blog.example' };

describe('CORS on the public API', () => {
  it.each([
    '/v1/questionnaire',
    '/v1/triage',
    '/v1/conditions',
    '/v1/conditions/doms',
    '/v1/health',
    '/v1/openapi.json',
  ])('answers a preflight to %s for any origin, cached for a day', async (path) => {
    const res = await preflight(path, ORIGIN.Origin, 'POST', 'content-type');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,POST,OPTIONS');
    expect(res.headers.get('access-control-allow-headers')).toBe('Content-Type');
    expect(res.headers.get('access-control-max-age')).toBe('86400');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('lets any page read a result and the headers it needs', async () => {
    const res = await postTriage(triageBody(), { headers: ORIGIN });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toBe('ETag,Retry-After,X-Request-Id');
  });

  it.each([
    ['a 400', () => postTriage('{', { headers: ORIGIN }), 400],
    ['a 415', () => postTriage('{}', { headers: { ...ORIGIN, 'Content-Type': 'text/plain' } }), 415],
    [
      'a 409',
      () => postTriage(triageBody(undefined, { questionnaireVersion: 'old' }), { headers: ORIGIN }),
      409,
    ],
    ['a 405', () => api('/v1/triage', { method: 'PUT', headers: ORIGIN }), 405],
    ['a 404 for an unknown condition', () => api('/v1/conditions/nope', { headers: ORIGIN }), 404],
    ['a 400 for an unsupported lang', () => api('/v1/questionnaire?lang=xx', { headers: ORIGIN }), 400],
  ])('lets a page read %s', async (_, send, status) => {
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('does not open the docs page cross-origin', async () => {
    const res = siteFile('/docs');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers a preflight as a response of its own: no body, a request id, nosniff, Vary on the requested headers', async () => {
    const res = await preflight('/v1/triage', ORIGIN.Origin, 'POST', 'content-type');
    expect(await res.text()).toBe('');
    expect(res.headers.get('content-type')).toBeNull();
    expect(res.headers.get('vary')).toBe('Access-Control-Request-Headers');
    expect(res.headers.get('access-control-expose-headers')).toBe('ETag,Retry-After,X-Request-Id');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('lets a page share and delete a report, sending its delete token', async () => {
    const res = await preflight('/v1/reports', ORIGIN.Origin, 'DELETE', 'authorization');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toBe('POST,DELETE,OPTIONS');
    expect(res.headers.get('access-control-allow-headers')).toBe('Content-Type,Authorization');
    expect(res.headers.get('access-control-expose-headers')).toBe(
      'Location,Retry-After,WWW-Authenticate,X-Request-Id',
    );
  });

  it('sets each CORS header once on a result, beside its own headers', async () => {
    const res = await postTriage(triageBody(), { headers: ORIGIN });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
