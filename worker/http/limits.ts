/**
 * @module The rate limits: the one definition of each limit's size and window. wrangler.toml configures
 * the bindings with the same numbers (`[[ratelimits]] simple = { limit, period }`; a test holds the two
 * equal), the 429's `Retry-After` is the window, and the problem details and the API reference quote
 * them. Kept apart from the middleware so the build-time docs can read them without the Workers types.
 */

/** The rate-limit bindings of wrangler.toml; a window is 10 or 60 seconds (all the binding offers). */
export const RATE_LIMIT_BINDINGS = {
  TRIAGE_LIMITER: { limit: 60, period: 60 },
  REPORTS_LIMITER: { limit: 10, period: 60 },
  KEYED_TRIAGE_LIMITER: { limit: 600, period: 60 },
} as const satisfies Record<string, { limit: number; period: 10 | 60 }>;

export type RateLimitBinding = keyof typeof RATE_LIMIT_BINDINGS;

export interface RateLimitRule {
  binding: RateLimitBinding;
  /** Keys of different rules never share a bucket, even on one binding. */
  prefix: string;
  /** What the problem detail calls the requests. */
  what: string;
  /** Requests allowed per window, and the window in seconds: the binding's. */
  limit: number;
  period: number;
}

const rule = (binding: RateLimitBinding, prefix: string, what: string): RateLimitRule => ({
  binding,
  prefix,
  what,
  ...RATE_LIMIT_BINDINGS[binding],
});

/** Per client IP. */
export const TRIAGE_LIMIT = rule('TRIAGE_LIMITER', 'triage', 'triage requests');
/** Each report is stored for 30 days, so its own, tighter binding. */
export const REPORT_LIMIT = rule('REPORTS_LIMITER', 'report', 'shared reports');
/**
 * Per client IP, opening a shared report (its page, or deleting it): a clinician opens a few a minute.
 * With the ceiling below it keeps guessing codes hopeless (SECURITY.md, "Guessing a report code").
 */
export const LOOKUP_LIMIT = rule('REPORTS_LIMITER', 'lookup', 'report lookups');
/**
 * For all clients together (one key; the binding counts per Cloudflare location): lookups of codes that
 * do not exist. Past it, lookups pause where it was crossed until the window turns over.
 */
export const FAILED_LOOKUP_LIMIT = rule('TRIAGE_LIMITER', 'lookup-miss', 'failed report lookups');
/**
 * Per client IP. A runner takes one step per answer, a few a minute, but many runners can share an address
 * (a mobile carrier's NAT, a clinic's Wi-Fi) and a step costs about a tenth of a millisecond: the keyed
 * binding's 600 a minute, in its own key space.
 */
export const INTERVIEW_LIMIT = rule('KEYED_TRIAGE_LIMITER', 'interview', 'interview steps');
/** Clicks only bump a counter: the triage binding's budget, in its own key space. */
export const CLICK_LIMIT = rule('TRIAGE_LIMITER', 'click', 'booking clicks');
/** Per API key, for servers (worker/keys/). */
export const KEYED_TRIAGE_LIMIT = rule('KEYED_TRIAGE_LIMITER', 'key', 'triage requests with this API key');

/** "60 a minute", "10 every 10 seconds": the rule's rate as the docs and problem details say it. */
export const rateOf = ({ limit, period }: RateLimitRule, noun = '') =>
  `${limit}${noun ? ` ${noun}` : ''} ${period === 60 ? 'a minute' : `every ${period} seconds`}`;
