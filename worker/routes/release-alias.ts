/**
 * GET /v/0.1.0/hamstring-check.js: the one versioned path ever published. It was served as immutable
 * while its bytes changed with deploys, so a page pinning it with Subresource Integrity broke after any
 * widget change. Pinned copies now live at paths named by their bytes (embed/snippets.ts pinnedPath);
 * this path answers the current script under the evergreen script's short cache, no longer immutable,
 * so caches revalidate and a page whose hash matches the current script keeps working.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { CACHE_CONTROL } from '../http/cacheable.ts';

export const LEGACY_RELEASE_PATH = '/v/0.1.0/hamstring-check.js';

export const releaseAliasRoutes = new Hono<AppEnv>().get(LEGACY_RELEASE_PATH, async (c) => {
  // The request's method and conditional headers go along, so a HEAD or a 304 works as for the script itself.
  const script = await c.env.ASSETS.fetch(
    new Request(new URL('/v1/hamstring-check.js', c.req.url), c.req.raw),
  );
  const res = new Response(script.body, script);
  res.headers.set('Cache-Control', CACHE_CONTROL);
  // A module script from another origin is fetched in CORS mode.
  res.headers.set('Access-Control-Allow-Origin', '*');
  return res;
});
