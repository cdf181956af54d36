/**
 * The served product, as `npm start` runs it (`wrangler dev` with wrangler.toml's bindings and limits,
 * through wrangler's proxy; logging at `warn`, as the browser tests run it): `POST /v1/triage` against
 * `GET /v1/health` in the same run, then the load test of the whole flow (flow.ts) on the same server.
 *
 * The rate limits stay as configured (60 triage requests a minute per client): each request carries one
 * of CLIENTS client addresses in `CF-Connecting-IP`, which the local runtime passes to the Worker as it
 * is (at Cloudflare's edge a client cannot set it), so the run looks like many runners, not one client
 * sending thousands of requests, and the limiter is exercised, not switched off.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalServer } from '../../../tests/browser/local-server.ts';
import { msPer, RUN_HEADER, ratio, runDescription, runRow, triageRequests } from './api.ts';
import { type FlowResult, flowLoadTest, flowMarkdown } from './flow.ts';
import { clientIp, interleaved, type LoadOptions, load, type Run } from './load-run.ts';
import { allowEntry } from './local-worker.ts';
import { round, table } from './stats.ts';

const RUN: LoadOptions = { requests: 2000, maxSeconds: 6, concurrency: 8 };
const WARM_UP: LoadOptions = { ...RUN, requests: 200 };
const CLIENTS = 250;

/** Each request from the next of CLIENTS clients, in turn. */
function fromClients(init: () => RequestInit): () => RequestInit {
  let n = 0;
  return () => {
    const base = init();
    return { ...base, headers: { ...(base.headers as object), 'CF-Connecting-IP': clientIp(n++ % CLIENTS) } };
  };
}

interface ServedPair {
  health: Run;
  triage: Run;
}

export interface ServedBenchmark {
  simulated: ServedPair;
  allowing: ServedPair;
  flow: FlowResult;
}

async function pair(base: string): Promise<ServedPair> {
  const triageInit = fromClients(triageRequests());
  const healthInit = fromClients(() => ({}));
  await load(`${base}/v1/health`, healthInit, WARM_UP);
  await load(`${base}/v1/triage`, triageInit, WARM_UP);
  const [health, triage] = (await interleaved(
    [
      { url: `${base}/v1/health`, init: healthInit },
      { url: `${base}/v1/triage`, init: triageInit },
    ],
    RUN,
  )) as [Run, Run];
  return { health, triage };
}

/** Health and triage on the product as served, then the flow's load test on the same server. */
async function asServed(): Promise<{ simulated: ServedPair; flow: FlowResult }> {
  const server = await startLocalServer();
  try {
    return { simulated: await pair(server.url), flow: await flowLoadTest(server.url) };
  } finally {
    await server.stop();
  }
}

/** The same, served with the rate-limit bindings always allowing (local-worker.ts, allowEntry). */
async function withoutLimiter(): Promise<ServedPair> {
  const dir = await mkdtemp(join(tmpdir(), 'hc-entry-'));
  const script = join(dir, 'allow-entry.js');
  await writeFile(script, allowEntry(new URL('../../index.ts', import.meta.url).pathname));
  const server = await startLocalServer({ script });
  try {
    return await pair(server.url);
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/** `npm run bench -- --load`: the flow's load test alone, on the product as served. */
export async function loadTestOnly(): Promise<FlowResult> {
  const server = await startLocalServer();
  try {
    return await flowLoadTest(server.url);
  } finally {
    await server.stop();
  }
}

export async function servedBenchmark(): Promise<ServedBenchmark> {
  const { simulated, flow } = await asServed();
  return { simulated, allowing: await withoutLimiter(), flow };
}

export function servedMarkdown({ simulated, allowing }: ServedBenchmark): string {
  const limiterMs = msPer(simulated.triage) - msPer(allowing.triage);
  return [
    table(RUN_HEADER, [
      runRow('GET /v1/health', simulated.health),
      runRow('POST /v1/triage (the 16 vignettes in turn)', simulated.triage),
      runRow('GET /v1/health, rate limiter always allowing', allowing.health),
      runRow('POST /v1/triage, rate limiter always allowing', allowing.triage),
    ]),
    '',
    `Triage against health, same run: **${round(ratio(simulated), 2)}×** the throughput as served (wrangler.toml's limits and the local rate-limit simulation, requests spread over ${CLIENTS} client addresses), **${round(ratio(allowing), 2)}×** with the binding always allowing; the simulation costs ${round(limiterMs * 1000, 0)} µs per triage here.`,
    runDescription("`wrangler dev`'s proxy", RUN, WARM_UP),
  ].join('\n');
}

export { flowMarkdown };
