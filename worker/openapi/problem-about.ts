/**
 * @module What each problem type means and what to do about it, for the API reference (the OpenAPI
 * document and /docs). Built at build time only, so these texts stay out of the Worker; the type makes
 * every slug in problems.ts need one.
 */
import { CLICK_LIMIT, KEYED_TRIAGE_LIMIT, REPORT_LIMIT, rateOf, TRIAGE_LIMIT } from '../http/limits.ts';
import { MAX_BODY_BYTES } from '../http/read-json.ts';
import type { ProblemSlug } from '../problems.ts';

export const PROBLEM_ABOUT: Record<ProblemSlug, string> = {
  'malformed-json': 'The body is empty, is not UTF-8 or is not JSON. Send one JSON object encoded as UTF-8.',
  'invalid-request':
    'A body field or query parameter has the wrong shape: a missing or unknown field, a wrong type, a value too long, an unsupported language. `errors` lists each one with a JSON Pointer (`pointer`) or the query parameter (`parameter`).',
  'invalid-answers':
    'The body is well formed but some answers do not fit the questionnaire: an unknown question, a value of the wrong type, an option the question does not offer, options that must be chosen alone, or an answer to a question the flow does not ask given the other answers. `errors` names each answer and what is allowed.',
  unauthorized:
    "The endpoint needs `Authorization: Bearer <token>`: the clinic's stats token for `GET /v1/clinics/{id}/stats`, or the delete token returned with a shared report for `DELETE /v1/reports/{code}`. On `POST /v1/triage` an API key is optional, but one that is sent must be valid: an unknown, mistyped or revoked key is refused (the detail says which), never treated as no key. The response carries `WWW-Authenticate: Bearer`.",
  forbidden:
    "The request is understood but refused: the token does not match (a wrong or rotated stats token, or another report's delete token), or a booking click comes from a page that is not among the clinic's allowed origins, or an API key comes from a web page (it sent `Origin` or `Sec-Fetch-Site`): keys are for servers. Stats answer an unknown clinic the same way, so they reveal no clinic ids.",
  'not-found': 'No such endpoint or resource. The detail lists the valid ids where there are some.',
  'method-not-allowed':
    'The endpoint exists but not with this method. The `Allow` header lists the methods it accepts.',
  'stale-questionnaire':
    'The answers were collected with another questionnaire version than the current one. Fetch `GET /v1/questionnaire` again, ask any changed questions, and send its `version` as `questionnaireVersion`. `currentVersion` gives it.',
  'payload-too-large': `The body is over ${MAX_BODY_BYTES / 1024} KB (${MAX_BODY_BYTES.toLocaleString('en')} bytes). A complete set of answers is well under 4 KB.`,
  'unsupported-media-type': 'The body must be sent with `Content-Type: application/json` (UTF-8).',
  'rate-limited': `Too many requests from one IP address: more than ${rateOf(TRIAGE_LIMIT)} to \`POST /v1/triage\`, ${CLICK_LIMIT.limit} to a clinic's booking clicks, or ${REPORT_LIMIT.limit} to \`POST /v1/reports\`; or, with an API key, more than ${rateOf(KEYED_TRIAGE_LIMIT, 'triage requests')} with that key. Wait the number of seconds in \`Retry-After\`.`,
  'internal-error':
    'Something failed on our side; nothing about the request is echoed or logged. Retry later and quote `requestId` if it persists.',
  'not-implemented':
    '`GET /oembed` answers in JSON only (oEmbed 1.0): send `format=json` or leave `format` out.',
  'service-unavailable':
    'A storage service behind a clinic feature failed: clinic profiles, shared reports, usage counts or API keys (a call without a key still works). Triage does not depend on them and keeps working; only branding, sharing or stats are affected. Retry after the seconds in `Retry-After`.',
};
