/**
 * `npm run soak`: a bounded 60-second run at a fixed request rate against the Worker as deployed, in one
 * local workerd on 127.0.0.1 (worker/scripts/bench/local-worker.ts). Mixed traffic: valid triage in both languages,
 * the read endpoints, and invalid bodies that must get their 400.
 *
 * Passes with zero errors and a Worker heap that does not grow: the isolate's JavaScript heap after a
 * forced garbage collection (read over the inspector) at the end stays within 10 % (or 2 MB) of its size
 * after warm-up. That is the memory our code can leak. The workerd process's resident size is reported
 * too but not judged: it grows with the bytes the local runtime serves, also for a Worker that returns a
 * fixed string, and capping V8's old generation at 48 MB neither stops that growth nor causes an error,
 * so it is not our JavaScript (docs/benchmarks.md).
 */
import { execFileSync } from 'node:child_process';
import type { Answers } from '../../../shared/index.ts';
import { jsonPost, triageBody } from '../../../tests/shared/support/triage-body.ts';
import { VIGNETTE_ANSWERS } from '../../../tests/shared/vignettes/answers.ts';
import { connectHeapProbe } from '../bench/heap.ts';
import { startLocalWorker, WORKER_NAME } from '../bench/local-worker.ts';
import { median, percentile, round } from '../bench/stats.ts';

const SECONDS = 60;
const RATE = 40; // requests per second
const MAX_IN_FLIGHT = 200;

interface Job {
  path: string;
  init: RequestInit;
  expect: number;
}

const triage = (answers: unknown, lang: 'en' | 'es'): RequestInit =>
  jsonPost(triageBody(answers as Answers, { lang }));
const vignettes = Object.values(VIGNETTE_ANSWERS);

function job(n: number): Job {
  const slot = n % 10;
  const lang = n % 2 === 0 ? 'en' : 'es';
  if (slot < 5)
    return { path: '/v1/triage', init: triage(vignettes[n % vignettes.length], lang), expect: 200 };
  if (slot < 7) return { path: `/v1/questionnaire?lang=${lang}`, init: {}, expect: 200 };
  if (slot === 7) return { path: `/v1/conditions?lang=${lang}`, init: {}, expect: 200 };
  if (slot === 8) return { path: '/v1/health', init: {}, expect: 200 };
  return { path: '/v1/triage', init: triage({ age: 'old', where: ['elbow'] }, lang), expect: 400 };
}

function workerdRssMb(): number {
  const out = execFileSync('ps', ['-o', 'rss=,comm=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  const line = out.split('\n').find((l) => l.trim().endsWith('workerd'));
  return line ? Number(line.trim().split(/\s+/)[0]) / 1024 : Number.NaN;
}

const worker = await startLocalWorker({ inspector: true });
if (!worker.inspectorUrl) throw new Error("the soak needs workerd's inspector");
const heap = await connectHeapProbe(worker.inspectorUrl, WORKER_NAME);
const heapSamples: Array<{ t: number; mb: number }> = [];
const latencies: number[] = [];
const failures: string[] = [];
const samples: Array<{ t: number; mb: number }> = [];
let sent = 0;
let inFlight = 0;
const start = performance.now();
const elapsed = () => (performance.now() - start) / 1000;

const sampler = setInterval(() => samples.push({ t: elapsed(), mb: workerdRssMb() }), 2000);
const heapSampler = setInterval(() => {
  const t = elapsed();
  heap.usedAfterGc().then((bytes) => heapSamples.push({ t, mb: bytes / 2 ** 20 }));
}, 5000);
/** Sends what the fixed rate owes by now, so timer drift under load does not lower the rate. */
function fire(): void {
  if (inFlight >= MAX_IN_FLIGHT) {
    failures.push(`over ${MAX_IN_FLIGHT} requests in flight at ${round(elapsed())} s`);
    return;
  }
  const { path, init, expect } = job(sent++);
  const t = performance.now();
  inFlight++;
  fetch(`${worker.url}${path}`, init)
    .then(async (res) => {
      await res.arrayBuffer();
      latencies.push(performance.now() - t);
      if (res.status !== expect) failures.push(`${path} answered ${res.status}, expected ${expect}`);
    })
    .catch((error: Error) => failures.push(`${path} failed: ${error.message}`))
    .finally(() => inFlight--);
}

await new Promise<void>((done) => {
  const tick = setInterval(() => {
    const due = Math.min(SECONDS * RATE, Math.floor(elapsed() * RATE));
    while (sent < due) fire();
    if (elapsed() >= SECONDS) {
      clearInterval(tick);
      done();
    }
  }, 1000 / RATE);
});
while (inFlight > 0) await new Promise((r) => setTimeout(r, 50));
clearInterval(sampler);
clearInterval(heapSampler);
const finalHeap = (await heap.usedAfterGc()) / 2 ** 20;
heap.close();
await worker.stop();

const heapEarly = median(heapSamples.filter((s) => s.t >= 10 && s.t < 25).map((s) => s.mb));
const heapGrowth = finalHeap - heapEarly;
const memoryOk = heapGrowth <= Math.max(2, heapEarly * 0.1);
const rssEarly = median(samples.filter((s) => s.t >= 10 && s.t < 25).map((s) => s.mb));
const rssLate = median(samples.filter((s) => s.t >= SECONDS - 15).map((s) => s.mb));
const seconds = elapsed();

console.log(
  `Soak: ${sent} requests in ${round(seconds)} s (${round(sent / SECONDS)} per second, the fixed rate), ${latencies.length} answered`,
);
console.log(
  `Latency: p50 ${round(percentile(latencies, 50), 2)} ms, p99 ${round(percentile(latencies, 99), 2)} ms`,
);
console.log(
  `Errors: ${failures.length}${failures.length ? `\n  ${[...new Set(failures)].slice(0, 10).join('\n  ')}` : ''}`,
);
console.log(
  `Worker heap after GC: ${round(heapEarly, 2)} MB after warm-up (10–25 s), ${round(finalHeap, 2)} MB at the end (${heapGrowth >= 0 ? '+' : ''}${round(heapGrowth, 2)} MB; allowed ${round(Math.max(2, heapEarly * 0.1), 2)})`,
);
console.log(
  `Heap samples (s: MB): ${heapSamples.map((s) => `${round(s.t, 0)}: ${round(s.mb, 2)}`).join(', ')}`,
);
console.log(
  `workerd resident size (reported, not judged): ${round(rssEarly)} MB over 10–25 s, ${round(rssLate)} MB over the last 15 s`,
);
const passed = failures.length === 0 && memoryOk && latencies.length === sent;
console.log(passed ? 'PASS' : 'FAIL');
process.exit(passed ? 0 : 1);
