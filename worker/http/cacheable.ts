/**
 * @module Responses whose bytes change only with a deploy (the questionnaire and condition catalogue):
 * built and hashed once per isolate, served with a strong ETag, and answered with 304 when the client
 * already holds them.
 */
import type { Context } from 'hono';
import { sha256Hex } from '../secrets.ts';

export interface Representation {
  body: string;
  contentType: string;
  headers?: Record<string, string>;
}

interface Entry extends Representation {
  etag: string;
}

export const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=86400';
/** Clinic profiles change rarely and hold nothing secret; a minute of caching spares KV on every page view. */
export const PROFILE_CACHE_CONTROL = 'public, max-age=60';

const entries = new Map<string, Promise<Entry>>();

async function hashed(rep: Representation): Promise<Entry> {
  return { ...rep, etag: `"${(await sha256Hex(rep.body)).slice(0, 32)}"` };
}

/** RFC 9110 §13.1.2: If-None-Match uses the weak comparison, and `*` matches any current representation. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

/**
 * Serves the representation cached under `key` (built on first use). Keys must come from a bounded set
 * (validated ids and languages), since entries live as long as the isolate.
 */
export async function sendCacheable(c: Context, key: string, build: () => Representation): Promise<Response> {
  let entry = entries.get(key);
  if (!entry) {
    entry = hashed(build());
    entries.set(key, entry);
    entry.catch(() => entries.delete(key));
  }
  const { body, contentType, etag, headers } = await entry;
  const common = { ETag: etag, 'Cache-Control': CACHE_CONTROL, ...headers };
  if (matchesIfNoneMatch(c.req.header('if-none-match'), etag)) return c.body(null, 304, common);
  return c.body(body, 200, { 'Content-Type': contentType, ...common });
}

/** A JSON representation in one language: it varies with Accept-Language when `lang` is not in the query. */
export function jsonIn(lang: string, value: unknown): Representation {
  return {
    body: JSON.stringify(value),
    contentType: 'application/json; charset=utf-8',
    headers: { 'Content-Language': lang, Vary: 'Accept-Language' },
  };
}
