/**
 * @module Bearer tokens (RFC 6750) for the restricted routes (stats, the dashboard's panels, report
 * deletion, API keys), as middleware. Checking a token against its stored hash is
 * token-match.ts (Worker-only: it needs workerd's timingSafeEqual).
 */
import type { Context, Env, MiddlewareHandler } from 'hono';
import { ProblemError } from '../problems.ts';

/** No usable token: a 401 whose challenge says so when something else was sent (RFC 6750 §3). */
export function missingToken(realm: string, what: string, sentOther = false): ProblemError {
  const challenge = `Bearer realm="${realm}"${sentOther ? ', error="invalid_request"' : ''}`;
  return new ProblemError(
    'unauthorized',
    `Send ${what} as Authorization: Bearer <token>.`,
    {},
    { 'WWW-Authenticate': challenge },
  );
}

/**
 * The bearer token of `Authorization`, judged by `verify`, which throws the problem for a token it
 * refuses, since each route says why in its own words (unknown report, revoked key…). No header is a 401
 * naming `what`, and so is another scheme or a malformed token. Home-made: Hono's bearer auth does the
 * same (answering a malformed header with a 400) but costs 1 KB gzip (measured), over the Worker's budget.
 */
export function bearer<E extends Env>(
  realm: string,
  what: string,
  verify: (token: string, c: Context<E>) => Promise<void>,
): MiddlewareHandler<E> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (header === undefined) throw missingToken(realm, what);
    const token = /^Bearer +([\x21-\x7e]{1,200})\s*$/i.exec(header)?.[1];
    if (!token) throw missingToken(realm, what, true);
    await verify(token, c);
    await next();
  };
}
