/**
 * Where the time of one `POST /v1/triage` goes, in-process: each stage the route runs, timed alone over
 * the same 16 vignette bodies with the same functions the route calls, beside the whole request through
 * the app's `fetch` (the rate-limit binding replaced by one that always allows). What the stages do not
 * account for is the router, the middleware, the headers and the Response itself. Node's Request and
 * Response are JavaScript (undici) where workerd's are native, so those two rows are an upper bound; the
 * rate limiter's local simulation is measured end to end in workerd (api.ts), not here.
 */
import { type Answers, QUESTIONNAIRE_VERSION, validateAnswers } from '../../../shared/index.ts';
import { localizeResult } from '../../../shared/localize/result.ts';
import { TriageRequestSchema } from '../../../shared/schemas/request.ts';
import { decide } from '../../../shared/triage/decide.ts';
import { VIGNETTE_ANSWERS } from '../../../tests/shared/vignettes/answers.ts';
import { median } from './stats.ts';

const ROUNDS = 7;
const ROUND_MS = 150;

/** This process's CPU time in µs: unlike the clock, it does not count time other processes had the CPU. */
const cpuMicros = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

/**
 * CPU µs per call of `fn` over `inputs` (median of ROUNDS rounds of at least ROUND_MS each), so the
 * breakdown holds on a machine busy with other work.
 */
async function micros<T>(inputs: readonly T[], fn: (input: T) => unknown): Promise<number> {
  const perRound: number[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    let calls = 0;
    const start = performance.now();
    const cpu = cpuMicros();
    do {
      for (const input of inputs) await fn(input);
      calls += inputs.length;
    } while (performance.now() - start < ROUND_MS);
    if (round > 0) perRound.push((cpuMicros() - cpu) / calls); // round 0 warms up
  }
  return median(perRound);
}

export interface Stage {
  name: string;
  micros: number;
}

export interface StageBreakdown {
  /** The whole request through the app, in µs. */
  total: number;
  stages: Stage[];
  bodyBytes: number;
  resultBytes: number;
}

const always = { limit: async () => ({ success: true }) };
/** The bindings the triage route touches; any other would be a bug the breakdown should show as a 500. */
const env = { TRIAGE_LIMITER: always, KEYED_TRIAGE_LIMITER: always };
const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} };

interface App {
  fetch(request: Request, env: object, ctx: object): Promise<Response>;
}

/**
 * The Worker's app, loaded by a computed specifier: these scripts are type-checked with Node's types,
 * where the Worker's modules (which need the Workers types) cannot be.
 */
async function workerApp(): Promise<App> {
  const { createApp } = await import(new URL('../../app.ts', import.meta.url).href);
  return createApp();
}

const post = (body: string) =>
  new Request('http://127.0.0.1/v1/triage', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body,
  });

export async function stageBreakdown(): Promise<StageBreakdown> {
  const app = await workerApp();
  const sets: Answers[] = Object.values(VIGNETTE_ANSWERS);
  const bodies = sets.map((answers) =>
    JSON.stringify({ questionnaireVersion: QUESTIONNAIRE_VERSION, lang: 'en', answers }),
  );
  const encoded = bodies.map((b) => new TextEncoder().encode(b));
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const texts = encoded.map((bytes) => decoder.decode(bytes));
  const parsed = texts.map((text) => JSON.parse(text) as { answers: Answers });
  const decisions = parsed.map(({ answers }) => decide(answers));
  // What the route itself sends (its default shape, whatever that is), for the serialisation stage.
  const sent = await Promise.all(
    bodies.map(async (body) => new Uint8Array(await (await app.fetch(post(body), env, ctx)).arrayBuffer())),
  );
  const results = sent.map((bytes) => JSON.parse(decoder.decode(bytes)) as object);

  const total = await micros(bodies, async (body) => {
    const res = await app.fetch(post(body), env, ctx);
    if (res.status !== 200) throw new Error(`POST /v1/triage answered ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  });
  const stages: Stage[] = [
    {
      name: 'body read (Request and arrayBuffer)',
      micros: await micros(bodies, (b) => post(b).arrayBuffer()),
    },
    { name: 'UTF-8 decoding', micros: await micros(encoded, (bytes) => decoder.decode(bytes)) },
    { name: 'JSON parse', micros: await micros(texts, (text) => JSON.parse(text)) },
    {
      name: 'schema validation (zod)',
      micros: await micros(parsed, (body) => TriageRequestSchema.safeParse(body, { reportInput: true })),
    },
    { name: 'answer validation', micros: await micros(parsed, ({ answers }) => validateAnswers(answers)) },
    {
      name: 'rate limiter (binding call, always allows)',
      micros: await micros(bodies, () => always.limit()),
    },
    { name: 'engine (decide)', micros: await micros(parsed, ({ answers }) => decide(answers)) },
    { name: 'localisation', micros: await micros(decisions, (decision) => localizeResult(decision, 'en')) },
    {
      name: 'serialisation (JSON.stringify of what the route sends)',
      micros: await micros(results, (r) => JSON.stringify(r)),
    },
  ];
  const health = new Request('http://127.0.0.1/v1/health');
  stages.push({
    name: 'router, middleware, headers: as much as all of GET /v1/health',
    micros: await micros([health], async (request) =>
      (await app.fetch(request.clone(), env, ctx)).arrayBuffer(),
    ),
  });
  const accounted = stages.reduce((sum, s) => sum + s.micros, 0);
  stages.push({
    name: "the rest: the result's Response and body, and what the stages cost more inside a whole request than alone",
    micros: total - accounted,
  });
  const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  return {
    total,
    stages,
    bodyBytes: mean(encoded.map((b) => b.byteLength)),
    resultBytes: mean(sent.map((bytes) => bytes.byteLength)),
  };
}
