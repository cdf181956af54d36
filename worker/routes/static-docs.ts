/**
 * The API documentation's paths (worker/docs/site.ts). The files are static assets, but the paths run
 * through the Worker first (wrangler.toml `run_worker_first`), because the asset layer would answer
 * other methods with a bare 405: GET and HEAD are handed to the assets, a CORS preflight for the public
 * OpenAPI document is answered, and the app's 405 problem answers anything else.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { publicCors } from '../http/headers.ts';

async function serveFile(c: Context<AppEnv>): Promise<Response> {
  // A fetched response's headers are immutable; middleware after this one still sets some.
  const file = await c.env.ASSETS.fetch(c.req.raw);
  return new Response(file.body, file);
}

/** Mounted at the root. */
export const staticDocsRoutes = new Hono<AppEnv>()
  .use('/v1/openapi.json', publicCors)
  .get('/v1/openapi.json', serveFile)
  .get('/docs', serveFile)
  .get('/docs/docs.css', serveFile);
