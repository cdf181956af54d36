/**
 * @module Response headers shared by many routes: CORS for the public API, `nosniff` everywhere, and the
 * security headers of HTML pages.
 */
import { createMiddleware } from 'hono/factory';

interface OpenCors {
  allowMethods: readonly string[];
  allowHeaders: readonly string[];
  /** Not CORS-safelisted, so a page could not read them otherwise. */
  exposeHeaders: readonly string[];
}

/**
 * CORS for any origin without credentials, answering exactly as hono/cors does with `origin: '*'` and a
 * day's `maxAge`. Home-made because hono/cors writes its headers onto a placeholder Response before the
 * route runs, which Hono then copies into the route's own Response: two Responses and a header copy on
 * every API request. Here the headers are computed once and set before the route builds its one
 * Response; error responses (built from the same context) keep them.
 */
function openCors({ allowMethods, allowHeaders, exposeHeaders }: OpenCors) {
  const expose = exposeHeaders.join(',');
  const preflight = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': expose,
    'Access-Control-Max-Age': '86400',
    'Access-Control-Allow-Methods': allowMethods.join(','),
    'Access-Control-Allow-Headers': allowHeaders.join(','),
    Vary: 'Access-Control-Request-Headers',
  };
  return createMiddleware(async (c, next) => {
    if (c.req.method === 'OPTIONS') return c.body(null, 204, preflight);
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Access-Control-Expose-Headers', expose);
    await next();
  });
}

/**
 * The public API is callable from any page (the widget is embedded on unknown blogs), without
 * credentials. Mount it per public resource, never on all of /v1: the clinic admin routes must stay
 * closed cross-origin. Error responses keep these headers, so a browser can read a 400 or a 429.
 */
export const publicCors = openCors({
  allowMethods: ['GET', 'POST', 'OPTIONS'],
  allowHeaders: ['Content-Type'],
  exposeHeaders: ['ETag', 'Retry-After', 'X-Request-Id'],
});

/**
 * Shared reports are created and deleted from the runner's page, whichever it is: any origin, still no
 * credentials (the delete token travels in Authorization, which a page must set itself).
 */
export const reportsCors = openCors({
  allowMethods: ['POST', 'DELETE', 'OPTIONS'],
  allowHeaders: ['Content-Type', 'Authorization'],
  exposeHeaders: ['Location', 'Retry-After', 'WWW-Authenticate', 'X-Request-Id'],
});

/**
 * `X-Content-Type-Options: nosniff` on every response. Home-made: Hono's secure-headers sets it too, but
 * costs 1.1 KB gzip (measured) for this one header, which the Worker's 110 KB budget has no room for.
 */
export const nosniff = createMiddleware(async (c, next) => {
  await next();
  c.res.headers.set('X-Content-Type-Options', 'nosniff');
});

/** Pages serve no script at all; styles come from the same origin. */
export const HTML_SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};
