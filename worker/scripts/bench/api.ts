/**
 * API throughput and latency through Miniflare directly (not the `wrangler dev` proxy, which halves
 * throughput): the deployed bundle in one local workerd on 127.0.0.1, `POST /v1/triage` against
 * `GET /v1/health` in the same run, each load run bounded by a request count and a time limit.
 */
import { jsonPost, triageBody } from '../../../tests/shared/support/triage-body.ts';
import { VIGNETTE_ANSWERS } from '../../../tests/shared/vignettes/answers.ts';
import { startLocalWorker } from './local-worker.ts';
import { median, percentile, round, table } from './stats.ts';

const REQUESTS = 4000;
const MAX_SECONDS = 20;
const CONCURRENCY = 8;
const WARM_UP = 300;

interface Run {
  rps: number;
  p50: number;
  p99: number;
  count: number;
  errors: number;
}

async function load(url: string, init: () => RequestInit, requests: number): Promise<Run> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const deadline = performance.now() + MAX_SECONDS * 1000;
  const start = performance.now();
  const worker = async () => {
    while (next < requests && performance.now() < deadline) {
      next++;
      const t = performance.now();
      const res = await fetch(url, init());
      await res.arrayBuffer();
      latencies.push(performance.now() - t);
      if (!res.ok) errors++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - start) / 1000;
  return {
    rps: latencies.length / seconds,
    p50: median(latencies),
    p99: percentile(latencies, 99),
    count: latencies.length,
    errors,
  };
}

export async function apiBenchmark(): Promise<{ markdown: string; summary: Record<string, number> }> {
  const worker = await startLocalWorker();
  try {
    const base = worker.url;
    // Built before the runs, so the client's JSON work is not in the timings.
    const triages = Object.values(VIGNETTE_ANSWERS).map((answers) => jsonPost(triageBody(answers)));
    let i = 0;
    const triageInit = (): RequestInit => triages[i++ % triages.length] as RequestInit;
    const healthInit = (): RequestInit => ({});
    await load(`${base}/v1/health`, healthInit, WARM_UP);
    await load(`${base}/v1/triage`, triageInit, WARM_UP);
    const health = await load(`${base}/v1/health`, healthInit, REQUESTS);
    const triage = await load(`${base}/v1/triage`, triageInit, REQUESTS);
    const row = (name: string, r: Run) => [
      name,
      String(r.count),
      round(r.rps, 0),
      round(r.p50, 2),
      round(r.p99, 2),
      String(r.errors),
    ];
    const markdown = [
      table(
        ['Endpoint', 'Requests', 'Requests/s', 'p50 ms', 'p99 ms', 'Errors'],
        [row('GET /v1/health', health), row('POST /v1/triage (the 16 vignettes in turn)', triage)],
      ),
      '',
      `Triage against health: **${round(triage.rps / health.rps, 2)}×** the throughput, **${round(triage.p50 / health.p50, 2)}×** the median latency.`,
      `Each run: at most ${REQUESTS} requests or ${MAX_SECONDS} s, ${CONCURRENCY} concurrent connections from this Node process to workerd on 127.0.0.1, after ${WARM_UP} warm-up requests.`,
    ].join('\n');
    return {
      markdown,
      summary: {
        healthRps: health.rps,
        triageRps: triage.rps,
        triageP50: triage.p50,
        triageP99: triage.p99,
        errors: health.errors + triage.errors,
      },
    };
  } finally {
    await worker.stop();
  }
}
