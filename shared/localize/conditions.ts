/**
 * @module The condition catalogue in plain language, for bloggers who want to link to it: what each
 * condition is, its typical signs, whether stretching helps, how urgent it usually is, and the sources.
 */
import { text } from '../i18n/index.ts';
import type { ConditionInfo, SourceRef } from '../schemas/catalogue.ts';
import type { Lang } from '../schemas/values.ts';
import { CONDITIONS } from '../triage/conditions.ts';
import { SOURCES, type SourceId } from '../triage/sources.ts';
import { conditionKey, stretchKey } from './keys.ts';

/**
 * Each source as results cite it, built once per isolate: a result lists up to 35 of them. Frozen, since
 * every result shares them.
 */
const SOURCE_REFS = new Map(
  (Object.keys(SOURCES) as SourceId[]).map((id) => {
    const source = SOURCES[id];
    const ref: SourceRef = { id, citation: source.citation, ...('url' in source ? { url: source.url } : {}) };
    return [id, Object.freeze(ref)];
  }),
);

export function sourceRef(id: SourceId): SourceRef {
  const ref = SOURCE_REFS.get(id);
  if (!ref) throw new Error(`unknown source ${id}`);
  return ref;
}

export function conditionCatalogue(lang: Lang): ConditionInfo[] {
  return CONDITIONS.map((c) => ({
    id: c.id,
    name: text(lang, conditionKey(c.id, 'name')),
    summary: text(lang, conditionKey(c.id, 'summary')),
    signs: text(lang, conditionKey(c.id, 'signs')),
    stretching: {
      verdict: c.stance,
      headline: text(lang, stretchKey(c.stance)),
      explanation: text(lang, conditionKey(c.id, 'stretch')),
    },
    usualUrgency: c.urgency,
    sources: c.sources.map(sourceRef),
  }));
}
