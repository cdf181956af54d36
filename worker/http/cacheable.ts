/**
 * @module Responses whose bytes change only with a deploy (questionnaire, catalogue, OpenAPI, docs):
 * built and hashed once per isolate, served with a strong ETag, and answered with 304 when the client
 * already holds them.
 */
import type { Context } from 'hono';

export interface Representation {
  body: string;
  contentType: string;
  headers?: Record<string, string>;
}

interface Entry extends Representation {
  etag: string;
}

export const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=86400';

const entries = new Map<string, Promise<Entry>>();

async function hashed(rep: Representation): Promise<Entry> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(rep.body));
  const hex = [...new Uint8Array(digest).slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return { ...rep, etag: `"${hex}"` };
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
