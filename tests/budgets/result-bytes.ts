/**
 * The bytes of POST /v1/triage's result over realistic answer sets: the public and our own vignettes and
 * the documented example, in each language, as the route builds it by default and with everything
 * expanded. gzip at zlib's default level (6), as a CDN compresses a response on the fly. Shared by the
 * budget test and anything that prints the figures.
 */
import { gzipSync } from 'node:zlib';
import { type Answers, EXPANSIONS, type Expansion, LANGS, type Lang, triage } from '../../shared/index.ts';
import { SITTING_BONE_ACHE } from '../../worker/openapi/examples.ts';
import { VIGNETTE_ANSWERS } from '../shared/vignettes/answers.ts';
import { OWN_VIGNETTE_ANSWERS } from '../shared/vignettes/own-answers.ts';

export const ANSWER_SETS: readonly Answers[] = [
  ...Object.values(VIGNETTE_ANSWERS),
  ...Object.values(OWN_VIGNETTE_ANSWERS),
  SITTING_BONE_ACHE,
];

export interface Spread {
  median: number;
  max: number;
}
export interface ResultBytes {
  lang: Lang;
  expand: readonly Expansion[];
  raw: Spread;
  gzip: Spread;
}

function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? 0, max: sorted.at(-1) ?? 0 };
}

export function resultBytes(lang: Lang, expand: readonly Expansion[]): ResultBytes {
  const bodies = ANSWER_SETS.map((answers) =>
    Buffer.from(JSON.stringify(triage({ lang, answers }, { expand }))),
  );
  return {
    lang,
    expand,
    raw: spread(bodies.map((b) => b.length)),
    gzip: spread(bodies.map((b) => gzipSync(b).length)),
  };
}

/** By default and with everything, in each language. */
export const allResultBytes = (): ResultBytes[] =>
  LANGS.flatMap((lang) => [resultBytes(lang, []), resultBytes(lang, EXPANSIONS)]);
