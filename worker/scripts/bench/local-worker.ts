/**
 * The Worker as deployed (`wrangler deploy --dry-run`) in one local workerd through Miniflare, listening on
 * 127.0.0.1: what the benchmarks and the soak test load. Not the `wrangler dev` proxy, which halves
 * throughput.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertV4MiniflareOptions, Miniflare } from 'miniflare';
import { writeDeployedBundle } from '../../../tests/budgets/worker-bundle.ts';

export const WORKER_NAME = 'hamstring-check';

export interface LocalWorker {
  url: string;
  /** workerd's inspector, when started with `{ inspector: true }`. */
  inspectorUrl?: URL;
  stop(): Promise<void>;
}

export interface LocalWorkerOptions {
  inspector?: boolean;
}

export async function startLocalWorker({ inspector = false }: LocalWorkerOptions = {}): Promise<LocalWorker> {
  // Limits too high to interfere: these runs measure the API.
  const unlimited = { limit: 1e9, period: 60 as const };
  const outdir = await mkdtemp(join(tmpdir(), 'hc-local-'));
  const scriptPath = writeDeployedBundle(outdir);
  // Miniflare 5 takes a new options shape; the v4 shape below is the documented one it converts.
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      host: '127.0.0.1',
      port: 0,
      ...(inspector ? { inspectorPort: 0 } : {}),
      name: WORKER_NAME,
      modules: true,
      scriptPath,
      modulesRoot: outdir,
      compatibilityDate: '2026-10-23',
      kvNamespaces: ['CLINICS', 'REPORTS'],
      d1Databases: ['DB'],
      ratelimits: {
        TRIAGE_LIMITER: { namespace_id: '1001', simple: unlimited },
        REPORTS_LIMITER: { namespace_id: '1002', simple: unlimited },
      },
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
