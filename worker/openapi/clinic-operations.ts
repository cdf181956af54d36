/**
 * @module The clinic features in the OpenAPI document: profiles, booking clicks, stats, shared reports
 * and the clinician page, each response with a worked example (clinic-examples.ts).
 */

import { LOGO_TYPES, MAX_LOGO_BYTES } from '../clinics/logo.ts';
import { CLINIC_ID_PATTERN } from '../clinics/profile.ts';
import { CLICK_LIMIT, FAILED_LOOKUP_LIMIT, LOOKUP_LIMIT, REPORT_LIMIT, rateOf } from '../http/limits.ts';
import { MAX_BODY_BYTES } from '../http/read-json.ts';
import { MAX_DAYS } from '../usage/stats.ts';
import { clinicExamples } from './clinic-examples.ts';
import { apiExamples } from './examples.ts';
import {
  ANSWER_BODY_PROBLEMS,
  examplesOf,
  headerRefs,
  type Json,
  jsonContent,
  NO_STORE_HEADERS,
  problemResponses,
} from './responses.ts';

export const CLINIC_PARAMETERS = {
  clinicId: {
    name: 'id',
    in: 'path',
    required: true,
    description: 'The clinic id, e.g. `riverside-physio`.',
    schema: { type: 'string', pattern: CLINIC_ID_PATTERN.source },
  },
  clinicQuery: {
    name: 'clinic',
    in: 'query',
    description:
      'The clinic whose widget sends these answers: the completion is counted for it, after the response, if the clinic exists and the request comes from one of its allowed origins (or from no page at all). An unknown or malformed id counts nothing; the result is the same either way.',
    schema: { type: 'string' },
  },
  reportCode: {
    name: 'code',
    in: 'path',
    required: true,
    description:
      'The code returned by `POST /v1/reports`, e.g. `7K3Q-DM9X-WE4F`. Read forgivingly: any case, hyphens and spaces optional, `I` and `L` read as `1` and `O` as `0`. Codes of 26 characters issued before December 2026 still work until they expire.',
    schema: { type: 'string' },
    example: '7K3Q-DM9X-WE4F',
  },
  from: {
    name: 'from',
    in: 'query',
    description: `First UTC day, \`YYYY-MM-DD\`; default 29 days before \`to\`. At most ${MAX_DAYS} days in all.`,
    schema: { type: 'string', format: 'date' },
  },
  to: {
    name: 'to',
    in: 'query',
    description: 'Last UTC day, `YYYY-MM-DD`, included; default today.',
    schema: { type: 'string', format: 'date' },
  },
};

export const SECURITY_SCHEMES = {
  statsToken: {
    type: 'http',
    scheme: 'bearer',
    description:
      "The clinic's stats token (`hcs_…`), printed once by `npm run clinic -- add` or `rotate-token`; only its SHA-256 hash is stored.",
  },
  apiKey: {
    type: 'http',
    scheme: 'bearer',
    description:
      'Optional, for servers: an API key (`hck_…`) from `npm run clinic -- create-key`, which gives its holder a triage limit of its own. Only its SHA-256 hash is stored; never send one from a web page.',
  },
  deleteToken: {
    type: 'http',
    scheme: 'bearer',
    description: 'The `deleteToken` (`hcd_…`) returned with the report; only its SHA-256 hash is stored.',
  },
};

const param = (name: keyof typeof CLINIC_PARAMETERS) => ({ $ref: `#/components/parameters/${name}` });

const CLINIC_CORS =
  "Readable by a page only when the request's `Origin` is one of the clinic's allowed origins (`Access-Control-Allow-Origin` names it; `Vary: Origin`); any other page cannot read it. Simple requests, no preflight.";

const html = (summary: string, value: string) =>
  jsonContent('ClinicianPage', examplesOf({ page: { summary, value } }), 'text/html');

