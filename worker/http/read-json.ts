/**
 * @module Reads a JSON request body defensively, in the order a caller fixes things: the media type
 * (415), the size (413: Hono's body limit, from Content-Length and again from the bytes actually read,
 * since a chunked body declares none), then UTF-8 and JSON syntax (400). Nothing of the body is ever
 * logged or echoed.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import type { BlankEnv } from 'hono/types';
import { ProblemError } from '../problems.ts';

export const MAX_BODY_BYTES = 32 * 1024;

/** `how` tells the caller how to send the body instead. */
export function unsupportedMediaType(
  header: string | null,
  how = 'as JSON with the header Content-Type: application/json (UTF-8)',
): ProblemError {
  const got = header ? `The body was sent as "${header.slice(0, 100)}".` : 'The request has no Content-Type.';
  return new ProblemError('unsupported-media-type', `${got} Send the body ${how}.`);
}

export function tooLarge(
  limit = MAX_BODY_BYTES,
  advice = 'Send only the answers to the questions the flow asks.',
): ProblemError {
  return new ProblemError('payload-too-large', `The body is over ${limit} bytes. ${advice}`);
}

export function malformedJson(what: string, expected: string): ProblemError {
  return new ProblemError('malformed-json', `The body is ${what}. ${expected}`);
}

/** Hono's body limit, refusing with our 413 problem (`advice` says what a body of the right size holds). */
export const limitBody = (limit: number, advice?: string): MiddlewareHandler =>
  bodyLimit({
    maxSize: limit,
    onError: () => {
      throw tooLarge(limit, advice);
    },
  });

const jsonBodyLimit = limitBody(MAX_BODY_BYTES);

/**
 * Home-made: Hono's json validator answers a wrong media type with a 400 and takes any charset, where
 * the API answers 415 and reads UTF-8 only.
 */
function assertJsonMediaType(header: string | undefined): void {
  const [type = '', ...params] = (header ?? '').split(';');
  const charset = params
    .map((p) => p.trim().toLowerCase())
    .find((p) => p.startsWith('charset='))
    ?.slice(8)
    .replace(/"/g, '');
  if (type.trim().toLowerCase() === 'application/json' && (!charset || charset === 'utf-8')) return;
  throw unsupportedMediaType(header ?? null);
}

/** Without `stream`, decode() keeps no state between calls: one decoder serves every request. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Home-made: c.req.json() decodes invalid UTF-8 leniently, and its error would not say what to send. */
async function parseJson(request: Request, expected: string): Promise<unknown> {
  const bytes = await request.arrayBuffer();
  if (bytes.byteLength === 0) throw malformedJson('empty', expected);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw malformedJson('not valid UTF-8', expected);
  }
  try {
    return JSON.parse(text);
  } catch {
    // The parser's own message quotes the body, so it is not passed on.
    throw malformedJson('not valid JSON', expected);
  }
}

/**
 * The JSON body, read in that order and then checked by `check` (which throws the problem for a body it
 * refuses), for the route as `c.req.valid('json')`. Typed with the body a caller sends (`In`), so the
 * typed client knows it; `expected` tells the caller what to send when the body is empty or not JSON.
 */
export const jsonBody = <In extends object, Out extends object>(
  expected: string,
  check: (body: unknown) => Out,
) =>
  // No bindings in its environment, so the build-time docs can import this module.
  createMiddleware<BlankEnv, string, { in: { json: In }; out: { json: Out } }>(async (c, next) => {
    assertJsonMediaType(c.req.header('content-type'));
    await jsonBodyLimit(c, async () => {
      c.req.addValidatedData('json', check(await parseJson(c.req.raw, expected)));
      await next();
    });
  });
