/**
 * @module The response shapes the API adds around the shared domain schemas: the problem format, health,
 * the condition list, and the clinic features (profile, shared report, stats, clinician page). They drive the OpenAPI document like the shared ones do.
 */
import * as z from 'zod';
import { CONDITION_IDS, URGENCY_LEVELS } from '../shared/index.ts';
import { ConditionInfoSchema, LangSchema } from '../shared/schemas/index.ts';

export {
  type ClinicProfile,
  PublicClinicProfileSchema,
  type ReportCreated,
  ReportCreatedSchema,
} from '../shared/schemas/clinic.ts';

export const FieldErrorSchema = z
  .object({
    pointer: z.string().optional().meta({
      description: 'JSON Pointer (RFC 6901) to the invalid field of the body, e.g. `/answers/age`.',
    }),
    parameter: z.string().optional().meta({ description: 'The invalid query parameter, e.g. `lang`.' }),
    detail: z.string().meta({ description: 'What is wrong with it and what is allowed.' }),
  })
  .meta({ id: 'FieldError' });
export type FieldError = z.infer<typeof FieldErrorSchema>;

export const ProblemSchema = z
  .object({
    type: z.string().meta({ description: 'URI reference to this problem type in the API reference.' }),
    title: z
      .string()
      .meta({ description: 'Short summary of the problem type; the same for every occurrence.' }),
    status: z.number().int().min(400).max(599),
    detail: z.string().meta({ description: 'This occurrence, written to tell the caller what to fix.' }),
    errors: z
      .array(FieldErrorSchema)
      .optional()
      .meta({ description: 'One entry per invalid field (invalid-request, invalid-answers).' }),
    currentVersion: z
      .string()
      .optional()
      .meta({ description: 'The current questionnaire version (stale-questionnaire).' }),
    requestId: z.string().optional().meta({ description: 'Quote it when reporting an internal error.' }),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details, served as application/problem+json.' });
export type Problem = z.infer<typeof ProblemSchema>;

export const HealthSchema = z
  .object({
    status: z.literal('ok'),
    version: z.string().meta({ description: 'Release of the API.' }),
    questionnaireVersion: z.string().meta({ description: 'Version of the questionnaire served now.' }),
  })
  .meta({ id: 'Health' });
export type Health = z.infer<typeof HealthSchema>;

export const ConditionListSchema = z
  .object({ lang: LangSchema, conditions: z.array(ConditionInfoSchema) })
  .meta({ id: 'ConditionList' });
export type ConditionList = z.infer<typeof ConditionListSchema>;

/** Only the outline of the OpenAPI document, enough to check its example. */
export const OpenApiDocumentSchema = z
  .looseObject({
    openapi: z.literal('3.1.0'),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    paths: z.record(z.string(), z.looseObject({})),
  })
  .meta({ id: 'OpenApiDocument', description: 'An OpenAPI 3.1 document (this one).' });

const count = z.number().int().min(0);

const CountsShape = {
  completions: count.meta({ description: 'Questionnaires completed (`POST /v1/triage?clinic=`).' }),
  byUrgency: z.record(z.enum(URGENCY_LEVELS), count).meta({ description: 'Completions by urgency level.' }),
  byCondition: z
    .record(z.enum(CONDITION_IDS), count)
    .meta({ description: 'Completions by first-ranked condition.' }),
  shares: count.meta({ description: 'Reports shared with the clinic (`POST /v1/reports`).' }),
  bookingClicks: count.meta({ description: 'Booking-button clicks (`POST /v1/clinics/{id}/clicks`).' }),
};

export const ClinicStatsSchema = z
  .strictObject({
    clinic: z.string(),
    from: z.iso.date(),
    to: z.iso.date(),
    timeZone: z.literal('UTC').meta({ description: 'Days are UTC dates.' }),
    totals: z.strictObject(CountsShape),
    days: z.array(z.strictObject({ date: z.iso.date(), ...CountsShape })).meta({
      description: 'Every day from `from` to `to`, zero-filled.',
    }),
  })
  .meta({
    id: 'ClinicStats',
    description: 'Counts only: no answers, no IP addresses, no free text.',
  });

export const ClinicLogoSchema = z.string().meta({
  id: 'ClinicLogo',
  description: 'The image as the clinic publishes it: PNG, JPEG, GIF, WebP, AVIF or SVG, at most 100 KB.',
});

export const ClinicianPageSchema = z.string().meta({
  id: 'ClinicianPage',
  description:
    'A self-contained HTML page: no script, no external resources, its only stylesheet inline and allowed by hash.',
});
