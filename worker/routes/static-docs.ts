/**
 * The API documentation's paths (worker/docs/site.ts). The files are static assets, but the paths run
 * through the Worker first (wrangler.toml `run_worker_first`), because the asset layer would answer
 * other methods with a bare 405: GET and HEAD are handed to the assets, a CORS preflight for the public
 * OpenAPI document is answered, and anything else gets the API's 405 problem.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { publicCors } from '../http/headers.ts';
import { wrongMethod } from '../problems.ts';

const FILE_METHODS = ['GET', 'HEAD'];

async function fileOrWrongMethod(c: Context<AppEnv>): Promise<Response> {
  if (!FILE_METHODS.includes(c.req.method)) throw wrongMethod(FILE_METHODS);
  // A fetched response's headers are immutable; middleware after this one still sets some.
  const file = await c.env.ASSETS.fetch(c.req.raw);
  return new Response(file.body, file);
}

/** Mounted at the root: `.all` keeps these out of the list of API operations (they are files). */
export const staticDocsRoutes = new Hono<AppEnv>()
  .use('/v1/openapi.json', publicCors)
  .all('/v1/openapi.json', fileOrWrongMethod)
  .all('/docs', fileOrWrongMethod)
  .all('/docs/docs.css', fileOrWrongMethod);
