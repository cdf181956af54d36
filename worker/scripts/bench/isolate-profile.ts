/**
 * Where a request's time goes inside the Worker's isolate in workerd: a CPU profile over workerd's
 * inspector while GET /v1/health and POST /v1/triage run under load (8 connections, binding always
 * allowing), one after the other. workerd samples only while the isolate is entered, so samples per
 * request times the interval are the isolate's time per request; the rest of a request's time is
 * workerd's own work and the client's. The bundle is built unminified so the functions keep their names
 * (a little slower than deployed: compare endpoints, not runs).
 *
 * Then the floor under both: a bare Worker that answers a GET with 11 bytes, and reads a POST's body and
 * answers it with as many bytes as a typical triage result, in turns: what the transport alone costs.
 *
 *   npm run build && node worker/scripts/bench/isolate-profile.ts [functions to list, 25]
 */
import { convertV4MiniflareOptions, Miniflare } from 'miniflare';
import { triage } from '../../../shared/index.ts';
import { VIGNETTE_ANSWERS } from '../../../tests/shared/vignettes/answers.ts';
import { triageRequests } from './api.ts';
import { connectInspector } from './inspector.ts';
import { interleaved, load } from './load-run.ts';
import { startLocalWorker, WORKER_NAME } from './local-worker.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

const TOP = Number(process.argv[2] ?? 25);
const REQUESTS = 2000;
/** µs between samples. A sample's timeDelta also counts time the isolate sat waiting, so count samples. */
const INTERVAL = 50;
const NOT_JS = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

/** Microseconds of samples per request in which each function, or something it called, was running. */
function inclusive(profile: Profile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const totals = new Map<string, number>();
  const us = INTERVAL / REQUESTS;
  for (const id of profile.samples) {
    const names = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
      names.add(byId.get(at)?.callFrame.functionName || '(anonymous)');
    for (const name of names) totals.set(name, (totals.get(name) ?? 0) + us);
  }
  return totals;
}

const worker = await startLocalWorker({ limiter: 'allow', inspector: true, readableNames: true });
const inspector = await connectInspector(worker.inspectorUrl as URL, WORKER_NAME);
try {
  await inspector.call('Profiler.enable');
  await inspector.call('Profiler.setSamplingInterval', { interval: INTERVAL });
  for (const [name, path, init] of [
    ['GET /v1/health', '/v1/health', () => ({})],
    ['POST /v1/triage', '/v1/triage', triageRequests()],
  ] as const) {
    const url = `${worker.url}${path}`;
    await load(url, init, { requests: 300, maxSeconds: 5, concurrency: 8 });
    await inspector.call('Profiler.start');
    const run = await load(url, init, { requests: REQUESTS, maxSeconds: 30, concurrency: 8 });
    const { profile } = await inspector.call<{ profile: Profile }>('Profiler.stop');
    if (run.count !== REQUESTS) throw new Error(`${name}: ${run.count} of ${REQUESTS} requests in time`);
    const totals = inclusive(profile);
    const js = [...totals].filter(([n]) => !NOT_JS.has(n) && n !== '(anonymous)');
    const busy = (totals.get('(root)') ?? 0) - (totals.get('(idle)') ?? 0);
    console.log(
      `\n${name}: ${busy.toFixed(0)} µs in the isolate per request, ${run.rps.toFixed(0)} requests/s`,
    );
    for (const [fn, us] of js.sort((a, b) => b[1] - a[1]).slice(0, TOP))
      console.log(`${us.toFixed(1).padStart(8)} µs  ${fn}`);
  }
} finally {
  inspector.close();
  await worker.stop();
}

/** A bare Worker's GET against a POST with a triage-sized answer, in turns: their throughput. */
async function floor(answerBytes: number) {
  const script = `const big = 'x'.repeat(${answerBytes});
export default { async fetch(request) {
  if (request.method !== 'POST') return new Response('{"ok":true}');
  await request.arrayBuffer();
  return new Response(big, { headers: { 'content-type': 'application/json' } });
} };`;
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      host: '127.0.0.1',
      port: 0,
      modules: true,
      compatibilityDate: '2026-10-23',
      script,
    }),
  );
  try {
    const url = (await mf.ready).toString();
    const post = triageRequests();
    const targets = [
      { url, init: () => ({}) },
      { url, init: post },
    ];
    for (const t of targets) await load(t.url, t.init, { requests: 300, maxSeconds: 5, concurrency: 8 });
    const [get, posted] = await interleaved(targets, { requests: 4000, maxSeconds: 16, concurrency: 8 });
    console.log(
      `\nA bare Worker: GET ${get?.rps.toFixed(0)} requests/s, POST with a ${answerBytes}-byte answer ${posted?.rps.toFixed(0)}: ${((posted?.rps ?? 0) / (get?.rps ?? 1)).toFixed(2)}×`,
    );
  } finally {
    await mf.dispose();
  }
}

const results = Object.values(VIGNETTE_ANSWERS).map((answers) =>
  triage({ lang: 'en', answers }, { expand: [] }),
);
await floor(Math.round(results.reduce((sum, r) => sum + JSON.stringify(r).length, 0) / results.length));
