/**
 * The load test of the whole flow: RUNNERS simulated runners at once, each fetching the questionnaire,
 * walking the interview (one `POST /v1/interview/next` per answer, until it is settled), sending the
 * answers given for the triage, then sharing the report (`POST /v1/reports`), as the widget does.
 * Bounded: one flow per runner, each request aborted after REQUEST_TIMEOUT_MS, on 127.0.0.1 only.
 *
 * Each runner is its own client (its own `CF-Connecting-IP`, see served.ts), so wrangler.toml's limits
 * (600 interview steps, 60 triage requests and 10 shares a minute per client) apply to each as they would to 200 phones;
 * one address for all would be refused after the tenth share, by design.
 */
import type { Answers } from '../../../shared/index.ts';
import type { Questionnaire } from '../../../shared/schemas/questionnaire.ts';
import { jsonPost } from '../../../tests/shared/support/triage-body.ts';
import { VIGNETTE_ANSWERS } from '../../../tests/shared/vignettes/answers.ts';
import { clientIp } from './load-run.ts';
import { median, percentile, round, table } from './stats.ts';

export const RUNNERS = 200;
const REQUEST_TIMEOUT_MS = 30_000;
/** Clients apart from the throughput runs' (served.ts uses the first 250). */
const FIRST_CLIENT = 1000;

const STEPS = [
  'GET /v1/questionnaire',
  'POST /v1/interview/next (each answer)',
  'POST /v1/triage',
  'POST /v1/reports (share)',
] as const;
/** More steps than the questionnaire has questions: an interview that went on would be a bug, not load. */
const MAX_STEPS = 64;
type Step = (typeof STEPS)[number];

export interface FlowResult {
  seconds: number;
  latencies: Record<Step, number[]>;
  errors: Record<Step, number>;
  /** What the failures were (status codes or error names), for the report. */
  failures: string[];
}

async function step(
  result: FlowResult,
  name: Step,
  url: string,
  init: RequestInit,
): Promise<Response | undefined> {
  const t = performance.now();
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const body = await res.arrayBuffer();
    result.latencies[name].push(performance.now() - t);
    if (res.ok) return new Response(body, res);
    result.failures.push(`${name}: ${res.status}`);
  } catch (error) {
    result.failures.push(`${name}: ${(error as Error).name}`);
  }
  result.errors[name]++;
  return undefined;
}

/** One runner's flow; a failed step ends it (the widget could not go on either). */
async function runner(base: string, n: number, result: FlowResult): Promise<void> {
  const ip = { 'CF-Connecting-IP': clientIp(FIRST_CLIENT + n) };
  const sets = Object.values(VIGNETTE_ANSWERS);
  const full = sets[n % sets.length] as Answers;
  const q = await step(result, STEPS[0], `${base}/v1/questionnaire?lang=en`, { headers: ip });
  if (!q) return;
  const { version, start } = (await q.json()) as Questionnaire;
  // The questionnaire carries the first step; each answer (or skip) then asks for the next.
  const answers: Answers = {};
  const skipped: string[] = [];
  let next: Questionnaire['start'] = start;
  for (let k = 0; next.next && !next.settled && !next.exit; k++) {
    if (k === MAX_STEPS) throw new Error(`runner ${n}: the interview asked more than ${MAX_STEPS} questions`);
    const value = full[next.next];
    if (value === undefined) skipped.push(next.next);
    else answers[next.next] = value;
    const body = { questionnaireVersion: version, answers, skipped };
    const res = await step(result, STEPS[1], `${base}/v1/interview/next`, jsonPost(body, ip));
    if (!res) return;
    next = (await res.json()) as Questionnaire['start'];
  }
  const body = { questionnaireVersion: version, lang: 'en', answers };
  if (!(await step(result, STEPS[2], `${base}/v1/triage`, jsonPost(body, ip)))) return;
  await step(result, STEPS[3], `${base}/v1/reports`, jsonPost(body, ip));
}

export async function flowLoadTest(base: string): Promise<FlowResult> {
  const result: FlowResult = {
    seconds: 0,
    latencies: Object.fromEntries(STEPS.map((s) => [s, []])) as unknown as Record<Step, number[]>,
    errors: Object.fromEntries(STEPS.map((s) => [s, 0])) as Record<Step, number>,
    failures: [],
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: RUNNERS }, (_, n) => runner(base, n, result)));
  result.seconds = (performance.now() - start) / 1000;
  return result;
}

export function flowMarkdown(result: FlowResult): string {
  const rows = STEPS.map((s) => [
    s,
    String(result.latencies[s].length),
    round(median(result.latencies[s]), 1),
    round(percentile(result.latencies[s], 99), 1),
    String(result.errors[s]),
  ]);
  const total = STEPS.reduce((sum, s) => sum + result.errors[s], 0);
  const failures = [...new Set(result.failures)].slice(0, 5).join('; ');
  return [
    table(['Step', 'Answered', 'p50 ms', 'p99 ms', 'Errors'], rows),
    '',
    `${RUNNERS} runners started at once, each its own client address, through the whole flow in ${round(result.seconds, 1)} s: **${total} errors**${failures ? ` (${failures})` : ''}.`,
  ].join('\n');
}
