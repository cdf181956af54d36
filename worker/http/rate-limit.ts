import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import { rateLimited } from '../problems.ts';
import { CLICK_LIMIT, INTERVIEW_LIMIT, type RateLimitRule, REPORT_LIMIT, TRIAGE_LIMIT } from './limits.ts';

/**
 * Spends one request of `rule` for `key`, or throws the 429. If the binding itself fails, the request
 * goes through: a runner in pain should not be refused because of our limiter. (Home-made: Hono ships
 * no rate limiter, and the binding is Cloudflare's.)
 */
export async function spend(c: Context<AppEnv>, rule: RateLimitRule, key: string): Promise<void> {
  let allowed = true;
  try {
    ({ success: allowed } = await c.env[rule.binding].limit({ key: `${rule.prefix}:${key}` }));
  } catch {
    console.error(`rate limiter ${rule.binding} unavailable, request ${c.get('requestId')} let through`);
  }
  if (!allowed) throw rateLimited(rule);
}

/**
 * Limits requests per client IP. The key is Cloudflare's `cf-connecting-ip`, which a client cannot
 * forge, never `x-forwarded-for`, which it can.
 */
const perIp = (rule: RateLimitRule) =>
  createMiddleware<AppEnv>(async (c, next) => {
    await spend(c, rule, c.req.header('cf-connecting-ip') ?? 'unknown');
    await next();
  });

export const triageRateLimit = perIp(TRIAGE_LIMIT);
export const interviewRateLimit = perIp(INTERVIEW_LIMIT);
export const reportRateLimit = perIp(REPORT_LIMIT);
export const clickRateLimit = perIp(CLICK_LIMIT);
