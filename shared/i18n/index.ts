/**
 * @module Texts by key, in English and Spanish. Keys are derived from data ids by convention (see
 * questionnaire/definition.ts and each triage data file); the Spanish catalogue is typed against the
 * English one, so the compiler rejects a missing or extra key, and a lint test checks that every key the
 * data implies exists.
 */
import type { Lang } from '../schemas/questionnaire.ts';
import { EN } from './en/index.ts';
import { ES } from './es/index.ts';
import { fill } from './fill.ts';

export type TextKey = keyof typeof EN;
/** What follows `prefix.` in the text keys under it: `KeyUnder<'summary'>` is `'title' | 'urgency' | …`. */
export type KeyUnder<P extends string> = TextKey extends infer K
  ? K extends `${P}.${infer Rest}`
    ? Rest
    : never
  : never;
export type Catalogue = Readonly<Record<TextKey, string>>;

export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { en: EN, es: ES };

export function hasText(key: string): key is TextKey {
  return Object.hasOwn(EN, key);
}

/**
 * The text for `key` in `lang`, with `{name}` placeholders filled from `vars`. Keys are typed, so a
 * misspelt one does not compile; a key built at run time must first pass `hasText`.
 */
export function text(lang: Lang, key: TextKey, vars?: Readonly<Record<string, string | number>>): string {
  const raw = textsIn(lang).get(key) ?? key;
  // Most texts given values have no placeholder (every urgency's advice is given the period; one uses it),
  // and filling one runs a regular expression over it.
  return vars && raw.includes('{') ? fill(raw, vars) : raw;
}

/**
 * Each language's texts by key, English where it has none, in a Map built once per isolate: a result
 * looks up dozens, and a Map finds one several times faster than a catalogue object of 800 keys does.
 */
const TEXTS = new Map<Lang, ReadonlyMap<string, string>>();

function textsIn(lang: Lang): ReadonlyMap<string, string> {
  let texts = TEXTS.get(lang);
  if (!texts) {
    const catalogue = CATALOGUES[lang];
    texts = new Map((Object.keys(EN) as TextKey[]).map((key) => [key, catalogue[key] ?? EN[key]]));
    TEXTS.set(lang, texts);
  }
  return texts;
}
