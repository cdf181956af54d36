/**
 * API throughput and latency through Miniflare directly (not the `wrangler dev` proxy, which halves
 * throughput): the deployed bundle in one local workerd on 127.0.0.1, `POST /v1/triage` against
 * `GET /v1/health` in the same run, each load run bounded by a request count and a time limit. Twice:
 * with Miniflare's simulation of the rate-limit binding, and with the binding replaced by one that always
 * allows, so the simulation's own cost is measured (the difference in time per request).
 */
import { jsonPost, triageBody } from '../../../tests/shared/support/triage-body.ts';
import { VIGNETTE_ANSWERS } from '../../../tests/shared/vignettes/answers.ts';
import { interleaved, type LoadOptions, load, type Run, type Target } from './load-run.ts';
import { startLocalWorker } from './local-worker.ts';
import { round, table } from './stats.ts';

const RUN: LoadOptions = { requests: 2500, maxSeconds: 8, concurrency: 8 };
const WARM_UP: LoadOptions = { ...RUN, requests: 200 };

/** The 16 vignettes in turn, built before the runs so the client's JSON work is not in the timings. */
export function triageRequests(): () => RequestInit {
  const triages = Object.values(VIGNETTE_ANSWERS).map((answers) => jsonPost(triageBody(answers)));
  let i = 0;
  return () => triages[i++ % triages.length] as RequestInit;
}

/** A triage the API refuses at answer validation (400): body, parse and checks, no engine. */
const refused = jsonPost(triageBody({ age: 'forty' }));

export interface Pair {
  health: Run;
  triage: Run;
  /** Direct runs only: a triage refused at answer validation. */
  refused?: Run;
}

export interface Both {
  simulated: Pair;
  allowing: Pair;
}

function targets(base: string, withRefused: boolean): Target[] {
  return [
    { url: `${base}/v1/health`, init: () => ({}) },
    { url: `${base}/v1/triage`, init: triageRequests() },
    ...(withRefused ? [{ url: `${base}/v1/triage`, init: () => refused, status: 400 }] : []),
  ];
}

/**
 * Both Workers, one with the local rate-limit simulation and one with the binding always allowing,
 * running at once: each is warmed up, then every endpoint of both takes its turn, so the two compare
 * under the same load. `wrap` adds what every request carries (served.ts: a client address).
 */
export async function runBoth(
  bases: { simulated: string; allowing: string },
  {
    withRefused,
    run = RUN,
    warmUp = WARM_UP,
    wrap = (t: Target) => t,
  }: { withRefused: boolean; run?: LoadOptions; warmUp?: LoadOptions; wrap?: (t: Target) => Target },
): Promise<Both> {
  const sets = [targets(bases.simulated, withRefused), targets(bases.allowing, withRefused)].map((set) =>
    set.map(wrap),
  );
  for (const target of sets.flat()) await load(target.url, target.init, warmUp);
  const runs = await interleaved(sets.flat(), run);
  const pair = (offset: number): Pair => {
    const [health, triage, refusedRun] = runs.slice(offset, offset + (withRefused ? 3 : 2)) as Run[];
    return { health: health as Run, triage: triage as Run, ...(refusedRun ? { refused: refusedRun } : {}) };
  };
  return { simulated: pair(0), allowing: pair(withRefused ? 3 : 2) };
}

export const ratio = ({ health, triage }: { health: Run; triage: Run }) => triage.rps / health.rps;
/** Milliseconds of the server's (and client's) time per request at full load: 1 / throughput. */
export const msPer = (run: Run) => 1000 / run.rps;

export function runRow(name: string, r: Run): string[] {
  return [name, String(r.count), round(r.rps, 0), round(r.p50, 2), round(r.p99, 2), String(r.errors)];
}

export const RUN_HEADER = ['Endpoint', 'Requests', 'Requests/s', 'p50 ms', 'p99 ms', 'Errors'];

export const runDescription = (where: string, run = RUN, warmUp = WARM_UP) =>
  `Both Workers (with the simulation, and with the binding always allowing) run at once; each endpoint of each: at most ${run.requests} requests or ${run.maxSeconds} s in all, in 4 slices taken in turn with all the others (so a change in the machine's load falls on all of them alike), ${run.concurrency} concurrent connections from this Node process to ${where} on 127.0.0.1, after ${warmUp.requests} warm-up requests.`;

export type ApiBenchmark = Both;

export async function apiBenchmark(): Promise<ApiBenchmark> {
  const [simulated, allowing] = await Promise.all([
    startLocalWorker({ limiter: 'simulated' }),
    startLocalWorker({ limiter: 'allow' }),
  ]);
  try {
    return await runBoth({ simulated: simulated.url, allowing: allowing.url }, { withRefused: true });
  } finally {
    await Promise.all([simulated.stop(), allowing.stop()]);
  }
}

export function apiMarkdown({ simulated, allowing }: ApiBenchmark): string {
  const limiterMs = msPer(simulated.triage) - msPer(allowing.triage);
  return [
    table(RUN_HEADER, [
      runRow('GET /v1/health', simulated.health),
      runRow('POST /v1/triage (the 16 vignettes in turn)', simulated.triage),
      runRow('POST /v1/triage refused at answer validation (400)', simulated.refused as Run),
      runRow('GET /v1/health, rate limiter always allowing', allowing.health),
      runRow('POST /v1/triage, rate limiter always allowing', allowing.triage),
      runRow('POST /v1/triage refused (400), rate limiter always allowing', allowing.refused as Run),
    ]),
    '',
    `Triage against health, same run: **${round(ratio(simulated), 2)}×** the throughput with the local rate-limit simulation, **${round(ratio(allowing), 2)}×** with the binding always allowing.`,
    `The local simulation (Miniflare runs each \`limit()\` call as a request to a Durable Object that writes SQLite) costs ${round(limiterMs * 1000, 0)} µs per triage at full load (1 / throughput with it, minus without).`,
    `A triage refused at answer validation reads, parses and checks the same kind of body but runs no engine and answers a small problem: at **${round(ratio({ health: allowing.health, triage: allowing.refused as Run }), 2)}×** health (binding always allowing) it is the ceiling the route reaches as the engine, the localisation and the result's size tend to nothing.`,
    runDescription('workerd'),
  ].join('\n');
}
