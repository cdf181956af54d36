/**
 * API throughput and latency through Miniflare directly (not the `wrangler dev` proxy, which halves
 * throughput): the deployed bundle in one local workerd on 127.0.0.1, `POST /v1/triage` against
 * `GET /v1/health` in the same run, each load run bounded by a request count and a time limit. Twice:
 * with Miniflare's simulation of the rate-limit binding, and with the binding replaced by one that always
 * allows, so the simulation's own cost is measured (the difference in time per request).
 */
import { jsonPost, triageBody } from '../../../tests/shared/support/triage-body.ts';
import { VIGNETTE_ANSWERS } from '../../../tests/shared/vignettes/answers.ts';
import { interleaved, type LoadOptions, load, type Run } from './load-run.ts';
import { startLocalWorker } from './local-worker.ts';
import { round, table } from './stats.ts';

const RUN: LoadOptions = { requests: 2500, maxSeconds: 10, concurrency: 8 };
const WARM_UP: LoadOptions = { ...RUN, requests: 300 };

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
  refused: Run;
}

/** Health, triage and a refused triage on one running Worker, interleaved, after a warm-up. */
export async function runPair(base: string): Promise<Pair> {
  const triageInit = triageRequests();
  const healthInit = (): RequestInit => ({});
  const refusedInit = (): RequestInit => refused;
  await load(`${base}/v1/health`, healthInit, WARM_UP);
  await load(`${base}/v1/triage`, triageInit, WARM_UP);
  const [health, triage, refusedRun] = (await interleaved(
    [
      { url: `${base}/v1/health`, init: healthInit },
      { url: `${base}/v1/triage`, init: triageInit },
      { url: `${base}/v1/triage`, init: refusedInit, status: 400 },
    ],
    RUN,
  )) as [Run, Run, Run];
  return { health, triage, refused: refusedRun };
}

export const ratio = ({ health, triage }: { health: Run; triage: Run }) => triage.rps / health.rps;
/** Milliseconds of the server's (and client's) time per request at full load: 1 / throughput. */
export const msPer = (run: Run) => 1000 / run.rps;

export function runRow(name: string, r: Run): string[] {
  return [name, String(r.count), round(r.rps, 0), round(r.p50, 2), round(r.p99, 2), String(r.errors)];
}

export const RUN_HEADER = ['Endpoint', 'Requests', 'Requests/s', 'p50 ms', 'p99 ms', 'Errors'];

export const runDescription = (where: string, run = RUN, warmUp = WARM_UP) =>
  `Each endpoint: at most ${run.requests} requests or ${run.maxSeconds} s in all, in 4 slices taken in turn with the other endpoints (so a change in the machine's load falls on all of them alike), ${run.concurrency} concurrent connections from this Node process to ${where} on 127.0.0.1, after ${warmUp.requests} warm-up requests per endpoint.`;

export interface ApiBenchmark {
  simulated: Pair;
  allowing: Pair;
}

export async function apiBenchmark(): Promise<ApiBenchmark> {
  const runs: Partial<ApiBenchmark> = {};
  for (const limiter of ['simulated', 'allow'] as const) {
    const worker = await startLocalWorker({ limiter });
    try {
      runs[limiter === 'allow' ? 'allowing' : 'simulated'] = await runPair(worker.url);
    } finally {
      await worker.stop();
    }
  }
  return runs as ApiBenchmark;
}

export function apiMarkdown({ simulated, allowing }: ApiBenchmark): string {
  const limiterMs = msPer(simulated.triage) - msPer(allowing.triage);
  return [
    table(RUN_HEADER, [
      runRow('GET /v1/health', simulated.health),
      runRow('POST /v1/triage (the 16 vignettes in turn)', simulated.triage),
      runRow('POST /v1/triage refused at answer validation (400)', simulated.refused),
      runRow('GET /v1/health, rate limiter always allowing', allowing.health),
      runRow('POST /v1/triage, rate limiter always allowing', allowing.triage),
      runRow('POST /v1/triage refused (400), rate limiter always allowing', allowing.refused),
    ]),
    '',
    `Triage against health, same run: **${round(ratio(simulated), 2)}×** the throughput with the local rate-limit simulation, **${round(ratio(allowing), 2)}×** with the binding always allowing.`,
    `The local simulation (Miniflare runs each \`limit()\` call as a request to a Durable Object that writes SQLite) costs ${round(limiterMs * 1000, 0)} µs per triage at full load (1 / throughput with it, minus without).`,
    `A triage refused at answer validation reads, parses and checks the same kind of body but runs no engine and answers a small problem: at **${round(ratio({ health: allowing.health, triage: allowing.refused }), 2)}×** health (binding always allowing) it is the ceiling the route reaches as the engine, the localisation and the result's size tend to nothing.`,
    runDescription('workerd'),
  ].join('\n');
}
