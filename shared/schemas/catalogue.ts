import * as z from 'zod';
import { CONDITION_IDS } from '../triage/conditions.ts';
import { STRETCH_VERDICTS, URGENCY_LEVELS } from '../vocabulary.ts';

export const SourceRefSchema = z
  .object({ id: z.string(), citation: z.string(), url: z.string().optional() })
  .meta({ id: 'Source' });
export type SourceRef = z.infer<typeof SourceRefSchema>;

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
