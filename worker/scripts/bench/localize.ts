/**
 * Localising and result bytes, in-process: localizeResult() over decisions made once for the realistic
 * answer sets, as the route calls it (nothing expanded) and whole (what a shared report keeps), and the
 * bytes of the result (tests/budgets/result-bytes.ts). CPU time of this process, not wall time, so other
 * work on a shared machine moves it less; each figure is the median over the sets of the best of 7 rounds.
 * Run alone with `node worker/scripts/bench/localize.ts`.
 */
import { fileURLToPath } from 'node:url';
import { decide, EXPANSIONS, type Expansion, LANGS, localizeResult } from '../../../shared/index.ts';
import { ANSWER_SETS, allResultBytes } from '../../../tests/budgets/result-bytes.ts';
import { median, round, table } from './stats.ts';

const CALLS = 300;

/** CPU microseconds per call of `fn`: the least disturbed of 7 rounds, after a warm-up. */
function cpuMicros(fn: () => unknown): number {
  for (let i = 0; i < 100; i++) fn();
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 7; round++) {
    const start = process.cpuUsage();
    for (let i = 0; i < CALLS; i++) fn();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / CALLS);
  }
  return best;
}

const describe = (expand: readonly Expansion[]) => (expand.length ? 'everything' : 'by default');

export function localizeBenchmark(): { markdown: string; summary: Record<string, number> } {
  const decisions = ANSWER_SETS.map((answers) => decide(answers));
  const summary: Record<string, number> = {};
  const timings = LANGS.flatMap((lang) => {
    const routeUs = median(decisions.map((d) => cpuMicros(() => localizeResult(d, lang, { expand: [] }))));
    const wholeUs = median(decisions.map((d) => cpuMicros(() => localizeResult(d, lang))));
    summary[`localize.${lang}.routeUs`] = routeUs;
    summary[`localize.${lang}.wholeUs`] = wholeUs;
    return [
      [`localizeResult() as POST /v1/triage calls it, ${lang}`, round(routeUs)],
      [`localizeResult() whole (shared reports), ${lang}`, round(wholeUs)],
    ];
  });
  const bytes = allResultBytes().map((b) => {
    summary[`bytes.${b.lang}.${b.expand.length ? 'all' : 'default'}.gzipMedian`] = b.gzip.median;
    return [
      `${b.lang}, ${describe(b.expand)}`,
      String(b.raw.median),
      String(b.raw.max),
      String(b.gzip.median),
      String(b.gzip.max),
    ];
  });
  const markdown = [
    table([`Measure (median over the ${decisions.length} answer sets)`, 'CPU µs per call'], timings),
    '',
    table(
      [
        `POST /v1/triage result (${ANSWER_SETS.length} answer sets; everything = expand ${EXPANSIONS.join(', ')})`,
        'raw median',
        'raw max',
        'gzip median',
        'gzip max',
      ],
      bytes,
    ),
  ].join('\n');
  return { markdown, summary };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(localizeBenchmark().markdown);
