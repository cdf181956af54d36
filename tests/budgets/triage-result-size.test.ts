/**
 * What POST /v1/triage puts on the wire by default, over the realistic answer sets of result-bytes.ts
 * (84 sets, each language). Before the result carried only what the runner reads, the median was 8.5 KB
 * gzip in English and 9.7 KB in Spanish (34 and 39 KB raw). The aim is 4 KB: English meets it; Spanish
 * texts are longer and it stays about 300 bytes over, most of what remains being the source citations
 * (about 1.4 KB gzip), which the widget shows behind a closed disclosure.
 */
import { describe, expect, it } from 'vitest';
import { EXPANSIONS } from '../../shared/index.ts';
import { resultBytes } from './result-bytes.ts';

const TYPICAL = { en: 4_096, es: 4_400 } as const;
const LARGEST = 8_000;

describe('triage result size budget', () => {
  for (const lang of ['en', 'es'] as const) {
    const sent = resultBytes(lang, []);
    const everything = resultBytes(lang, EXPANSIONS);

    it(`a typical result in ${lang} is at most ${TYPICAL[lang]} bytes gzip, the largest ${LARGEST}`, () => {
      expect(sent.gzip.median, JSON.stringify(sent)).toBeLessThanOrEqual(TYPICAL[lang]);
      expect(sent.gzip.max, JSON.stringify(sent)).toBeLessThanOrEqual(LARGEST);
    });

    it(`a typical result in ${lang} is under half of what expanding everything sends`, () => {
      expect(sent.gzip.median * 2).toBeLessThan(everything.gzip.median);
      expect(sent.raw.median * 3).toBeLessThan(everything.raw.median);
    });
  }
});
