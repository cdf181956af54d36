/**
 * @module Response headers shared by many routes: CORS for the public API, `nosniff` everywhere, and the
 * security headers of HTML pages.
 */
import { cors } from 'hono/cors';
import { createMiddleware } from 'hono/factory';

/**
 * The public API is callable from any page (the widget is embedded on unknown blogs), without
 * credentials. Mount it per public resource, never on all of /v1: the clinic admin routes must stay
 * closed cross-origin. Error responses keep these headers, so a browser can read a 400 or a 429.
 */
export const publicCors = cors({
  origin: '*',
  allowMethods: ['GET', 'POST', 'OPTIONS'],
  allowHeaders: ['Content-Type'],
  // Not CORS-safelisted, so a page could not read them otherwise.
  exposeHeaders: ['ETag', 'Retry-After', 'X-Request-Id'],
  maxAge: 86400,
});

/**
 * Shared reports are created and deleted from the runner's page, whichever it is: any origin, still no
 * credentials (the delete token travels in Authorization, which a page must set itself).
 */
export const reportsCors = cors({
  origin: '*',
  allowMethods: ['POST', 'DELETE', 'OPTIONS'],
  allowHeaders: ['Content-Type', 'Authorization'],
  exposeHeaders: ['Location', 'Retry-After', 'WWW-Authenticate', 'X-Request-Id'],
  maxAge: 86400,
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
