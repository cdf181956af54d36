/**
 * What POST /v1/triage puts on the wire by default, over the realistic answer sets of result-bytes.ts
 * (84 sets, each language). Before the result carried only what the runner reads, the median was 8.5 KB
 * gzip in English and 9.7 KB in Spanish (34 and 39 KB raw). Leaving out the clinician summary, the
 * negative red flags' texts and the conditions after the third brought it to 4,024 bytes in English and
 * 4,361 in Spanish, whose texts are longer. The source citations were then the largest part (about
 * 1.5 KB gzip, the same English citations in both languages); they now come with `expand: ["sources"]`,
 * which the widget asks for when its Full details disclosure, where it shows them, opens. Medians since:
 * 2,457 bytes in English and 2,793 in Spanish (6.9 and 7.7 KB raw), largest 3,897 and 4,606.
 */
import { describe, expect, it } from 'vitest';
import { EXPANSIONS } from '../../shared/index.ts';
import { resultBytes } from './result-bytes.ts';

const TYPICAL = 4_096;
const LARGEST = 8_000;

describe('triage result size budget', () => {
  for (const lang of ['en', 'es'] as const) {
    const sent = resultBytes(lang, []);
    const everything = resultBytes(lang, EXPANSIONS);

    it(`a typical result in ${lang} is at most ${TYPICAL} bytes gzip, the largest ${LARGEST}`, () => {
      expect(sent.gzip.median, JSON.stringify(sent)).toBeLessThanOrEqual(TYPICAL);
      expect(sent.gzip.max, JSON.stringify(sent)).toBeLessThanOrEqual(LARGEST);
    });

    it(`a typical result in ${lang} is under half of what expanding everything sends`, () => {
      expect(sent.gzip.median * 2).toBeLessThan(everything.gzip.median);
      expect(sent.raw.median * 3).toBeLessThan(everything.raw.median);
    });
  }
});
