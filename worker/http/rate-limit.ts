import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import { rateLimited } from '../problems.ts';
import { CLICK_LIMIT, INTERVIEW_LIMIT, type RateLimitRule, REPORT_LIMIT, TRIAGE_LIMIT } from './limits.ts';

/**
 * Spends one request of `rule` for `key`: false once the window's budget is spent. If the binding itself
 * fails, the request goes through: a runner in pain should not be refused because of our limiter.
 * (Home-made: Hono ships no rate limiter, and the binding is Cloudflare's.)
 */
export async function withinLimit(c: Context<AppEnv>, rule: RateLimitRule, key: string): Promise<boolean> {
  try {
    return (await c.env[rule.binding].limit({ key: `${rule.prefix}:${key}` })).success;
  } catch {
    console.error(`rate limiter ${rule.binding} unavailable, request ${c.get('requestId')} let through`);
    return true;
  }
}

/** Spends one request of `rule` for `key`, or throws the 429. */
export async function spend(c: Context<AppEnv>, rule: RateLimitRule, key: string): Promise<void> {
  if (!(await withinLimit(c, rule, key))) throw rateLimited(rule);
}

/** The client's address, Cloudflare's `cf-connecting-ip`, which a client cannot forge (unlike `x-forwarded-for`). */
export const clientIp = (c: Context<AppEnv>) => c.req.header('cf-connecting-ip') ?? 'unknown';

/** Limits requests per client IP. */
const perIp = (rule: RateLimitRule) =>
  createMiddleware<AppEnv>(async (c, next) => {
    await spend(c, rule, clientIp(c));
    await next();
  });

export const triageRateLimit = perIp(TRIAGE_LIMIT);
export const interviewRateLimit = perIp(INTERVIEW_LIMIT);
export const reportRateLimit = perIp(REPORT_LIMIT);
export const clickRateLimit = perIp(CLICK_LIMIT);
