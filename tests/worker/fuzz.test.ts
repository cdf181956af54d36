/**
 * API fuzzing (fast-check): thousands of generated requests against every route and method (the routes
 * are read from the app, so new ones are fuzzed too) with random JSON, wrong types, very long strings,
 * deep nesting, odd Unicode, prototype keys, invalid UTF-8, wrong content types and oversized bodies.
 * Every answer must be a 2xx or a 4xx problem+json, never a 5xx, and never show a stack trace or a path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Answers, QUESTIONNAIRE_VERSION } from '../../shared/index.ts';
import { createApp } from '../../worker/app.ts';
import { answersArbitrary } from '../shared/support/answer-arbitrary.ts';
import { triageBody } from '../shared/support/triage-body.ts';
import { api } from './helpers.ts';

/** Requests per property; five properties make the 10,000 per run. */
const RUNS = 2_000;
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

const segment = fc.oneof(
  fc.stringMatching(/^[a-z0-9-]{1,24}$/),
  fc.string({ maxLength: 40 }).map(encodeURIComponent),
  fc.constantFrom('doms', '__proto__', 'constructor', '..', '%00', '%E2%80%AE', 'a'.repeat(300)),
);

/** Every path the app routes, parameters filled in, plus paths it does not. */
const pathArbitrary = fc.oneof(
  fc
    .constantFrom(
      ...new Set(
        createApp()
          .routes.map((r) => r.path)
          .filter((p) => p !== '/*'),
      ),
    )
    .chain((path) =>
      fc
        .tuple(...path.split('/').map((part) => (part.startsWith(':') ? segment : fc.constant(part))))
        .map((parts) => parts.join('/')),
    ),
  fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => `/v1/${parts.join('/')}`),
  fc.array(segment, { maxLength: 3 }).map((parts) => `/${parts.join('/')}`),
);

const query = fc.oneof(
  fc.constant(''),
  fc.constantFrom('?lang=es', '?lang=fr', '?lang=', '?lang=en&lang=es', '?clinic=riverside-physio', '?x=%FF'),
  fc.string({ maxLength: 60 }).map((s) => `?${encodeURIComponent(s)}=${encodeURIComponent(s)}`),
);

const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/problem+json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  '',
  'application/json; charset=latin-1',
  // ASCII only: workerd warns on every non-ASCII header value, which would bury the run's output in
  // hundreds of lines. tests/worker/triage-body.test.ts sends one.
  'garbage/;;;charset="',
);

