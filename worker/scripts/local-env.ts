/**
 * Environment for every local wrangler process (the run command, the browser tests, the benchmarks):
 * no telemetry and no `Request.cf` lookup, so nothing leaves the machine. `send_metrics = false` in
 * wrangler.toml alone does not stop the metrics call.
 */
const LOCAL_WRANGLER_ENV: Record<string, string> = {
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_SEND_METRICS: 'false',
  DO_NOT_TRACK: '1',
};

export function localEnv(): NodeJS.ProcessEnv {
  return { ...process.env, ...LOCAL_WRANGLER_ENV };
}

/**
 * `wrangler dev --var` for a local run: a clinic's webhook may go to a receiver on this machine, which a
 * deployed Worker refuses (wrangler.toml `WEBHOOK_ALLOW_LOOPBACK`).
 */
export const LOCAL_VARS = ['--var', 'WEBHOOK_ALLOW_LOOPBACK:true'];
