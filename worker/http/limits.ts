/**
 * The rate limits per client IP, as configured for the bindings in wrangler.toml (the binding holds the
 * real number; these name it in problem details and the API reference). Kept apart from the middleware
 * so the build-time docs can read them without the Workers runtime types.
 */
export const TRIAGE_LIMIT = { what: 'triage requests', perMinute: 60 } as const;
export const REPORT_LIMIT = { what: 'shared reports', perMinute: 10 } as const;
export const CLICK_LIMIT = { what: 'booking clicks', perMinute: 60 } as const;
