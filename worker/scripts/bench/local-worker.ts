/**
 * The Worker as deployed (`wrangler deploy --dry-run`) in one local workerd through Miniflare, listening on
 * 127.0.0.1: what the benchmarks and the soak test load. Not the `wrangler dev` proxy, which halves
 * throughput.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertV4MiniflareOptions, Miniflare } from 'miniflare';
import { writeDeployedBundle } from '../../../tests/budgets/worker-bundle.ts';
import { RATE_LIMIT_BINDINGS } from '../../http/limits.ts';

export const WORKER_NAME = 'hamstring-check';

export interface LocalWorker {
  url: string;
  /** workerd's inspector, when started with `{ inspector: true }`. */
  inspectorUrl?: URL;
  stop(): Promise<void>;
}

export interface LocalWorkerOptions {
  inspector?: boolean;
  /**
   * The rate-limit bindings: `simulated` is Miniflare's local simulation with limits too high to
   * interfere (a Durable Object and a SQLite write per call); `allow` replaces each binding, inside the
   * isolate, with one that always allows, so a run measures the route without that simulation.
   */
  limiter?: 'simulated' | 'allow';
  /** The bundle unminified, so a profile names our functions (isolate-profile.ts). */
  readableNames?: boolean;
}

/**
 * An entry module for the Worker at `workerPath` that hands it every rate-limit binding as an
 * always-allowing one (the environment is rebuilt only when the runtime passes a new one). Never
 * deployed: the benchmarks' way to take the local simulation out.
 */
export const allowEntry = (workerPath: string) => `import worker from ${JSON.stringify(workerPath)};
const allow = { limit: async () => ({ success: true }) };
let last, wrapped;
export default {
  ...worker,
  fetch(request, env, ctx) {
    if (env !== last) {
      last = env;
      wrapped = { ...env, ${Object.keys(RATE_LIMIT_BINDINGS)
        .map((name) => `${name}: allow`)
        .join(', ')} };
    }
    return worker.fetch(request, wrapped, ctx);
  },
};
`;

export async function startLocalWorker({
  inspector = false,
  limiter = 'simulated',
  readableNames = false,
}: LocalWorkerOptions = {}): Promise<LocalWorker> {
  // Limits too high to interfere: these runs measure the API.
  const unlimited = { limit: 1e9, period: 60 as const };
  const outdir = await mkdtemp(join(tmpdir(), 'hc-local-'));
  const bundle = writeDeployedBundle(outdir, { minify: !readableNames });
  const modules = [{ type: 'ESModule' as const, path: bundle }];
  if (limiter === 'allow') {
    const entry = join(outdir, 'allow-entry.js');
    await writeFile(entry, allowEntry('./index.js'));
    modules.unshift({ type: 'ESModule', path: entry });
  }
  // Miniflare 5 takes a new options shape; the v4 shape below is the documented one it converts.
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      host: '127.0.0.1',
      port: 0,
      ...(inspector ? { inspectorPort: 0 } : {}),
      name: WORKER_NAME,
      // The first module is the entry.
      modules,
      modulesRoot: outdir,
      compatibilityDate: '2026-10-23',
      kvNamespaces: ['CLINICS', 'REPORTS', 'API_KEYS'],
      d1Databases: ['DB'],
      ratelimits: Object.fromEntries(
        Object.keys(RATE_LIMIT_BINDINGS).map((name, i) => [
          name,
          { namespace_id: String(1001 + i), simple: unlimited },
        ]),
      ),
    }),
  );
  const url = (await mf.ready).toString().replace(/\/$/, '');
  return {
    url,
    ...(inspector ? { inspectorUrl: await mf.getInspectorURL() } : {}),
    async stop() {
      await mf.dispose();
      await rm(outdir, { recursive: true, force: true });
    },
  };
}
