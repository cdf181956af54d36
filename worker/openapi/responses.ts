/**
 * @module Building blocks of the OpenAPI operations: parameters, cache headers, JSON and problem responses.
 * Every media type names its schema by `$ref`, which is how the tests find the zod schema each example
 * must satisfy.
 */
import { PROBLEM_TYPES, type ProblemSlug } from '../problems.ts';
import type { Problem } from '../schemas.ts';

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
  'Cache-Control': header('`public, max-age=300, stale-while-revalidate=86400`, or `no-store` for triage.'),
  Vary: header('`Accept-Language`: the language may come from that header.'),
  'Content-Language': header('Language of the texts, `en` or `es`.'),
  'Retry-After': header('Seconds to wait before retrying.', { type: 'integer' }),
  Allow: header('The methods this endpoint accepts.'),
  'X-Request-Id': header('Id of this request, also on every response.'),
};

const headerRefs = (names: (keyof typeof HEADERS)[]) =>
  Object.fromEntries(names.map((name) => [name, { $ref: `#/components/headers/${name}` }]));

export const CACHED_HEADERS = headerRefs(['ETag', 'Cache-Control', 'Vary', 'Content-Language']);
export const NO_STORE_HEADERS = headerRefs(['Cache-Control', 'Content-Language']);

const PROBLEM_HEADERS: Partial<Record<ProblemSlug, Json>> = {
  'rate-limited': headerRefs(['Retry-After']),
  'method-not-allowed': headerRefs(['Allow']),
};

/** The reusable response of one problem type, with its example (components.responses). */
export function problemComponent(slug: ProblemSlug, example: Problem): Json {
  const headers = PROBLEM_HEADERS[slug];
  return {
    description: `${PROBLEM_TYPES[slug].title}: ${PROBLEM_TYPES[slug].about}`,
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
          description: group.map((slug) => `\`${slug}\`: ${PROBLEM_TYPES[slug].about}`).join('\n\n'),
          ...jsonContent('Problem', examplesOf(entries), 'application/problem+json'),
        },
      ];
    }),
  );
}
