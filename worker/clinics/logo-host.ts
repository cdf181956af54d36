/**
 * @module Asking a clinic's logo host for its logo (clinics/logo.ts says why and under which limits), with
 * a timeout and the edge's cache, so a busy page does not ask the host on every view.
 */
import { EDGE_CACHE_SECONDS, LOGO_TYPES, MAX_LOGO_BYTES } from './logo.ts';

/**
 * The body's bytes, or undefined as soon as more than `limit` have arrived (the rest is not read). A
 * response from another host, so not a case for Hono's body limit, which reads requests.
 */
async function readAtMost(body: ReadableStream<Uint8Array> | null, limit: number) {
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

/** A logo host slower than this leaves the banner with the name alone rather than holding the image up. */
const TIMEOUT_MS = 5000;

/** The logo at `url` with its media type, or why it cannot be passed on (never quoting the URL). */
export async function fetchLogo(
  url: string,
): Promise<{ type: string; bytes: Uint8Array<ArrayBuffer> } | string> {
  let res: Response;
  try {
    res = await fetch(url, {
      headers: { Accept: LOGO_TYPES.join(', ') },
      signal: AbortSignal.timeout(TIMEOUT_MS),
      cf: { cacheTtlByStatus: { '200-299': EDGE_CACHE_SECONDS, '300-599': 0 } },
    });
  } catch {
    return 'its host could not be reached';
  }
  const type = res.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() || '';
  const tooLarge = `it is over ${MAX_LOGO_BYTES / 1024} KB`;
  const why = !res.ok
    ? `its host answered ${res.status}`
    : !LOGO_TYPES.includes(type)
      ? `it is ${type || 'sent with no type'}, not PNG, JPEG, GIF, WebP, AVIF or SVG`
      : Number(res.headers.get('content-length') ?? 0) > MAX_LOGO_BYTES
        ? tooLarge
        : '';
  if (why) {
    await res.body?.cancel();
    return why;
  }
  const bytes = await readAtMost(res.body, MAX_LOGO_BYTES);
  return bytes ? { type, bytes } : tooLarge;
}
