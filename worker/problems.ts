/**
 * @module The one error format: every 4xx and 5xx is `application/problem+json` (RFC 9457). Each problem
 * type has a stable slug; its `type` URI points at its section of the API reference (`/docs#problem-…`),
 * which is rendered from this table, so the list a caller reads is the list the code can send.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { CONDITION_IDS } from '../shared/index.ts';
import type { FieldError, Problem } from './schemas.ts';

interface ProblemType {
  status: number;
  title: string;
  /** When it happens and what to do, for the API reference. */
  about: string;
}

export const PROBLEM_TYPES = {
  'malformed-json': {
    status: 400,
    title: 'Malformed JSON body',
    about: 'The body is empty, is not UTF-8 or is not JSON. Send one JSON object encoded as UTF-8.',
  },
  'invalid-request': {
    status: 400,
    title: 'Invalid request',
    about:
      'A body field or query parameter has the wrong shape: a missing or unknown field, a wrong type, a value too long, an unsupported language. `errors` lists each one with a JSON Pointer (`pointer`) or the query parameter (`parameter`).',
  },
  'invalid-answers': {
    status: 400,
    title: 'Invalid answers',
    about:
      'The body is well formed but some answers do not fit the questionnaire: an unknown question, a value of the wrong type, an option the question does not offer, options that must be chosen alone, or an answer to a question the flow does not ask given the other answers. `errors` names each answer and what is allowed.',
  },
  unauthorized: {
    status: 401,
    title: 'Authorization required',
    about:
      "The endpoint needs `Authorization: Bearer <token>`: the clinic's stats token for `GET /v1/clinics/{id}/stats`, or the delete token returned with a shared report for `DELETE /v1/reports/{code}`. The response carries `WWW-Authenticate: Bearer`.",
  },
  forbidden: {
    status: 403,
    title: 'Not allowed',
    about:
      "The request is understood but refused: the token does not match (a wrong or rotated stats token, or another report's delete token), or a booking click comes from a page that is not among the clinic's allowed origins. Stats answer an unknown clinic the same way, so they reveal no clinic ids.",
  },
  'not-found': {
    status: 404,
    title: 'Not found',
    about: 'No such endpoint or resource. The detail lists the valid ids where there are some.',
  },
  'method-not-allowed': {
    status: 405,
    title: 'Method not allowed',
    about: 'The endpoint exists but not with this method. The `Allow` header lists the methods it accepts.',
  },
  'stale-questionnaire': {
    status: 409,
    title: 'Questionnaire version changed',
    about:
      'The answers were collected with another questionnaire version than the current one. Fetch `GET /v1/questionnaire` again, ask any changed questions, and send its `version` as `questionnaireVersion`. `currentVersion` gives it.',
  },
  'payload-too-large': {
    status: 413,
    title: 'Body too large',
    about: 'The body is over 32 KB (32,768 bytes). A complete set of answers is well under 4 KB.',
  },
  'unsupported-media-type': {
    status: 415,
    title: 'Unsupported media type',
    about: 'The body must be sent with `Content-Type: application/json` (UTF-8).',
  },
  'rate-limited': {
    status: 429,
    title: 'Too many requests',
    about:
      "Too many requests from one IP address: more than 60 a minute to `POST /v1/triage` or to a clinic's booking clicks, or more than 10 a minute to `POST /v1/reports`. Wait the number of seconds in `Retry-After`.",
  },
  'internal-error': {
    status: 500,
    title: 'Internal error',
    about:
      'Something failed on our side; nothing about the request is echoed or logged. Retry later and quote `requestId` if it persists.',
  },
  'service-unavailable': {
    status: 503,
    title: 'Temporarily unavailable',
    about:
      'A storage service behind a clinic feature failed: clinic profiles, shared reports or usage counts. Triage does not depend on them and keeps working; only branding, sharing or stats are affected. Retry after the seconds in `Retry-After`.',
  },
} as const satisfies Record<string, ProblemType>;

export type ProblemSlug = keyof typeof PROBLEM_TYPES;
export const PROBLEM_SLUGS = Object.keys(PROBLEM_TYPES) as ProblemSlug[];

/** The anchor of a problem type in the API reference. */
export const problemAnchor = (slug: ProblemSlug) => `problem-${slug}`;

