/**
 * The Spanish texts are for runners from Madrid to Mexico City and Buenos Aires (the native review of
 * 2026-12-07). These are the words that read wrong outside Spain, each with the wording the catalogue
 * uses instead. Shared by the catalogue lint and the Spanish browser test, which checks the rendered
 * result the same way.
 */
export interface SpainOnly {
  /** The word as the review names it. */
  word: string;
  /** Its forms, as a regular-expression source, matched as whole words in any case. */
  forms: string;
  /** The word may stand if the same text also gives the Latin American one (`conducir` beside `manejar`). */
  unlessWith?: string;
  /** What the catalogue says instead. */
  use: string;
}

export const SPAIN_ONLY: readonly SpainOnly[] = [
  { word: 'agujetas', forms: 'agujetas?', use: 'dolor muscular de aparición tardía' },
  { word: 'coche', forms: 'coches?', use: 'auto' },
  {
    word: 'conducir',
    forms: 'conduc(?:ir|iendo|es|e|en|ía)|conduzc\\p{L}*',
    unlessWith: 'manej(?:ar|ando|as|a|an|o)',
    use: 'manejar o conducir',
  },
  { word: 'tiritona', forms: 'tiritonas?', use: 'escalofríos' },
  { word: 'nada más', forms: 'nada\\s+más', use: 'en cuanto (or another wording)' },
  { word: 'sanitario', forms: 'sanitari[oa]s?', use: 'profesional de la salud' },
];

/** `forms` as a whole word: no letter or digit either side (`\b` does not know accented letters). */
const whole = (forms: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms})(?![\\p{L}\\p{N}])`, 'iu');

/** The Spain-only words `text` uses, by the review's names; empty when it reads well everywhere. */
export function spainOnlyIn(text: string): string[] {
  return SPAIN_ONLY.filter(
    (s) => whole(s.forms).test(text) && !(s.unlessWith && whole(s.unlessWith).test(text)),
  ).map((s) => s.word);
}
