/**
 * POST /demo/booked, where the demo clinic's booking form posts: it shows what it received under the demo
 * clinic's name, so it answers only its own pages, never a form on another site.
 */
import { describe, expect, it } from 'vitest';
import { api, BASE, expectProblem } from './helpers.ts';

const post = (headers: Record<string, string>) =>
  api('/demo/booked', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: 'triage=Call+0900+000000+about+your+result',
  });

describe('POST /demo/booked', () => {
  it.each([
    ['the demo clinic page (Sec-Fetch-Site: same-origin)', { 'Sec-Fetch-Site': 'same-origin', Origin: BASE }],
    ['a browser that sends Origin only', { Origin: BASE }],
    ['a client that is no web page (curl)', {}],
  ])('shows a form posted from %s', async (_, headers) => {
    const res = await post(headers);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('Call 0900 000000 about your result');
  });

  it.each([
    ['another site', { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' }],
    ['a sibling site on the same domain', { 'Sec-Fetch-Site': 'same-site', Origin: 'https://x.hc.test' }],
    ['another origin, by Origin alone', { Origin: 'https://evil.example' }],
    ['an opaque origin (a sandboxed frame)', { Origin: 'null' }],
    ['another site claiming our Origin', { 'Sec-Fetch-Site': 'cross-site', Origin: BASE }],
  ])('refuses a form posted from %s with a 403 problem, showing nothing of it', async (_, headers) => {
    const res = await post(headers);
    const problem = await expectProblem(res, 403, 'forbidden');
    expect(JSON.stringify(problem)).not.toContain('0900');
    expect(problem.detail).toContain('/demo/clinic');
  });
});
