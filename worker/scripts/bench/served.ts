/**
 * The served product, as `npm start` runs it (`wrangler dev` with wrangler.toml's bindings and limits,
 * through wrangler's proxy; logging at `warn`, as the browser tests run it): `POST /v1/triage` against
 * `GET /v1/health` in the same run, beside the same served with the rate-limit bindings always allowing, then
 * the load test of the whole flow (flow.ts) on the product as served.
 *
 * The rate limits stay as configured (60 triage requests a minute per client): each request carries one
 * of CLIENTS client addresses in `CF-Connecting-IP`, which the local runtime passes to the Worker as it
 * is (at Cloudflare's edge a client cannot set it), so the run looks like many runners, not one client
 * sending thousands of requests, and the limiter is exercised, not switched off.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalServer, startLocalServer } from '../../../tests/browser/local-server.ts';
import { type Both, msPer, RUN_HEADER, ratio, runBoth, runDescription, runRow } from './api.ts';
import { type FlowResult, flowLoadTest, flowMarkdown } from './flow.ts';
import { clientIp, type LoadOptions, type Target } from './load-run.ts';
import { allowEntry } from './local-worker.ts';
import { round, table } from './stats.ts';

const RUN: LoadOptions = { requests: 2000, maxSeconds: 6, concurrency: 8 };
const WARM_UP: LoadOptions = { ...RUN, requests: 200 };
const CLIENTS = 250;

/** Each request of the target from the next of CLIENTS clients, in turn. */
function fromClients(target: Target): Target {
  let n = 0;
  return {
    ...target,
    init: () => {
      const base = target.init();
      return {
        ...base,
        headers: { ...(base.headers as object), 'CF-Connecting-IP': clientIp(n++ % CLIENTS) },
      };
    },
  };
}

export interface ServedBenchmark extends Both {
  flow: FlowResult;
}

/** The product as served, and beside it the same served with the rate-limit bindings always allowing. */
async function startBoth(): Promise<{ served: LocalServer; allowing: LocalServer; stop(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'hc-entry-'));
  const script = join(dir, 'allow-entry.js');
  await writeFile(script, allowEntry(new URL('../../index.ts', import.meta.url).pathname));
  const [served, allowing] = await Promise.all([startLocalServer(), startLocalServer({ script })]);
  return {
    served,
    allowing,
    async stop() {
      await Promise.all([served.stop(), allowing.stop()]);
      await rm(dir, { recursive: true, force: true });
    },
  };
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
  const servers = await startBoth();
  try {
    const both = await runBoth(
      { simulated: servers.served.url, allowing: servers.allowing.url },
      { withRefused: false, run: RUN, warmUp: WARM_UP, wrap: fromClients },
    );
    return { ...both, flow: await flowLoadTest(servers.served.url) };
  } finally {
    await servers.stop();
  }
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
