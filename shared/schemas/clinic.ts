/**
 * @module The clinic features' wire contract: a clinic's public profile and a shared report as the API
 * returns them. The Worker validates and documents with these schemas; the widget imports their types.
 */
import * as z from 'zod';
import { URGENCY_LEVELS } from '../vocabulary.ts';
import { CODE_PATTERN, TOKEN_PATTERN } from './formats.ts';
import { LangSchema } from './questionnaire.ts';

/** What the widget leads with under a result, per urgency level. */
export const CALLS_TO_ACTION = ['book', 'book-if-not-better', 'advice', 'urgent-care'] as const;
export type CallToAction = (typeof CALLS_TO_ACTION)[number];

export { CODE_PATTERN, TOKEN_PATTERN };

const CallToActionSchema = z.enum(CALLS_TO_ACTION).meta({
  id: 'CallToAction',
  description:
    'What the widget leads with under a result: `book` the booking button; `book-if-not-better` self-care first, then "Not clearly better by then? Book…" (then: the re-check period the self-care advice names); `advice` the result\'s own advice, the clinic\'s phone second; `urgent-care` urgent care or the emergency department first, the phone only second, never a booking.',
});

export const PublicClinicProfileSchema = z
  .strictObject({
    id: z.string().meta({ description: 'The clinic id (the `clinic` attribute of the widget).' }),
    name: z.string(),
    bookingUrl: z.string().meta({ description: "The clinic's booking page (https)." }),
    phone: z.string().meta({ description: 'The phone number as the clinic writes it.' }),
    tel: z.string().meta({ description: 'The same number as a `tel:` link.' }),
    accent: z.string().meta({ description: 'Brand colour, `#rrggbb`.' }),
    logoUrl: z.string().optional().meta({
      description:
        "The clinic's logo as this service serves it (`/v1/clinics/{id}/logo`, on this service's own origin), when the clinic has one.",
    }),
    defaultLang: LangSchema,
    callToAction: z
      .record(z.enum(URGENCY_LEVELS), CallToActionSchema)
      .meta({ description: 'What to lead with for each urgency level of a result.' }),
  })
  .meta({
    id: 'ClinicProfile',
    description:
      'The public part of a clinic profile: brand, booking link and calls to action. No token, no allowed origins.',
  });

export const ReportCreatedSchema = z
  .strictObject({
    code: z.string().regex(CODE_PATTERN).meta({
      description:
        '12 characters of Crockford base32 in groups of four, e.g. `7K3Q-DM9X-WE4F` (60 random bits), short enough to read over the phone; the key of the clinician page.',
    }),
    url: z.string().meta({ description: 'The clinician page, `/r/{code}`.' }),
    href: z.string().meta({ description: 'The same page as an absolute URL, for the booking form.' }),
    deleteToken: z.string().regex(TOKEN_PATTERN).meta({
      description:
        'Deletes the report (`DELETE /v1/reports/{code}`). Shown once: only its hash is stored. Keep it with the runner.',
    }),
    expiresAt: z.string().meta({ description: 'When the report is deleted automatically (30 days).' }),
    clinic: z.string().nullable().meta({
      description:
        'The clinic it is shared with; null when none was sent, the clinic is unknown, or this page is not one of its allowed origins.',
    }),
    bookingUrl: z.string().optional().meta({
      description:
        'With a clinic: its booking link, carrying the code in its fragment (`#<param>=<code>`, never in the query, so no server or request log sees it) when the clinic asked for that.',
    }),
  })
  .meta({ id: 'ReportCreated' });
export type ReportCreated = z.infer<typeof ReportCreatedSchema>;
export type ClinicProfile = z.infer<typeof PublicClinicProfileSchema>;
