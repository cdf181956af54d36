/**
 * @module Building blocks of the OpenAPI operations: parameters, cache headers, JSON and problem responses.
 * Every media type names its schema by `$ref`, which is how the tests find the zod schema each example
 * must satisfy.
 */
import { CACHE_CONTROL, PROFILE_CACHE_CONTROL } from '../http/cacheable.ts';
import { PROBLEM_TYPES, type ProblemSlug } from '../problems.ts';
import type { Problem } from '../schemas.ts';
import { PROBLEM_ABOUT } from './problem-about.ts';

export type Json = Record<string, unknown>;

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** Examples keyed by name, as OpenAPI's `examples` map wants them. */
export function examplesOf(entries: Record<string, { summary: string; value: unknown }>): Json {
  return { examples: entries };
}

export function jsonContent(schema: string, examples: Json, type = 'application/json'): Json {
  return { content: { [type]: { schema: ref(schema), ...examples } } };
}

const header = (description: string, schema: Json = { type: 'string' }) => ({ description, schema });

export const HEADERS = {
  ETag: header('Strong validator of this representation; send it back in If-None-Match.'),
  'Cache-Control': header(
    `\`${CACHE_CONTROL}\` for the catalogues, \`${PROFILE_CACHE_CONTROL}\` for clinic profiles, \`no-store\` for everything about answers, reports and stats.`,
  ),
  Vary: header(
    '`Accept-Language` where the language may come from that header; `Origin` on clinic routes, whose CORS depends on the page.',
  ),
  'Content-Language': header('Language of the texts, `en` or `es`.'),
  'Retry-After': header('Seconds to wait before retrying.', { type: 'integer' }),
  Allow: header('The methods this endpoint accepts.'),
  'X-Request-Id': header(
    'Id of this request, on every response: always chosen by the server (an `X-Request-Id` sent with the request is ignored).',
  ),
  'Access-Control-Allow-Origin': header(
    "The requesting page's origin, only when it is one of the clinic's allowed origins; absent otherwise.",
  ),
  Location: header('The clinician page of the new report, `/r/{code}`.'),
  'WWW-Authenticate': header('`Bearer realm="…"`: which token to send (RFC 6750).'),
  'Content-Security-Policy': header(
    "`default-src 'none'`, the page's own inline stylesheet allowed by its hash, no script, no framing.",
  ),
  'X-Robots-Tag': header('`noindex, nofollow`: search engines must not keep it.'),
  'Referrer-Policy': header('`no-referrer`: a link followed from the page does not reveal its address.'),
};

export const headerRefs = (names: (keyof typeof HEADERS)[]) =>
  Object.fromEntries(names.map((name) => [name, { $ref: `#/components/headers/${name}` }]));

export const CACHED_HEADERS = headerRefs(['ETag', 'Cache-Control', 'Vary', 'Content-Language']);
export const NO_STORE_HEADERS = headerRefs(['Cache-Control', 'Content-Language']);

const PROBLEM_HEADERS: Partial<Record<ProblemSlug, Json>> = {
  'rate-limited': headerRefs(['Retry-After']),
  'method-not-allowed': headerRefs(['Allow']),
  unauthorized: headerRefs(['WWW-Authenticate']),
  'service-unavailable': headerRefs(['Retry-After']),
};

/** The problems of a body of answers, in the order they are checked (worker/triage-request.ts). */
export const ANSWER_BODY_PROBLEMS: ProblemSlug[] = [
  'malformed-json',
  'invalid-request',
  'invalid-answers',
  'stale-questionnaire',
  'payload-too-large',
  'unsupported-media-type',
  'rate-limited',
];

/** The reusable response of one problem type, with its example (components.responses). */
export function problemComponent(slug: ProblemSlug, example: Problem): Json {
  const headers = PROBLEM_HEADERS[slug];
  return {
    description: `${PROBLEM_TYPES[slug].title}: ${PROBLEM_ABOUT[slug]}`,
    ...(headers ? { headers } : {}),
    ...jsonContent(
      'Problem',
      examplesOf({ [slug]: { summary: PROBLEM_TYPES[slug].title, value: example } }),
      'application/problem+json',
    ),
  };
}

/**
 * An operation's problem responses by status: a status with one problem type refers to its component;
 * one with several (400) lists them all. `overrides` replaces a type's example for this operation.
 */
export function problemResponses(
  slugs: ProblemSlug[],
  examples: Record<ProblemSlug, Problem>,
  overrides: Partial<Record<ProblemSlug, Problem>> = {},
) {
  const byStatus = new Map<number, ProblemSlug[]>();
  for (const slug of slugs) {
    const { status } = PROBLEM_TYPES[slug];
    byStatus.set(status, [...(byStatus.get(status) ?? []), slug]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, group]) => {
      const [only] = group;
      if (group.length === 1 && only && !overrides[only])
        return [status, { $ref: `#/components/responses/${only}` }];
      const entries = Object.fromEntries(
        group.map((slug) => [
          slug,
          { summary: PROBLEM_TYPES[slug].title, value: overrides[slug] ?? examples[slug] },
        ]),
      );
      return [
        status,
        {
          description: group.map((slug) => `\`${slug}\`: ${PROBLEM_ABOUT[slug]}`).join('\n\n'),
          ...jsonContent('Problem', examplesOf(entries), 'application/problem+json'),
        },
      ];
    }),
  );
}