const deep = fc.integer({ min: 1, max: 20_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`);
const weirdKeys = fc.dictionary(
  fc.oneof(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', '', 'age', 'rf-nerve'),
    fc.string({ maxLength: 20 }),
  ),
  fc.jsonValue({ maxDepth: 3 }),
  { maxKeys: 8 },
);
// Answers of any shape: most of these are not answers at all, on purpose.
const request = (answers: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify(triageBody(answers as Answers, extra));

/** Bodies from valid to hostile. */
const bodyArbitrary: fc.Arbitrary<string | Uint8Array | null> = fc.oneof(
  answersArbitrary.map((answers) => request(answers)),
  weirdKeys.map((answers) => request(answers)),
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
  fc.jsonValue({ maxDepth: 3 }).map((answers) => request(answers, { lang: 'es' })),
  fc.string({ unit: 'binary', maxLength: 200 }).map((s) => request({ age: s, [s]: [s] })),
  fc.string({ minLength: 5_000, maxLength: 40_000 }).map((s) => request({ where: [s] })),
  deep.map((nested) => `{"questionnaireVersion":"${QUESTIONNAIRE_VERSION}","answers":${nested}}`),
  deep,
  fc.uint8Array({ maxLength: 300 }),
  fc
    .uint8Array({ maxLength: 50 })
    .map(
      (bytes) => new Uint8Array([...new TextEncoder().encode('{"answers":{"age":"'), ...bytes, 0xff, 0xfe]),
    ),
  fc.constantFrom(
    null,
    '',
    '{',
    'null',
    '[]',
    '{"__proto__":{"answers":{}}}',
    `{"questionnaireVersion":"${QUESTIONNAIRE_VERSION}","answers":{"constructor":{"prototype":1}}}`,
  ),
);

interface Headers {
  contentType: string;
  acceptLanguage: string;
  origin: string;
  authorization: string;
  ip: string;
}

const headersArbitrary: fc.Arbitrary<Headers> = fc.record({
  contentType,
  acceptLanguage: fc.constantFrom(
    '',
    'es-MX,es;q=0.9',
    '*',
    'xx',
    'en;q=0',
    '\u0000'.replace('\u0000', 'zz'),
  ),
  origin: fc.constantFrom('', 'https://blog.example', 'null', 'http://127.0.0.1:1'),
  authorization: fc.constantFrom('', 'Bearer x', 'Bearer ', 'Basic Zm9vOmJhcg=='),
  ip: fc.ipV6(),
});

// A stack frame, `at fn (file:1:2)`, with bounded parts: unbounded `.+\(.*` backtracks quadratically over
// the one-line OpenAPI document (177 KB), which took 3 s of the run.
const STACK = /\bat [^\s()]{1,200} \([^()\n]{1,500}:\d+:\d+\)|\n\s+at |\.ts:\d+|\/work\/|node_modules/;

async function send(method: string, path: string, body: string | Uint8Array | null, h: Headers) {
  const headers: Record<string, string> = { 'CF-Connecting-IP': h.ip };
  if (h.contentType) headers['Content-Type'] = h.contentType;
  if (h.acceptLanguage) headers['Accept-Language'] = h.acceptLanguage;
  if (h.origin) headers.Origin = h.origin;
  if (h.authorization) headers.Authorization = h.authorization;
  const withBody = method !== 'GET' && method !== 'HEAD' && body !== null;
  return api(path, { method, headers, body: withBody ? (body as BodyInit) : undefined });
}

/** The clinician page is a page for people: its errors are HTML pages (with a CSP), not problems. */
const isPage = (path: string) => path.startsWith('/r/');

async function expectWellFormed(res: Response, method: string, path = ''): Promise<boolean> {
  const text = await res.text();
  expect(res.status, `${res.status}: ${text.slice(0, 200)}`).toBeLessThan(500);
  expect(text).not.toMatch(STACK);
  if (
    res.status >= 400 &&
    method !== 'HEAD' &&
    isPage(path) &&
    res.headers.get('content-type')?.startsWith('text/html')
  ) {
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    return true;
  }
  if (res.status >= 400 && method !== 'HEAD') {
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = JSON.parse(text);
    expect(problem).toMatchObject({
      status: res.status,
      type: expect.any(String),
      title: expect.any(String),
      detail: expect.any(String),
    });
  }
  return true;
}

describe('API fuzzing', () => {
  it(`answers ${RUNS} generated triage bodies with a result or a problem`, async () => {
    await fc.assert(
      fc.asyncProperty(bodyArbitrary, headersArbitrary, async (body, h) => {
        const res = await send('POST', '/v1/triage', body, h);
        return expectWellFormed(res, 'POST');
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it(`gives every valid answer set sent as JSON a 200 result (${RUNS / 2} sets)`, async () => {
    await fc.assert(
      fc.asyncProperty(answersArbitrary, fc.ipV6(), async (answers, ip) => {
        const res = await send('POST', '/v1/triage', request(answers), {
          contentType: 'application/json',
          acceptLanguage: '',
          origin: '',
          authorization: '',
          ip,
        });
        expect(res.status).toBe(200);
        return ((await res.json()) as { safetyNet: string[] }).safetyNet.length > 0;
      }),
      { numRuns: RUNS / 2 },
    );
  }, 120_000);

  it(`answers ${RUNS} generated requests to every route and method without a 5xx`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...METHODS),
        pathArbitrary,
        query,
        bodyArbitrary,
        headersArbitrary,
        async (method, path, q, body, h) => {
          const res = await send(method, `${path}${q}`, body, h);
          return expectWellFormed(res, method, path);
        },
      ),
      { numRuns: RUNS },
    );
  }, 120_000);

  it(`answers ${RUNS} requests with hostile paths and queries on the read endpoints`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/v1/questionnaire', '/v1/conditions', '/v1/health'),
        query,
        headersArbitrary,
        async (path, q, h) => {
          const res = await send('GET', `${path}${q}`, null, h);
          return expectWellFormed(res, 'GET');
        },
      ),
      { numRuns: RUNS },
    );
  }, 120_000);

  it(`answers ${RUNS + RUNS / 2} hostile bodies to every POST route`, async () => {
    const posts = [
      ...new Set(
        createApp()
          .routes.filter((r) => r.method === 'POST')
          .map((r) => r.path),
      ),
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...posts),
        segment,
        bodyArbitrary,
        headersArbitrary,
        async (path, id, body, h) => {
          const res = await send('POST', path.replace(/:\w+/g, id), body, h);
          return expectWellFormed(res, 'POST');
        },
      ),
      { numRuns: RUNS + RUNS / 2 },
    );
  }, 120_000);
});
