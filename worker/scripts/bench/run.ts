/**
 * `npm run bench`: measures the engine, the API and the widget in the browser, and writes BENCHMARKS.md.
 * Not part of `npm test`: timings are not pass/fail (the byte budgets, which are deterministic, are tests).
 */
import { writeFile } from 'node:fs/promises';
import { apiBenchmark } from './api.ts';
import { browserBenchmark } from './browser.ts';
import { engineBenchmark } from './engine.ts';
import { machineDescription } from './machine.ts';

const started = new Date();
const t0 = performance.now();
console.log('engine…');
const engine = engineBenchmark();
console.log('API through Miniflare…');
const api = await apiBenchmark();
console.log('widget in Chromium…');
const browser = await browserBenchmark();
const seconds = (performance.now() - t0) / 1000;

const report = `# Benchmarks

Measured with \`npm run bench\` on ${started.toISOString().slice(0, 10)} (${seconds.toFixed(0)} s in all).

${machineDescription()}

Timings move with the machine and its load; compare ratios and runs on the same machine, not absolute
numbers across machines. Byte budgets are checked by tests in \`npm test\`, not here.

## Engine

${engine.markdown}

## API

${api.markdown}

## Widget in the browser

${browser.markdown}
`;
await writeFile(new URL('../../../BENCHMARKS.md', import.meta.url), report);
console.log(report);
