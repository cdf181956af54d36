/**
 * Requests against the Worker as deployed (`exports.default.fetch`), and the checks every problem
 * response must pass.
 */
import { exports } from 'cloudflare:workers';
import { expect } from 'vitest';
import { docsSite } from '../../worker/docs/site.ts';
import { SITTING_BONE_ACHE } from '../../worker/openapi/examples.ts';
import { type Problem, ProblemSchema } from '../../worker/schemas.ts';
import { jsonPost as plainJsonPost, triageBody } from '../shared/support/triage-body.ts';

// triageBody's default answers, for the tests that compare with them.
export { SITTING_BONE_ACHE, triageBody };

export const BASE = 'https://hc.test';

export function api(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(`${BASE}${path}`, init);
}

/** The CORS preflight a browser on `origin` sends before `method` with `requestHeaders`. */
export function preflight(
  path: string,
  origin: string,
  method: string,
  requestHeaders: string,
): Promise<Response> {
  return api(path, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': method,
      'Access-Control-Request-Headers': requestHeaders,
    },
  });
}

let lastIp = 0;
/** A fresh client address per call, so tests never share a rate-limit bucket by accident. */
export function freshIp(): string {
  lastIp += 1;
  return `2001:db8::${lastIp.toString(16)}`;
}

/** POST `body` as JSON from a fresh client address. */
export const jsonPost = (body: unknown, headers: Record<string, string> = {}): RequestInit =>
  plainJsonPost(body, { 'CF-Connecting-IP': freshIp(), ...headers });

interface PostOptions {
  ip?: string;
  headers?: Record<string, string>;
}

/** POST /v1/triage with a raw body (string, bytes or stream) or a value sent as JSON. */
export function postTriage(
  body: unknown,
  { ip = freshIp(), headers = {} }: PostOptions = {},
): Promise<Response> {
  const raw =
    typeof body === 'string' || body instanceof Uint8Array || body instanceof ReadableStream || body === null
      ? body
      : JSON.stringify(body);
  const all = { 'Content-Type': 'application/json', 'CF-Connecting-IP': ip, ...headers };
  return api('/v1/triage', {
    method: 'POST',
    // An empty value leaves the header out.
    headers: Object.fromEntries(Object.entries(all).filter(([, value]) => value !== '')),
    body: raw as BodyInit | null,
  });
}

/** Asserts an RFC 9457 problem of the given status and type slug, and returns it. */
export async function expectProblem(res: Response, status: number, slug: string): Promise<Problem> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  const problem = ProblemSchema.parse(await res.json());
  expect(problem).toMatchObject({ status, type: `/docs#problem-${slug}` });
  expect(problem.detail.length).toBeGreaterThan(10);
  return problem;
}

/** The field errors of a problem as `pointer → detail`. */
export function errorsByPointer(problem: Problem): Record<string, string> {
  return Object.fromEntries((problem.errors ?? []).map((e) => [e.pointer ?? `?${e.parameter}`, e.detail]));
}

/**
 * A file of the static API documentation as the assets serve it (worker/docs/site.ts), for the tests
 * that check its content; what the server actually sends is checked in tests/browser/docs-served.test.ts.
 */
export function siteFile(path: string): Response {
  const file = docsSite().find((f) => f.path === path);
  if (!file) throw new Error(`no static documentation file at ${path}`);
  return new Response(file.body, { headers: { 'Content-Type': file.contentType, ...file.headers } });
}

/**
 * Runs `use` with a fresh client address until one run fits inside one window of the limiter. Local
 * rate-limit bindings count in fixed windows aligned to the wall clock, so a run that crosses a window's
 * end sees a fresh budget mid-way; a run takes far less than a window, so a second one always fits.
 */
export async function inOneWindow<T>(periodSeconds: number, use: (ip: string) => Promise<T>): Promise<T> {
  const windowOf = () => Math.floor(Date.now() / (periodSeconds * 1000));
  for (;;) {
    const start = windowOf();
    const result = await use(freshIp());
    if (windowOf() === start) return result;
  }
}