export function clinicPaths(): Json {
  const ex = apiExamples();
  const cx = clinicExamples();
  return {
    '/v1/clinics/{id}': {
      get: {
        operationId: 'getClinic',
        summary: 'A clinic profile',
        description: `The public part of a clinic's profile, for the widget's \`clinic\` attribute: name, booking link, phone, accent colour, logo, default language, and what to lead with for each urgency level (\`callToAction\`). ${CLINIC_CORS} Cacheable for a minute.`,
        parameters: [param('clinicId')],
        responses: {
          200: {
            description: 'The profile',
            headers: headerRefs(['Cache-Control', 'Vary', 'Access-Control-Allow-Origin']),
            ...jsonContent(
              'ClinicProfile',
              examplesOf({ demo: { summary: 'The demo clinic', value: cx.profile } }),
            ),
          },
          ...problemResponses(['not-found', 'service-unavailable', 'internal-error'], ex.problems, {
            'not-found': cx.problems.unknownClinic,
          }),
        },
      },
    },
    '/v1/clinics/{id}/logo': {
      get: {
        operationId: 'getClinicLogo',
        summary: "A clinic's logo",
        description: `The logo a clinic's profile names, served from this service's own origin: the profile's \`logoUrl\` points here, so the widget needs no other host (a page's \`img-src\` needs only the widget's origin) and the logo host never sees the pages or the runners. Fetched from the clinic's host (kept an hour at the edge) and passed on only as ${LOGO_TYPES.join(', ')} of at most ${MAX_LOGO_BYTES / 1024} KB; \`Content-Security-Policy: default-src 'none'; sandbox\`, so nothing in an SVG runs even when opened directly. Embeddable by any page (\`Cross-Origin-Resource-Policy: cross-origin\`); cached a day, its URL changing (\`?v=\`) with every profile update.`,
        parameters: [param('clinicId')],
        responses: {
          200: {
            description: 'The image',
            headers: headerRefs(['Cache-Control']),
            ...jsonContent(
              'ClinicLogo',
              examplesOf({ svg: { summary: 'An SVG logo', value: cx.logo } }),
              'image/*',
            ),
          },
          ...problemResponses(['not-found', 'service-unavailable', 'internal-error'], ex.problems, {
            'not-found': cx.problems.noLogo,
            'service-unavailable': cx.problems.logoUnavailable,
          }),
        },
      },
    },
    '/v1/clinics/{id}/clicks': {
      post: {
        operationId: 'countBookingClick',
        summary: 'Count a booking click',
        description: `A beacon (\`navigator.sendBeacon(url)\`, no body) the widget sends when the runner follows the booking link; the link itself goes straight to the clinic, so a booking never depends on this API. Counted after the response for today's UTC date, if the request comes from one of the clinic's allowed origins or from no page. ${CLINIC_CORS} At most ${rateOf(CLICK_LIMIT)} per IP address.`,
        parameters: [param('clinicId')],
        responses: {
          204: {
            description: 'Counted (after the response); no body.',
            headers: headerRefs(['Cache-Control', 'Vary']),
          },
          ...problemResponses(
            ['forbidden', 'not-found', 'rate-limited', 'service-unavailable', 'internal-error'],
            ex.problems,
            {
              forbidden: cx.problems.clickFromOtherPage,
              'not-found': cx.problems.unknownClinic,
              'rate-limited': cx.problems.clicksLimited,
            },
          ),
        },
      },
    },
    '/v1/clinics/{id}/stats': {
      get: {
        operationId: 'getClinicStats',
        summary: "A clinic's usage counts",
        description:
          'Counts per UTC day, zero-filled: completions in total, by urgency level and by first-ranked condition, reports shared, booking clicks. Counts only: no answers, no IP addresses, no free text. Needs the stats token; an unknown clinic is refused like a wrong token. Not callable from web pages (no CORS) and never cached.',
        security: [{ statsToken: [] }],
        parameters: [param('clinicId'), param('from'), param('to')],
        responses: {
          200: {
            description: 'The counts',
            headers: headerRefs(['Cache-Control']),
            ...jsonContent(
              'ClinicStats',
              examplesOf({ threeDays: { summary: 'Three days', value: cx.stats } }),
            ),
          },
          ...problemResponses(
            ['invalid-request', 'unauthorized', 'forbidden', 'service-unavailable', 'internal-error'],
            ex.problems,
            { 'service-unavailable': cx.problems.statsUnavailable },
          ),
        },
      },
    },
    '/v1/reports': {
      post: {
        operationId: 'createReport',
        summary: 'Share a result with a clinician',
        description: `What the widget calls when the runner presses "Share with my clinician", and only then: the answers are checked exactly as for \`POST /v1/triage\` (same order, same problems, up to ${MAX_BODY_BYTES} bytes), the result computed, and answers plus result stored for 30 days under a code of 12 characters in groups of four (\`7K3Q-DM9X-WE4F\`: 60 random bits, short enough to read over the phone, guessed only by enumeration that the lookup limits make hopeless) with no identity and no IP address. The response gives the clinician page and a delete token, shown once. With \`clinic\` (and a request from one of its allowed origins, or from no page) the page names the clinic, the share is counted, and \`bookingUrl\` carries the code when the clinic asked for it. Callable from any origin. At most ${rateOf(REPORT_LIMIT)} per IP address. Never cached.`,
        requestBody: {
          required: true,
          ...jsonContent(
            'ReportRequest',
            examplesOf({ shared: { summary: 'Shared with the demo clinic', value: cx.reportRequest } }),
          ),
        },
        responses: {
          201: {
            description: 'Stored',
            headers: headerRefs(['Location', 'Cache-Control']),
            ...jsonContent(
              'ReportCreated',
              examplesOf({ shared: { summary: 'Shared', value: cx.reportCreated } }),
            ),
          },
          ...problemResponses(
            [...ANSWER_BODY_PROBLEMS, 'service-unavailable', 'internal-error'],
            ex.problems,
            {
              'rate-limited': cx.problems.reportsLimited,
              'service-unavailable': cx.problems.sharingUnavailable,
            },
          ),
        },
      },
    },
    '/v1/reports/{code}': {
      delete: {
        operationId: 'deleteReport',
        summary: 'Delete a shared report',
        description: `Deletes the report at once, with the \`deleteToken\` given when it was created; its page then answers 404 like a code that never existed. Callable from any origin. The lookup counts like the clinician page's: at most ${rateOf(LOOKUP_LIMIT)} per IP address, and lookups pause for everyone for up to ${FAILED_LOOKUP_LIMIT.period} seconds once more than ${rateOf(FAILED_LOOKUP_LIMIT)} are for codes that do not exist.`,
        security: [{ deleteToken: [] }],
        parameters: [param('reportCode')],
        responses: {
          204: { description: 'Deleted; no body.', headers: NO_STORE_HEADERS },
          ...problemResponses(
            [
              'unauthorized',
              'forbidden',
              'not-found',
              'rate-limited',
              'service-unavailable',
              'internal-error',
            ],
            ex.problems,
            {
              'rate-limited': cx.problems.lookupsLimited,
              unauthorized: cx.problems.missingDeleteToken,
              forbidden: cx.problems.wrongDeleteToken,
              'not-found': cx.problems.notShared,
              'service-unavailable': cx.problems.sharingUnavailable,
            },
          ),
        },
      },
    },
    '/r/{code}': {
      get: {
        operationId: 'getClinicianPage',
        summary: 'The clinician page of a shared report',
        description: `A printable HTML page in the report's language: urgency and stretch advice given, the red-flag screen, positive findings, likely sources with their evidence, suggested in-clinic tests (with accuracy where published) and outcome measures, questionnaire version, dates, the clinic, and that it is a self-reported questionnaire, not a diagnosis. No script, a CSP that allows only its inline stylesheet, \`X-Robots-Tag: noindex\`, \`Referrer-Policy: no-referrer\`, never cached. A code that never existed, has expired or was deleted gets the same 404 page. At most ${rateOf(LOOKUP_LIMIT)} per IP address; once more than ${rateOf(FAILED_LOOKUP_LIMIT)} are for codes that do not exist, lookups pause for up to ${FAILED_LOOKUP_LIMIT.period} seconds, for everyone, so codes cannot be found by guessing (SECURITY.md). Both answer 429 with a page.`,
        parameters: [param('reportCode')],
        responses: {
          200: {
            description: 'The page',
            headers: headerRefs([
              'Cache-Control',
              'Content-Language',
              'Content-Security-Policy',
              'X-Robots-Tag',
              'Referrer-Policy',
            ]),
            ...html('The demo report', cx.clinicianPage),
          },
          404: {
            description: 'No such report (never created, expired or deleted: the same page)',
            headers: headerRefs(['Cache-Control', 'Content-Security-Policy', 'X-Robots-Tag']),
            ...html('Not available', cx.missingPage),
          },
          429: {
            description:
              'Too many lookups from this address, or of codes that do not exist from anywhere; retry after `Retry-After` seconds.',
            headers: headerRefs(['Retry-After', 'Cache-Control']),
            ...html('Too many lookups', cx.unavailablePage),
          },
          503: {
            description: 'Shared reports cannot be read right now; retry after `Retry-After` seconds.',
            headers: headerRefs(['Retry-After', 'Cache-Control']),
            ...html('Unavailable', cx.unavailablePage),
          },
          ...problemResponses(['internal-error'], ex.problems),
        },
      },
    },
  };
}
