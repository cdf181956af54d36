/**
 * `npm run bench`: measures the engine, where a triage's time goes, the API (directly on workerd and as
 * served by `wrangler dev`), the load test of the whole flow, the widget in the browser and the bytes
 * sent, and writes BENCHMARKS.md. `npm run bench -- --load` runs only the load test and prints it. Not part of
 * `npm test`: timings are not pass/fail (the byte budgets, which are deterministic, are tests).
 */
import { writeFile } from 'node:fs/promises';
import { apiBenchmark, apiMarkdown } from './api.ts';
import { breakdownMarkdown } from './breakdown.ts';
import { browserBenchmark } from './browser.ts';
import { bytesMarkdown } from './bytes.ts';
import { engineBenchmark } from './engine.ts';
import { RUNNERS } from './flow.ts';
import { machineDescription } from './machine.ts';
import { flowMarkdown, loadTestOnly, servedBenchmark, servedMarkdown } from './served.ts';
import { stageBreakdown } from './stages.ts';

if (process.argv.includes('--load')) {
  console.log(`load test: ${RUNNERS} runners through the whole flow…`);
  console.log(flowMarkdown(await loadTestOnly()));
  process.exit(0);
}

const started = new Date();
const t0 = performance.now();
console.log('engine…');
const engine = engineBenchmark();
console.log('stages of a triage, in-process…');
const stages = await stageBreakdown();
console.log('API through Miniflare…');
const api = await apiBenchmark();
console.log('API as served (wrangler dev), and the load test…');
const served = await servedBenchmark();
console.log('widget in Chromium…');
const browser = await browserBenchmark();
console.log('bytes…');
const bytes = bytesMarkdown();
const seconds = (performance.now() - t0) / 1000;

const report = `# Benchmarks

Measured with \`npm run bench\` on ${started.toISOString().slice(0, 10)} (${seconds.toFixed(0)} s in all).

${machineDescription()}

Timings move with the machine and its load; compare ratios and runs on the same machine, not absolute
numbers across machines. Bytes do not; their budgets are tests in \`npm test\`.

## Engine

${engine.markdown}

## Where a triage's time goes

${breakdownMarkdown(stages, api)}

## API on workerd

${apiMarkdown(api)}

## API as served

${servedMarkdown(served)}

## Load test: the whole flow

${flowMarkdown(served.flow)}

## Widget in the browser

${browser.markdown}

## Bytes on the wire

${bytes}
`;
await writeFile(new URL('../../../BENCHMARKS.md', import.meta.url), report);
console.log(report);
