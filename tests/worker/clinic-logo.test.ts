/**
 * A clinic's logo comes from this service's own origin (GET /v1/clinics/:id/logo), so the widget talks to
 * no other host and a page's `img-src` needs only the widget's origin. The logo host is asked by the
 * Worker (stubbed here) and what it answers is passed on only if it is a small image.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { putClinic, settled } from './clinic-helpers.ts';
import { BASE, expectProblem } from './helpers.ts';

afterEach(() => vi.restoreAllMocks());

const LOGO_HOST = 'https://cdn.riverside-physio.example/logo.png';
// A 1×1 PNG.
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (ch) => ch.charCodeAt(0),
);

const { clinic } = await putClinic({ id: 'with-logo', logoUrl: LOGO_HOST });
await putClinic({ id: 'without-logo' });

/** The logo host, stubbed: every request the Worker makes to it gets `answer()`. */
function logoHost(answer: () => Response | Promise<Response>) {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async () => answer());
}

const image = (body: BodyInit, type = 'image/png', headers: Record<string, string> = {}) =>
  new Response(body, { headers: { 'Content-Type': type, ...headers } });

async function logoUrlOf(id: string): Promise<string | undefined> {
  const res = await settled(`/v1/clinics/${id}`);
  return ((await res.json()) as { logoUrl?: string }).logoUrl;
}

describe('the logo in the public profile', () => {
  it('is a URL on this service’s own origin, never the logo host’s', async () => {
    const url = await logoUrlOf(clinic.id);
    expect(url).toMatch(new RegExp(`^${BASE}/v1/clinics/with-logo/logo\\?v=\\w+$`));
    expect(url).not.toContain('riverside-physio.example');
  });

  it('is absent for a clinic without a logo', async () => {
    expect(await logoUrlOf('without-logo')).toBeUndefined();
  });
});

describe('GET /v1/clinics/:id/logo', () => {
  it('passes on the logo host’s image with its type, cacheable, embeddable from any page, never runnable', async () => {
    const host = logoHost(() => image(PNG));
    const res = await settled(new URL((await logoUrlOf(clinic.id)) ?? '').pathname);
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PNG);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(host).toHaveBeenCalledTimes(1);
    expect(String(host.mock.calls[0]?.[0])).toBe(LOGO_HOST);
  });

  it('passes on an SVG logo under a policy that lets nothing in it run', async () => {
    logoHost(() => image('<svg xmlns="http://www.w3.org/2000/svg"/>', 'image/svg+xml; charset=utf-8'));
    const res = await settled('/v1/clinics/with-logo/logo');
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'.*sandbox/);
  });

  it.each([
    [
      'sends something that is not an image',
      () => image('<script>alert(1)</script>', 'text/html'),
      'text/html',
    ],
    ['sends an image type browsers may not show safely', () => image('x', 'image/x-icon'), 'image/x-icon'],
    ['sends no type', () => new Response('x', { headers: { 'Content-Type': '' } }), 'no type'],
    ['declares more than the limit', () => image(PNG, 'image/png', { 'Content-Length': '200000' }), 'KB'],
    ['sends more than the limit without declaring it', () => image(new Uint8Array(200_000)), 'KB'],
    ['answers 404', () => new Response('gone', { status: 404 }), '404'],
    ['cannot be reached', () => Promise.reject(new TypeError('network down')), 'could not be reached'],
  ])('answers 503, passing nothing on, when the logo host %s', async (_, answer, why) => {
    logoHost(answer);
    const res = await settled('/v1/clinics/with-logo/logo');
    const problem = await expectProblem(res, 503, 'service-unavailable');
    expect(problem.detail).toContain(why);
    expect(problem.detail).not.toContain(LOGO_HOST);
  });

  it('answers 404 for a clinic without a logo and for an unknown clinic, asking no host', async () => {
    const host = logoHost(() => image(PNG));
    await expectProblem(await settled('/v1/clinics/without-logo/logo'), 404, 'not-found');
    await expectProblem(await settled('/v1/clinics/no-such-clinic/logo'), 404, 'not-found');
    expect(host).not.toHaveBeenCalled();
  });
});
