/**
 * @module What a result says the same way every time, kept once said, by language and id: a result says
 * dozens of texts, and building each one's key and looking the key up in the catalogue was most of
 * localising it. Ids come from the data, so what is kept is bounded.
 */
import type { Lang } from '../schemas/questionnaire.ts';

/** `say`, remembering what it said for each language and `idOf(input)`. */
export function onceSaid<I, T>(idOf: (input: I) => string, say: (lang: Lang, input: I) => T) {
  const byLang = new Map<Lang, Map<string, T>>();
  return (lang: Lang, input: I): T => {
    let said = byLang.get(lang);
    if (!said) {
      said = new Map();
      byLang.set(lang, said);
    }
    const id = idOf(input);
    let value = said.get(id);
    if (value === undefined) {
      value = say(lang, input);
      said.set(id, value);
    }
    return value;
  };
}
