import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import { rateLimited } from '../problems.ts';

/**
 * Limits triage evaluations per client IP with the TRIAGE_LIMITER binding. The key is Cloudflare's
 * `cf-connecting-ip`, which a client cannot forge, never `x-forwarded-for`, which it can. If the binding
 * itself fails, the request goes through: a runner in pain should not be refused because of our limiter.
 */
export const triageRateLimit = createMiddleware<AppEnv>(async (c, next) => {
  const ip = c.req.header('cf-connecting-ip') ?? 'unknown';
  let allowed = true;
  try {
    ({ success: allowed } = await c.env.TRIAGE_LIMITER.limit({ key: `triage:${ip}` }));
  } catch {
    console.error(`rate limiter unavailable, request ${c.get('requestId')} let through`);
  }
  if (!allowed) throw rateLimited();
  await next();
});
