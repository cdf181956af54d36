/**
 * @module The body of `POST /v1/reports`: a triage request plus the clinic it is shared with. zod/mini,
 * since the Worker runs it on every share (docs/toolchain.md); the OpenAPI document reads it
 * through its registry id.
 */
import * as z from 'zod/mini';
import { TriageInputSchema } from '../../shared/schemas/request.ts';
import { ClinicIdSchema } from '../clinics/profile.ts';

export const ReportRequestSchema = z
  .extend(TriageInputSchema, { clinic: z.optional(ClinicIdSchema) })
  .register(z.globalRegistry, {
    id: 'ReportRequest',
    description:
      'A triage request, plus the id of the clinic the runner shares it with (the `clinic` attribute of the widget).',
  });
export type ReportRequest = z.input<typeof ReportRequestSchema>;

export const REPORT_FIELDS = 'questionnaireVersion, lang, answers and clinic';
