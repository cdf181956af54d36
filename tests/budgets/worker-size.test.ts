/**
 * The Worker's byte budget: the bundle as deployed, every text in both languages included, at most
 * 112 KB gzip (100 KB until the safety work added its screening texts in both languages, the reviewed
 * Spanish and the clinic ecosystem; 110 KB until the engine's speed work added its rule tables and the
 * passes that try one answer from what is known, about 1.1 KB; 112 KB until the second round of that work
 * (per-answer bounds, incremental rescoring, about 1.1 KB), readable share codes with their lookup limits
 * (about 0.7 KB) and the lean result's `expand` (about 0.8 KB); 115 KB until the third round, issue 15's
 * "no work per call that can be done once per isolate", about 0.9 KB: questions read by number and
 * position in a pass, conditions compiled per flow, shared hit and flag-outcome objects, the texts in
 * a Map with their placeholders split once; 116 KB until wrangler stopped wrapping every function in a
 * run-time __name() call, keep_names = false in wrangler.toml: 4.5 KB less). Cloudflare allows 3 MB on the free plan;
 * the budget is ours, to notice growth, and a failure names what grew. Bytes are deterministic, so this is a test, not a benchmark. When it fails it names the
 * parts that grew since the last accepted baseline (worker-baseline.json; refresh it with
 * `node tests/budgets/update-baseline.ts` when growth is accepted).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleParts, deployedGzipBytes } from './worker-bundle.ts';

const BUDGET = 112_000;

function growth(now: Record<string, number>): string {
  const baseline: Record<string, number> = JSON.parse(
    readFileSync(new URL('./worker-baseline.json', import.meta.url), 'utf8'),
  );
  const rows = Object.keys({ ...baseline, ...now })
    .map((name) => ({ name, now: now[name] ?? 0, delta: (now[name] ?? 0) - (baseline[name] ?? 0) }))
    .filter((r) => r.delta > 0)
    .sort((a, b) => b.delta - a.delta);
  return rows.length
    ? rows.map((r) => `  ${r.name}: ${r.now} bytes minified (+${r.delta})`).join('\n')
    : '  (no part grew since the baseline; the baseline may be stale)';
}

describe('Worker bundle budget', () => {
  it('stays within 112 KB gzip as deployed, texts in both languages included', async () => {
    const gzip = deployedGzipBytes();
    const message =
      gzip > BUDGET
        ? `Worker bundle is ${gzip} bytes gzip, over the ${BUDGET} budget. Grown since the baseline:\n${growth(await bundleParts())}`
        : '';
    expect(gzip, message).toBeLessThanOrEqual(BUDGET);
  });
});
