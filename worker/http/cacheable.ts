/**
 * @module Responses whose bytes change only with a deploy (the questionnaire and condition catalogue):
 * built and hashed once per isolate and served with a strong ETag; Hono's ETag middleware answers a
 * client that already holds them with a 304.
 */
import type { Context, TypedResponse } from 'hono';
import { etag, RETAINED_304_HEADERS } from 'hono/etag';
import { sha256Hex } from '../secrets.ts';

export interface Representation<T = unknown> {
  body: string;
  contentType: string;
  headers?: Record<string, string>;
  /** Only a type: what `body` is the JSON of, for the typed client. */
  readonly json?: T;
}

interface Entry extends Representation {
  etag: string;
}

export const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=86400';
/** Clinic profiles change rarely and hold nothing secret; a minute of caching spares KV on every page view. */
export const PROFILE_CACHE_CONTROL = 'public, max-age=60';

/**
 * Hono's ETag middleware (If-None-Match with the weak comparison and `*`). The ETag is set by
 * sendCacheable, so the middleware never hashes a body; a 304 keeps what a cache and a cross-origin
 * page need to reuse the copy they hold: its language, CORS and the request id.
 */
export const conditionalGet = etag({
  retainedHeaders: [
    ...RETAINED_304_HEADERS,
    'content-language',
    'access-control-allow-origin',
    'access-control-expose-headers',
    'x-request-id',
  ],
});

/** What the typed client (hc) reads from a cacheable route: JSON of T. */
type CachedJson<T> = Response & TypedResponse<T, 200, 'json'>;

const entries = new Map<string, Promise<Entry>>();

async function hashed(rep: Representation): Promise<Entry> {
  return { ...rep, etag: `"${(await sha256Hex(rep.body)).slice(0, 32)}"` };
}

/**
 * Serves the representation cached under `key` (built on first use), for routes behind
 * `conditionalGet`. Keys must come from a bounded set (validated ids and languages), since entries live
 * as long as the isolate.
 */
export async function sendCacheable<T>(
  c: Context,
  key: string,
  build: () => Representation<T>,
): Promise<CachedJson<T>> {
  let entry = entries.get(key);
  if (!entry) {
    entry = hashed(build());
    entries.set(key, entry);
    entry.catch(() => entries.delete(key));
  }
  const { body, contentType, etag, headers } = await entry;
  // The body is the JSON of T, already serialized: only the type says so.
  return c.body(body, 200, {
    'Content-Type': contentType,
    ETag: etag,
    'Cache-Control': CACHE_CONTROL,
    ...headers,
  }) as unknown as CachedJson<T>;
}

/** A JSON representation in one language: it varies with Accept-Language when `lang` is not in the query. */
export function jsonIn<T>(lang: string, value: T): Representation<T> {
  return {
    body: JSON.stringify(value),
    contentType: 'application/json; charset=utf-8',
    headers: { 'Content-Language': lang, Vary: 'Accept-Language' },
  };
}
