/**
 * @module The condition catalogue in plain language, for bloggers who want to link to it: what each
 * condition is, its typical signs, whether stretching helps, how urgent it usually is, and the sources.
 */
import * as z from 'zod';
import { text } from './i18n/index.ts';
import type { Lang } from './schemas/questionnaire.ts';
import { CONDITIONS } from './triage/conditions.ts';
import { SOURCES, type SourceId } from './triage/sources.ts';
import { CONDITION_IDS, STRETCH_VERDICTS, URGENCY_LEVELS } from './vocabulary.ts';

export const SourceRefSchema = z
  .object({ id: z.string(), citation: z.string(), url: z.string().optional() })
  .meta({ id: 'Source' });

export const ConditionInfoSchema = z
  .object({
    id: z.enum(CONDITION_IDS),
    name: z.string(),
    summary: z.string(),
    signs: z.string(),
    stretching: z.object({
      verdict: z.enum(STRETCH_VERDICTS),
      headline: z.string(),
      explanation: z.string(),
    }),
    usualUrgency: z
      .enum(URGENCY_LEVELS)
      .meta({ description: 'When it is the most likely cause and no red flag is present.' }),
    sources: z.array(SourceRefSchema),
  })
  .meta({ id: 'ConditionInfo' });
export type ConditionInfo = z.infer<typeof ConditionInfoSchema>;

export function sourceRef(id: SourceId): z.infer<typeof SourceRefSchema> {
  const source = SOURCES[id];
  return { id, citation: source.citation, ...('url' in source ? { url: source.url } : {}) };
}

export function conditionCatalogue(lang: Lang): ConditionInfo[] {
  return CONDITIONS.map((c) => ({
    id: c.id,
    name: text(lang, `condition.${c.id}.name`),
    summary: text(lang, `condition.${c.id}.summary`),
    signs: text(lang, `condition.${c.id}.signs`),
    stretching: {
      verdict: c.stance,
      headline: text(lang, `stretch.${c.stance}.headline`),
      explanation: text(lang, `condition.${c.id}.stretch`),
    },
    usualUrgency: c.urgency,
    sources: c.sources.map(sourceRef),
  }));
}
