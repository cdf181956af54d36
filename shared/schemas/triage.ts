import * as z from 'zod';
import { CONDITION_IDS } from '../triage/conditions.ts';
import { FACTOR_IDS, STRETCH_VERDICTS, URGENCY_LEVELS } from '../vocabulary.ts';
import { SourceRefSchema } from './catalogue.ts';
import { LangSchema } from './questionnaire.ts';
import { BANDS, PLAN_KINDS, REASON_KINDS, RED_FLAG_STATUSES } from './values.ts';

export type { Band, RedFlagStatus } from './values.ts';

const FindingSchema = z
  .object({
    rule: z.string().meta({ description: 'Id of the evidence rule.' }),
    text: z.string(),
    questions: z.array(z.string()).meta({ description: 'The questions whose answers it read.' }),
  })
  .meta({ id: 'Finding' });
export type Finding = z.infer<typeof FindingSchema>;

const RankedConditionSchema = z.object({
  id: z.enum(CONDITION_IDS),
  name: z.string(),
  summary: z.string(),
  band: z.enum(BANDS),
  score: z
    .number()
    .meta({ description: 'Evidence points (log2 of a likelihood ratio, summed over the rules).' }),
  share: z
    .number()
    .min(0)
    .max(1)
    .meta({ description: 'Relative weight among all conditions; not a probability.' }),
  for: z.array(FindingSchema),
  against: z.array(FindingSchema),
});
export type RankedCondition = z.infer<typeof RankedConditionSchema>;

const UrgencySchema = z.object({
  level: z.enum(URGENCY_LEVELS),
  title: z.string(),
  advice: z.string(),
  reasons: z.array(z.object({ id: z.string(), kind: z.enum(REASON_KINDS), text: z.string() })),
});

const RedFlagSchema = z.object({
  id: z.string(),
  label: z.string().meta({ description: 'Clinician-facing name of what the flag screens for.' }),
  status: z.enum(RED_FLAG_STATUSES),
  urgency: z.enum(URGENCY_LEVELS),
  reason: z.string(),
  action: z.string(),
});

const PlanItemSchema = z
  .object({
    id: z.string(),
    kind: z.enum(PLAN_KINDS),
    title: z.string(),
    how: z.string(),
    dose: z.string().optional(),
    caution: z.string().optional(),
    note: z
      .string()
      .optional()
      .meta({ description: 'Why it is offered although the stretch verdict says not to stretch.' }),
    sources: z.array(z.string()),
  })
  .meta({ id: 'PlanItem' });
export type PlanItem = z.infer<typeof PlanItemSchema>;

const SourcesSchema = z.array(SourceRefSchema);

const ClinicianSummarySchema = z.object({
  questionnaireVersion: z.string(),
  positives: z.array(z.string()),
  redFlagScreen: z.array(z.object({ label: z.string(), status: z.enum(RED_FLAG_STATUSES) })),
  ranked: z.array(
    z.object({
      id: z.enum(CONDITION_IDS),
      name: z.string(),
      band: z.enum(BANDS),
      evidence: z.array(z.string()),
    }),
  ),
  suggestedTests: z.array(
    z.object({ name: z.string(), for: z.string(), accuracy: z.string().optional(), source: z.string() }),
  ),
  outcomeMeasures: z.array(z.object({ name: z.string(), why: z.string() })),
  text: z.string().meta({ description: 'The whole summary as plain text, for copying into notes.' }),
});
export type ClinicianSummary = z.infer<typeof ClinicianSummarySchema>;

export const TriageResultSchema = z
  .object({
    questionnaireVersion: z.string(),
    lang: LangSchema,
    earlyExit: z.boolean().meta({ description: 'A red flag ended the questionnaire before the end.' }),
    urgency: UrgencySchema,
    redFlags: z.array(RedFlagSchema).meta({
      description:
        'The red flags not screened negative (positive, unsure or not asked), with their texts. With `expand: ["redFlags"]`, every flag screened, negative ones too.',
    }),
    clearedFlags: z.array(z.string()).meta({
      description:
        'Ids of the red flags screened negative, always, whatever `expand` says. Their texts come with `expand: ["redFlags"]`.',
    }),
    stretch: z.object({ verdict: z.enum(STRETCH_VERDICTS), headline: z.string(), reason: z.string() }),
    conditions: z.array(RankedConditionSchema).meta({
      description:
        'The three most likely conditions, most likely first, with their texts and the evidence for and against. With `expand: ["conditions"]`, every condition the engine ranks (GET /v1/conditions lists them).',
    }),
    unknowns: z.array(z.object({ question: z.string(), text: z.string() })).meta({
      description:
        'Questions worth answering before trusting the result: unanswered or "not sure" ones whose answer could change which condition ranks first, and unanswered ones a red flag needs to be ruled out.',
    }),
    factors: z.array(
      z.object({ id: z.enum(FACTOR_IDS), name: z.string(), why: z.array(FindingSchema), advice: z.string() }),
    ),
    plan: z.object({
      now: z.array(PlanItemSchema),
      exercises: z.array(PlanItemSchema),
      training: z.array(PlanItemSchema),
      see: z.string(),
    }),
    safetyNet: z.array(z.string()).min(1),
    clinicianSummary: ClinicianSummarySchema.optional().meta({
      description:
        'What a physiotherapist would want before the first session. Sent with `expand: ["clinicianSummary"]` only.',
    }),
    disclaimer: z.string(),
    sources: SourcesSchema.optional().meta({
      description:
        'The citations the result rests on: its red flags, leading conditions, factors and plan. Sent with `expand: ["sources"]` only (plan items name theirs by id either way).',
    }),
  })
  .meta({
    id: 'TriageResult',
    description:
      "What POST /v1/triage answers. The texts a runner reads come by default; the clinician summary, the negative red flags' texts, the texts of conditions ranked after the third and the sources' citations come on request (`expand`).",
  });
export type TriageResult = z.infer<typeof TriageResultSchema>;

/**
 * The whole result, as triage() gives it by default to the Worker's own readers (a shared report, its
 * page, webhooks, the CLI): every red flag with its texts, every condition, the clinician summary, the
 * sources.
 */
export const FullTriageResultSchema = TriageResultSchema.omit({
  clearedFlags: true,
}).extend({ clinicianSummary: ClinicianSummarySchema, sources: SourcesSchema });
export type FullTriageResult = z.infer<typeof FullTriageResultSchema>;
