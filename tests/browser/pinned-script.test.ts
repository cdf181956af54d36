/**
 * Release hygiene as the local server really serves it: the pinned copy of the widget lives at a path
 * named by its bytes and is immutable; the one versioned path published before (/v/0.1.0/) answers the
 * current script, no longer immutable.
 */
import { createHash } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { widgetRelease } from '../../worker/scripts/pin-widget.ts';

const baseURL = inject('baseURL');
const release = await widgetRelease();
const sha384 = (bytes: ArrayBuffer) =>
  `sha384-${createHash('sha384').update(Buffer.from(bytes)).digest('base64')}`;

describe('the pinned widget script', () => {
  it('is served at the path its own hash names, immutable, readable from any origin', async () => {
    const res = await fetch(`${baseURL}${release.path}`, { headers: { Origin: 'https://blog.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    const bytes = await res.arrayBuffer();
    expect(sha384(bytes)).toBe(release.integrity);
    // Named by those bytes: the first 16 characters of the sha384, in base64url.
    const hash = Buffer.from(release.integrity.slice('sha384-'.length), 'base64').toString('base64url');
    expect(release.path).toBe(`/v/${hash.slice(0, 16)}/hamstring-check.js`);
  });

  it('serves the same bytes as the evergreen script', async () => {
    const [pinned, evergreen] = await Promise.all(
      [release.path, '/v1/hamstring-check.js'].map(async (path) =>
        sha384(await (await fetch(`${baseURL}${path}`)).arrayBuffer()),
      ),
    );
    expect(pinned).toBe(evergreen);
  });

  it('answers the old versioned path /v/0.1.0/ with the current script, cached briefly, not immutable', async () => {
    const res = await fetch(`${baseURL}/v/0.1.0/hamstring-check.js`, {
      headers: { Origin: 'https://blog.example' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=86400');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(sha384(await res.arrayBuffer())).toBe(release.integrity);
  });
});
