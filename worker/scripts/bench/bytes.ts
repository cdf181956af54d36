/**
 * What goes on the wire, from the files this run serves: the embed script, the Worker as deployed, and a
 * triage result by default and with everything expanded. Bytes do not move with the machine's load, so
 * their limits are tests (tests/budgets); this prints the figures beside the timings they explain.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { allResultBytes } from '../../../tests/budgets/result-bytes.ts';
import { deployedGzipBytes } from '../../../tests/budgets/worker-bundle.ts';
import { table } from './stats.ts';

const WIDGET = new URL('../../../widget/dist/v1/hamstring-check.js', import.meta.url);

const gzip9 = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes: number) => bytes.toLocaleString('en-US');

export function bytesMarkdown(): string {
  const widget = readFileSync(WIDGET);
  const results = allResultBytes().map((r) => [
    `POST /v1/triage result, ${r.lang}, ${r.expand.length ? 'everything expanded' : 'as the widget asks for it'}`,
    kb(r.gzip.median),
    kb(r.gzip.max),
    kb(r.raw.median),
  ]);
  return `${table(
    ['What', 'gzip bytes (median)', 'gzip bytes (largest)', 'raw bytes (median)'],
    [
      [
        'Embed script `/v1/hamstring-check.js`, Lit included (gzip level 9)',
        kb(gzip9(widget)),
        '',
        kb(widget.length),
      ],
      ['Worker as `wrangler deploy` uploads it (gzip level 9)', kb(deployedGzipBytes()), '', ''],
      ...results,
    ],
  )}

Results over the 84 realistic answer sets of \`tests/budgets/result-bytes.ts\` (the vignettes and the documented
example), gzip at level 6 as an edge compresses a response on the fly. The limits are tests in \`npm test\`
(\`tests/budgets/\`).`;
}
