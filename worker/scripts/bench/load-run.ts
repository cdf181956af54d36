/**
 * One bounded load run: `concurrency` loops send requests one after another until `requests` have been
 * sent or `maxSeconds` have passed, and the run reports throughput, latency percentiles and errors.
 */
import { median, percentile } from './stats.ts';

/**
 * A private address per simulated client (10.x.y.z), sent as `CF-Connecting-IP`: the local runtime
 * passes it to the Worker as it is, where Cloudflare's edge would set it from the connection.
 */
export const clientIp = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;

export interface Run {
  rps: number;
  p50: number;
  p99: number;
  count: number;
  errors: number;
}

export interface LoadOptions {
  requests: number;
  maxSeconds: number;
  concurrency: number;
  /** The status a request must answer with (anything else is an error); 2xx when absent. */
  status?: number;
}

interface Timed {
  latencies: number[];
  seconds: number;
  errors: number;
}

async function timed(url: string, init: () => RequestInit, options: LoadOptions): Promise<Timed> {
  const { requests, maxSeconds, concurrency, status } = options;
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const deadline = performance.now() + maxSeconds * 1000;
  const start = performance.now();
  const loop = async () => {
    while (next < requests && performance.now() < deadline) {
      next++;
      const t = performance.now();
      const res = await fetch(url, init());
      await res.arrayBuffer();
      latencies.push(performance.now() - t);
      if (status === undefined ? !res.ok : res.status !== status) errors++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  return { latencies, seconds: (performance.now() - start) / 1000, errors };
}

export async function load(url: string, init: () => RequestInit, options: LoadOptions): Promise<Run> {
  const { latencies, seconds, errors } = await timed(url, init, options);
  return {
    rps: latencies.length / seconds,
    p50: median(latencies),
    p99: percentile(latencies, 99),
    count: latencies.length,
    errors,
  };
}

export interface Target {
  url: string;
  init: () => RequestInit;
  status?: number;
}

/**
 * Runs the targets in turn, `rounds` times, each for a slice of the budget, and merges each target's
 * slices: on a shared machine a change of load then falls on every target alike instead of on whichever
 * ran last, so their ratio holds even when the absolute numbers move.
 */
export async function interleaved(
  targets: readonly Target[],
  options: LoadOptions,
  rounds = 4,
): Promise<Run[]> {
  const slice: LoadOptions = {
    ...options,
    requests: Math.ceil(options.requests / rounds),
    maxSeconds: options.maxSeconds / rounds,
  };
  const merged = targets.map(() => ({ latencies: [] as number[], seconds: 0, errors: 0 }));
  for (let round = 0; round < rounds; round++) {
    for (const [i, target] of targets.entries()) {
      const run = await timed(target.url, target.init, { ...slice, status: target.status });
      const into = merged[i] as (typeof merged)[number];
      into.latencies.push(...run.latencies);
      into.seconds += run.seconds;
      into.errors += run.errors;
    }
  }
  return merged.map(({ latencies, seconds, errors }) => ({
    rps: latencies.length / seconds,
    p50: median(latencies),
    p99: percentile(latencies, 99),
    count: latencies.length,
    errors,
  }));
}
