/** The body checks of POST /v1/triage, in the order they run: media type, size, UTF-8 and JSON. */
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../worker/http/read-json.ts';
import { BASE, expectProblem, freshIp, postTriage, triageBody } from './helpers.ts';

const padded = (bytes: number) => JSON.stringify(triageBody({}, { pad: 'x'.repeat(bytes) }));

/** A body streamed in chunks, so the request has no Content-Length. */
function chunked(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + 4096));
      offset += 4096;
    },
  });
}

describe('POST /v1/triage body', () => {
  it.each([
    ['no Content-Type', {}],
    ['text/plain', { 'Content-Type': 'text/plain' }],
    ['form data', { 'Content-Type': 'application/x-www-form-urlencoded' }],
    ['JSON in Latin-1', { 'Content-Type': 'application/json; charset=iso-8859-1' }],
    ['a type with a non-ASCII letter', { 'Content-Type': 'application/js\u00f6n' }],
  ])('answers 415 telling the caller to send JSON when the body comes as %s', async (_, headers) => {
    const res = await postTriage(new TextEncoder().encode(JSON.stringify(triageBody())), {
      headers: { 'Content-Type': '', ...headers },
    });
    const problem = await expectProblem(res, 415, 'unsupported-media-type');
    expect(problem.detail).toContain('Content-Type: application/json');
  });

  it('checks the media type before the size', async () => {
    const res = await postTriage(padded(MAX_BODY_BYTES), { headers: { 'Content-Type': 'text/plain' } });
    expect(res.status).toBe(415);
  });

  it('answers 413 for a body over 32 KB with a Content-Length', async () => {
    const body = padded(MAX_BODY_BYTES);
    const res = await postTriage(body, { headers: { 'Content-Length': String(body.length) } });
    await expectProblem(res, 413, 'payload-too-large');
  });

  it('answers 413 for a chunked body over 32 KB that declares no length', async () => {
    const request = new Request(`${BASE}/v1/triage`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': freshIp() },
      body: chunked(padded(MAX_BODY_BYTES)),
    });
    expect(request.headers.get('content-length')).toBeNull();
    await expectProblem(await exports.default.fetch(request), 413, 'payload-too-large');
  });

  it('accepts a chunked body under the limit', async () => {
    const res = await postTriage(chunked(JSON.stringify(triageBody())));
    expect(res.status).toBe(200);
  });

  it('accepts a body of exactly 32 KB', async () => {
    const base = padded(0);
    const body = padded(MAX_BODY_BYTES - base.length);
    expect(body.length).toBe(MAX_BODY_BYTES);
    const res = await postTriage(body);
    // The size passes; the extra field is then a schema error.
    await expectProblem(res, 400, 'invalid-request');
  });

  it.each([
    ['empty', ''],
    ['not JSON', '{"answers": '],
    ['a JSON string with a trailing comma', '{"a": 1,}'],
    ['JavaScript, not JSON', '{answers: {age: 45}}'],
  ])('answers 400 malformed-json when the body is %s', async (_, body) => {
    const problem = await expectProblem(await postTriage(body), 400, 'malformed-json');
    expect(problem.detail).toContain('Send one JSON object');
    expect(problem.errors).toBeUndefined();
  });

  it('answers 400 malformed-json for invalid UTF-8 bytes', async () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]); // {"\xff\xfe":1}
    const problem = await expectProblem(await postTriage(bytes), 400, 'malformed-json');
    expect(problem.detail).toContain('UTF-8');
  });

  it('does not quote the body back in a malformed-json problem', async () => {
    const res = await postTriage('{"answers": {"age": 45, "secret-note": "my knee"');
    expect(JSON.stringify(await res.json())).not.toContain('my knee');
  });
});
