/**
 * @module The triage rate limit, by API key or by IP. A request without `Authorization` is public use,
 * limited per IP exactly as before. One with a key must come from a server (never a page: a key in a page
 * is a key anyone can copy), must be valid and not revoked, and is then limited per key to
 * KEYED_TRIAGE_LIMIT, its use counted per key and day after the response. A bad key is refused rather
 * than treated as keyless, so a misconfigured server finds out at once.
 */
import type { MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import { inBackground } from '../http/background.ts';
import { bearer } from '../http/bearer.ts';
import { KEYED_TRIAGE_LIMIT } from '../http/limits.ts';
import { interviewRateLimit, spend, triageRateLimit } from '../http/rate-limit.ts';
import { tokenMatches } from '../http/token-match.ts';
import { utcDay } from '../usage/metrics.ts';
import { type ApiKeyRecord, apiKeyId } from './api-key.ts';
import { badApiKey, keyFromBrowser, revokedApiKey } from './problems.ts';
import { countKeyUse, findApiKey } from './store.ts';

/** Browsers send `Origin` on every cross-origin request and every POST, and Fetch Metadata on every request. */
const fromBrowser = (header: (name: string) => string | undefined) =>
  header('origin') !== undefined || header('sec-fetch-site') !== undefined;

async function authenticate(env: Env, token: string): Promise<ApiKeyRecord> {
  const id = apiKeyId(token);
  const record = id ? await findApiKey(env, id) : null;
  // An unknown id is compared too (against nothing), so it takes as long as a wrong secret.
  if (!(await tokenMatches(token, record?.hash)) || !record) throw badApiKey();
  if (record.revokedAt) throw revokedApiKey(record.revokedAt);
  return record;
}

/** A valid key's holder spends its own limit, and the use is counted after the response. */
const apiKeyAuth = bearer<AppEnv>('api key', 'the API key (hck_…)', async (token, c) => {
  const key = await authenticate(c.env, token);
  await spend(c, KEYED_TRIAGE_LIMIT, key.id);
  const day = utcDay();
  inBackground(c, 'API key count', () => countKeyUse(c.env.DB, key, day));
});

/** Public use limited per IP by `perIp`; a server with a key, per key. */
const byKeyOrIp = (perIp: MiddlewareHandler<AppEnv>) =>
  createMiddleware<AppEnv>(async (c, next) => {
    if (c.req.header('authorization') === undefined) return perIp(c, next);
    if (fromBrowser((name) => c.req.header(name))) throw keyFromBrowser();
    return apiKeyAuth(c, next);
  });

export const triageLimit = byKeyOrIp(triageRateLimit);
/** An interview step spends the same key budget as a triage: a server's runner takes both. */
export const interviewLimit = byKeyOrIp(interviewRateLimit);
