/** Records the Worker bundle's parts as the accepted baseline the budget test compares against. */
import { writeFileSync } from 'node:fs';
import { bundleParts } from './worker-bundle.ts';

const parts = await bundleParts();
const sorted = Object.fromEntries(Object.entries(parts).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(new URL('./worker-baseline.json', import.meta.url), `${JSON.stringify(sorted, null, 2)}\n`);
console.log(sorted);
