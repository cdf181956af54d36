/**
 * @module The response shapes the API adds around the shared domain schemas: the problem format, health
 * and the condition list. They drive the OpenAPI document like the shared ones do.
 */
import * as z from 'zod';
import { ConditionInfoSchema, LangSchema } from '../shared/schemas/index.ts';

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
