/**
 * @module Bearer tokens (RFC 6750) for the restricted routes: stats and report deletion. Checking a
 * token against its stored hash is token-match.ts (Worker-only: it needs workerd's timingSafeEqual).
 */
import type { Context } from 'hono';
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

/** The token of `Authorization: Bearer <token>`; a 401 naming `what` when it is missing or not Bearer. */
export function bearerToken(c: Context, realm: string, what: string): string {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer +([\x21-\x7e]{1,200})\s*$/i.exec(header);
  if (match?.[1]) return match[1];
  throw missingToken(realm, what, header !== '');
}
