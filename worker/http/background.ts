import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';

/**
 * Runs `task` after the response is sent (`waitUntil`), so counting never delays a runner's result.
 * A failure is logged with the request id only and goes no further: the feature that needed it
 * degrades, the response already given stands.
 */
export function inBackground(c: Context<AppEnv>, what: string, task: () => Promise<unknown>): void {
  const settled = task().catch(() => {
    console.error(`${what} failed, request ${c.get('requestId')}`);
  });
  try {
    c.executionCtx.waitUntil(settled);
  } catch {
    // No ExecutionContext (app.request in tests): the task still runs, nothing holds the isolate for it.
  }
}
