/**
 * @module Reads a JSON request body defensively, in the order a caller fixes things: the media type
 * (415), the size (413, from Content-Length and again from the bytes actually read, since a chunked body
 * declares none), then UTF-8 and JSON syntax (400). Nothing of the body is ever logged or echoed.
 */
import { ProblemError } from '../problems.ts';

export const MAX_BODY_BYTES = 32 * 1024;

function assertJsonMediaType(header: string | null): void {
  const [type = '', ...params] = (header ?? '').split(';');
  const charset = params
    .map((p) => p.trim().toLowerCase())
    .find((p) => p.startsWith('charset='))
    ?.slice(8)
    .replace(/"/g, '');
  if (type.trim().toLowerCase() === 'application/json' && (!charset || charset === 'utf-8')) return;
  throw unsupportedMediaType(header);
}

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

/** The body's bytes, or undefined as soon as more than `limit` have arrived (the rest is not read). */
export async function readAtMost(body: ReadableStream<Uint8Array> | null, limit: number) {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The body's bytes: a 413 (with `advice`) as soon as it is over `limit`, from its Content-Length or from
 * the bytes that arrive, since a chunked body declares none.
 */
export async function readLimited(request: Request, limit = MAX_BODY_BYTES, advice?: string) {
  if (Number(request.headers.get('content-length') ?? 0) > limit) throw tooLarge(limit, advice);
  const bytes = await readAtMost(request.body, limit);
  if (!bytes) throw tooLarge(limit, advice);
  return bytes;
}

export function malformedJson(what: string, expected: string): ProblemError {
  return new ProblemError('malformed-json', `The body is ${what}. ${expected}`);
}

/** The parsed body; `expected` tells the caller what to send instead when it is empty or not JSON. */
export async function readJsonBody(request: Request, expected: string): Promise<unknown> {
  assertJsonMediaType(request.headers.get('content-type'));
  const bytes = await readLimited(request);
  if (bytes.byteLength === 0) throw malformedJson('empty', expected);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
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
