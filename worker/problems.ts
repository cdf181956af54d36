/**
 * @module The one error format: every 4xx and 5xx is `application/problem+json` (RFC 9457). Each problem
 * type has a stable slug; its `type` URI points at its section of the API reference (`/docs#problem-…`),
 * which is rendered from this table and openapi/problem-about.ts (which must explain every slug), so the
 * list a caller reads is the list the code can send.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { CONDITION_IDS } from '../shared/index.ts';
import { type RateLimitRule, rateOf } from './http/limits.ts';
import type { FieldError, Problem } from './schemas.ts';

interface ProblemType {
  status: number;
  title: string;
}

export const PROBLEM_TYPES = {
  'malformed-json': {
    status: 400,
    title: 'Malformed JSON body',
  },
  'invalid-request': {
    status: 400,
    title: 'Invalid request',
  },
  'invalid-answers': {
    status: 400,
    title: 'Invalid answers',
  },
  unauthorized: {
    status: 401,
    title: 'Authorization required',
  },
  forbidden: {
    status: 403,
    title: 'Not allowed',
  },
  'not-found': {
    status: 404,
    title: 'Not found',
  },
  'method-not-allowed': {
    status: 405,
    title: 'Method not allowed',
  },
  'stale-questionnaire': {
    status: 409,
    title: 'Questionnaire version changed',
  },
  'payload-too-large': {
    status: 413,
    title: 'Body too large',
  },
  'unsupported-media-type': {
    status: 415,
    title: 'Unsupported media type',
  },
  'rate-limited': {
    status: 429,
    title: 'Too many requests',
  },
  'internal-error': {
    status: 500,
    title: 'Internal error',
  },
  'not-implemented': {
    status: 501,
    title: 'Not implemented',
  },
  'service-unavailable': {
    status: 503,
    title: 'Temporarily unavailable',
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

/** Windows are fixed, so the rule's window is the longest a refused client can have to wait. */
export function rateLimited(rule: RateLimitRule): ProblemError {
  return new ProblemError(
    'rate-limited',
    `Too many ${rule.what} from this address: at most ${rateOf(rule)}. Retry after ${rule.period} seconds.`,
    {},
    { 'Retry-After': String(rule.period) },
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
export const UNAVAILABLE_RETRY_SECONDS = 60;

/** A storage binding failed at a feature's boundary; `what` says what is unavailable, `meanwhile` what still works. */
export function unavailable(what: string, meanwhile: string): ProblemError {
  return new ProblemError(
    'service-unavailable',
    `${what} unavailable right now. ${meanwhile} Retry after ${UNAVAILABLE_RETRY_SECONDS} seconds.`,
    {},
    { 'Retry-After': String(UNAVAILABLE_RETRY_SECONDS) },
  );
}
