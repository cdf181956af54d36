/**
 * The API documentation as the local server really serves it: built into the static assets by
 * `npm run build`, current with the schemas and the guides of docs/, and sent with its cache, CORS and
 * security headers.
 */
import { describe, expect, inject, it } from 'vitest';
import { docsSite } from '../../worker/docs/site.ts';
import { loadGuides } from '../../worker/scripts/docs-guides.ts';

const baseURL = inject('baseURL');
const built = new Map(docsSite(await loadGuides()).map((f) => [f.path, f]));

describe('served API documentation', () => {
  it('serves the OpenAPI document the schemas produce today, readable from any origin', async () => {
    const res = await fetch(`${baseURL}/v1/openapi.json`, { headers: { Origin: 'https://blog.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=86400');
    expect(await res.text()).toBe(built.get('/v1/openapi.json')?.body);
  });

  it('serves the docs page at /docs under its Content-Security-Policy, and 304 when it is current', async () => {
    const res = await fetch(`${baseURL}/docs`, { redirect: 'manual' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(await res.text()).toBe(built.get('/docs')?.body);
    const etag = res.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    expect((await fetch(`${baseURL}/docs`, { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });

  it('serves the docs stylesheet as CSS from the same origin', async () => {
    const res = await fetch(`${baseURL}/docs/docs.css`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('answers a POST to the document with a problem, not a file', async () => {
    const res = await fetch(`${baseURL}/v1/openapi.json`, { method: 'POST', body: '{}' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
