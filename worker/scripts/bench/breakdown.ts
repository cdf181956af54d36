/**
 * The breakdown of one `POST /v1/triage`: the in-process stages (stages.ts), with the cost of the local
 * rate-limit simulation measured end to end in workerd (api.ts: 1 / throughput with it, minus without),
 * as a share of the request without and with that simulation.
 */
import { type ApiBenchmark, msPer } from './api.ts';
import type { StageBreakdown } from './stages.ts';
import { round, table } from './stats.ts';

export function breakdownMarkdown(
  { total, stages, bodyBytes, resultBytes }: StageBreakdown,
  api: ApiBenchmark,
) {
  const simulation = Math.max(0, (msPer(api.simulated.triage) - msPer(api.allowing.triage)) * 1000);
  const withSimulation = total + simulation;
  const share = (us: number, of: number) => `${round((100 * us) / of, 1)} %`;
  const rows = stages.map((s) => [
    s.name,
    round(s.micros, 1),
    share(s.micros, total),
    share(s.micros, withSimulation),
  ]);
  rows.push([
    "rate limiter: Miniflare's local simulation (measured in workerd)",
    round(simulation, 0),
    '—',
    share(simulation, withSimulation),
  ]);
  rows.push(['**the whole request**', round(total, 1), '100 %', `100 % (${round(withSimulation, 0)} µs)`]);
  return [
    table(
      ['Stage', 'µs per triage', 'Share, binding always allowing', 'Share, with the local simulation'],
      rows,
    ),
    '',
    `In-process in Node ${process.versions.node}, in CPU time (so other work on the machine does not count): each stage timed alone over the 16 vignette bodies (${round(bodyBytes, 0)} bytes on average; results of ${round(resultBytes, 0)} bytes of JSON on average) with the functions the route calls, and the whole request through the app's \`fetch\` with an always-allowing rate-limit binding. The router and middleware (CORS, request id, \`nosniff\`) are counted as a whole \`GET /v1/health\` through the same app; the row after them is what the others leave: the result's Response, whose body Node streams in JavaScript (workerd natively), and what the stages cost more one after another on fresh objects than alone in a tight loop (caches, garbage collection), so it and the body read are upper bounds for workerd. The simulation's row comes from workerd (see below): on Cloudflare the binding is answered from a counter cached in the same location, not by a Durable Object.`,
  ].join('\n');
}