/** Extension members a problem may carry besides the five RFC 9457 ones. */
export type ProblemExtras = Pick<Problem, 'errors' | 'currentVersion' | 'requestId'>;

export function problemBody(slug: ProblemSlug, detail: string, extras: ProblemExtras = {}): Problem {
  const { status, title } = PROBLEM_TYPES[slug];
  return { type: `/docs#${problemAnchor(slug)}`, title, status, detail, ...extras };
}

/** Thrown by request checks anywhere in a route; the app's error handler turns it into the response. */
export class ProblemError extends Error {
  readonly problem: Problem;
  readonly headers: Record<string, string>;
  constructor(
    slug: ProblemSlug,
    detail: string,
    extras: ProblemExtras = {},
    headers: Record<string, string> = {},
  ) {
    super(detail);
    this.problem = problemBody(slug, detail, extras);
    this.headers = headers;
  }
}

/** Built through the context so headers set earlier (request id, CORS) are kept. */
export function problemResponse(c: Context, { problem, headers }: ProblemError): Response {
  return c.body(JSON.stringify(problem), problem.status as ContentfulStatusCode, {
    'Content-Type': 'application/problem+json',
    'Content-Language': 'en',
    'Cache-Control': 'no-store',
    ...headers,
  });
}

/** At most this many field errors are listed, so a hostile body cannot inflate the response. */
export const MAX_FIELD_ERRORS = 50;

/** A detail that counts every invalid field, with the first MAX_FIELD_ERRORS of them listed. */
export function fieldProblem(
  slug: 'invalid-request' | 'invalid-answers',
  errors: FieldError[],
  what: (count: string) => string,
): ProblemError {
  const n = errors.length;
  const count = `${n} ${slug === 'invalid-request' ? 'field' : 'answer'}${n === 1 ? ' is' : 's are'}`;
  const listed = n > MAX_FIELD_ERRORS ? ` The first ${MAX_FIELD_ERRORS} are listed.` : '';
  return new ProblemError(slug, `${what(count)}; fix each one listed in errors.${listed}`, {
    errors: errors.slice(0, MAX_FIELD_ERRORS),
  });
}

/** The window of every rate limit in wrangler.toml: the longest a client can have to wait. */
const RATE_PERIOD_SECONDS = 60;

/** `what` names the requests, e.g. "triage requests"; `limit` is the binding's limit per minute. */
export function rateLimited(what: string, limit: number): ProblemError {
  return new ProblemError(
    'rate-limited',
    `Too many ${what} from this address: at most ${limit} a minute. Retry after ${RATE_PERIOD_SECONDS} seconds.`,
    {},
    { 'Retry-After': String(RATE_PERIOD_SECONDS) },
  );
}

export function unknownCondition(id: string): ProblemError {
  return new ProblemError(
    'not-found',
    `There is no condition ${JSON.stringify(id.slice(0, 64))}. The condition ids are: ${CONDITION_IDS.join(', ')}.`,
  );
}

export function noEndpoint(path: string): ProblemError {
  return new ProblemError(
    'not-found',
    `There is no endpoint at ${path.slice(0, 100)}. The endpoints are listed at /docs and /v1/openapi.json.`,
  );
}

export function wrongMethod(allowed: readonly string[]): ProblemError {
  const allow = allowed.join(', ');
  return new ProblemError('method-not-allowed', `This endpoint accepts ${allow} only.`, {}, { Allow: allow });
}

export function internalError(requestId: string): ProblemError {
  return new ProblemError(
    'internal-error',
    `Something failed on our side. Retry later; if it persists, quote request ${requestId}.`,
    { requestId },
  );
}

/** How long a client should wait after a storage failure before retrying. */
const UNAVAILABLE_RETRY_SECONDS = 60;

/** A storage binding failed at a feature's boundary; `what` says what is unavailable, `meanwhile` what still works. */
export function unavailable(what: string, meanwhile: string): ProblemError {
  return new ProblemError(
    'service-unavailable',
    `${what} unavailable right now. ${meanwhile} Retry after ${UNAVAILABLE_RETRY_SECONDS} seconds.`,
    {},
    { 'Retry-After': String(UNAVAILABLE_RETRY_SECONDS) },
  );
}
