/**
 * @module Bearer tokens (RFC 6750) for the restricted routes (stats, the dashboard's panels, report
 * deletion, API keys), with Hono's bearer auth. Checking a token against its stored hash is
 * token-match.ts (Worker-only: it needs workerd's timingSafeEqual).
 */
import type { Context, Env, MiddlewareHandler } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { ProblemError, problemResponse } from '../problems.ts';

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
 * Hono's bearer auth, answering in the API's problem format: no Authorization is a 401 naming `what`,
 * and so is another scheme or a malformed token (where Hono would answer 400: RFC 6750 §3.1 allows
 * either, and the API has always said 401). `verify` judges the token itself and throws the problem
 * for one it refuses, since each route says why in its own words (unknown report, revoked key…).
 */
export function bearer<E extends Env>(
  realm: string,
  what: string,
  verify: (token: string, c: Context<E>) => Promise<void>,
): MiddlewareHandler<E> {
  return bearerAuth<E>({
    realm,
    verifyToken: async (token, c) => {
      await verify(token, c);
      return true;
    },
    noAuthenticationHeader: { message: (c) => problemResponse(c, missingToken(realm, what)) },
    invalidAuthenticationHeader: { message: (c) => problemResponse(c, missingToken(realm, what, true)) },
  });
}
