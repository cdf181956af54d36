import * as z from 'zod';
import { UI_TEXT_KEYS } from '../i18n/ui-keys.ts';
import { URGENCY_LEVELS } from '../vocabulary.ts';
import { type Cond, CondSchema } from './condition.ts';
import { InterviewMinutesSchema, InterviewStepSchema } from './interview.ts';
import { LANGS, QUESTION_TYPES, SECTION_IDS } from './values.ts';

export type { Lang, QuestionType, SectionId } from './values.ts';

export const LangSchema = z.enum(LANGS);

export const OptionSchema = z.object({
  id: z.string(),
  label: z.string(),
  exclusive: z.boolean().optional().meta({ description: '"None of these" or "not sure": chosen alone.' }),
});

export const QuestionSchema = z
  .object({
    id: z.string().meta({ description: 'Stable id; answers are keyed by it.' }),
    section: z.enum(SECTION_IDS),
    type: z.enum(QUESTION_TYPES),
    text: z.string(),
    why: z.string().meta({ description: 'One line: why we ask this.' }),
    help: z.string().optional().meta({ description: 'How to do a self-test.' }),
    stop: z.string().optional().meta({ description: 'When to stop a self-test.' }),
    options: z.array(OptionSchema).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    unit: z.string().optional(),
    showIf: CondSchema.optional().meta({ description: 'Asked only when this does not evaluate to false.' }),
    withheldIf: CondSchema.optional().meta({
      description:
        'A self-test is withheld while this evaluates to true or unknown after the answers given so far (questions not yet answered read as false): for example a loaded test in the first days after a sudden injury.',
    }),
    clarifies: z.string().optional().meta({
      description:
        'A follow-up asked only when the question with this id was answered "not sure": its options are the ones the runner cannot rule out. An option not chosen here counts as a no; "not sure" here keeps them all unknown.',
    }),
    redFlag: z.boolean(),
    selfTest: z.boolean(),
    optional: z.boolean().meta({ description: 'May be skipped.' }),
  })
  .meta({ id: 'Question' });
export type Question = z.infer<typeof QuestionSchema>;

export const ExitSchema = z.object({
  id: z.string(),
  when: CondSchema,
  urgency: z.enum(URGENCY_LEVELS),
});

export const QuestionnaireSchema = z
  .object({
    version: z.string().meta({ description: 'Send it back as questionnaireVersion.' }),
    lang: LangSchema,
    sections: z.array(z.object({ id: z.enum(SECTION_IDS), title: z.string() })),
    questions: z.array(QuestionSchema),
    exits: z.array(ExitSchema).meta({
      description:
        'Red flags that end the questionnaire early: once one evaluates to true, ask for the result.',
    }),
    selfTestBlockers: z.array(CondSchema).meta({
      description:
        'While any evaluates to true or unknown after the answers given so far (questions not yet answered read as false), self-tests are withheld: every red flag, and an acute injury that cannot be excluded.',
    }),
    // The first step, so the first question needs no second request; then POST /v1/interview/next.
    start: InterviewStepSchema,
    minutes: InterviewMinutesSchema,
    ui: z.record(z.enum(UI_TEXT_KEYS), z.string()).meta({
      description:
        "The widget's interface texts in this language (buttons, headings, messages), so a client shows the questions and its own words in one language from one request. Placeholders in braces, such as {clinic}, are the client's to fill.",
    }),
  })
  .meta({ id: 'Questionnaire' });
export type Questionnaire = z.infer<typeof QuestionnaireSchema>;

/** What the flow logic reads of one question: shared by the data and the payload. */
export interface FlowQuestion {
  id: string;
  showIf?: Cond;
  selfTest?: boolean;
  optional?: boolean;
  withheldIf?: Cond;
  clarifies?: string;
  /** Option ids (the data) or options (the payload). */
  options?: ReadonlyArray<string | { id: string }>;
}

/** The part of a questionnaire that decides which questions are asked: shared by the data and the payload. */
export interface Flow {
  questions: ReadonlyArray<FlowQuestion>;
  selfTestBlockers: readonly Cond[];
  /** Conditions that end the questionnaire early (red flags needing care now). */
  exits: ReadonlyArray<{ when: Cond }>;
}
