import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import { rateLimited } from '../problems.ts';
import { CLICK_LIMIT, REPORT_LIMIT, TRIAGE_LIMIT } from './limits.ts';

interface Limit {
  binding: (env: Env) => RateLimit;
  /** Keys of different limits never share a bucket, even on one binding. */
  prefix: string;
  /** What the problem detail calls the requests. */
  what: string;
  /** Requests a minute, as configured for the binding in wrangler.toml. */
  perMinute: number;
}

/**
 * Limits requests per client IP. The key is Cloudflare's `cf-connecting-ip`, which a client cannot
 * forge, never `x-forwarded-for`, which it can. If the binding itself fails, the request goes through:
 * a runner in pain should not be refused because of our limiter.
 */
function rateLimit({ binding, prefix, what, perMinute }: Limit) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const ip = c.req.header('cf-connecting-ip') ?? 'unknown';
    let allowed = true;
    try {
      ({ success: allowed } = await binding(c.env).limit({ key: `${prefix}:${ip}` }));
    } catch {
      console.error(`rate limiter unavailable, request ${c.get('requestId')} let through`);
    }
    if (!allowed) throw rateLimited(what, perMinute);
    await next();
  });
}

export const triageRateLimit = rateLimit({
  binding: (env) => env.TRIAGE_LIMITER,
  prefix: 'triage',
  ...TRIAGE_LIMIT,
});

/** Each report is stored for 30 days, so its own, tighter binding. */
export const reportRateLimit = rateLimit({
  binding: (env) => env.REPORTS_LIMITER,
  prefix: 'report',
  ...REPORT_LIMIT,
});

/** Clicks only bump a counter: the triage binding's budget, in its own key space. */
export const clickRateLimit = rateLimit({
  binding: (env) => env.TRIAGE_LIMITER,
  prefix: 'click',
  ...CLICK_LIMIT,
});
