/**
 * Local state as the run command needs it: the D1 migrations applied and the demo clinic of
 * widget/demo/clinic.html seeded for the address it is served on. Used by `npm start` (state in
 * .wrangler/) and by the browser tests and benchmarks (a throwaway directory each run).
 */
import { spawnSync } from 'node:child_process';
import { seedDemoClinic } from './demo-seed.ts';
import { wranglerKv } from './kv-cli.ts';
import { localEnv } from './local-env.ts';

export interface LocalState {
  port: string;
  /** wrangler's --persist-to; default .wrangler/state, where a plain `wrangler dev` looks. */
  persistTo?: string;
  quiet?: boolean;
}

/** Returns the demo clinic's stats token when this run created the clinic (a fresh state). */
export async function prepareLocalState({
  port,
  persistTo,
  quiet = false,
}: LocalState): Promise<string | undefined> {
  const where = persistTo ? ['--persist-to', persistTo] : [];
  const migrate = spawnSync('wrangler', ['d1', 'migrations', 'apply', 'DB', '--local', ...where], {
    env: localEnv(),
    stdio: quiet ? 'ignore' : 'inherit',
  });
  if (migrate.status !== 0) throw new Error(`wrangler d1 migrations apply failed (exit ${migrate.status})`);
  // Before wrangler dev starts, so the two never write the local KV state at the same time.
  const silent = () => {};
  return seedDemoClinic(
    wranglerKv({ binding: 'CLINICS', ...(persistTo ? { persistTo } : {}) }),
    [`http://127.0.0.1:${port}`, `http://localhost:${port}`],
    quiet
      ? { out: silent, err: silent }
      : { out: (line) => console.log(line), err: (line) => console.error(line) },
  );
}
