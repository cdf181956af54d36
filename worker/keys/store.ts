/**
 * @module API key records as the Worker reads them (KV `API_KEYS`, written by the clinic CLI), and their
 * usage per UTC day in D1 (`api_key_daily_usage`).
 */
import { type ApiKeyRecord, ApiKeyRecordSchema, KEY_ID_PATTERN } from './api-key.ts';
import { keysUnavailable } from './problems.ts';

/** Edge-cached like clinic profiles: a revocation reaches every location within about a minute. */
const CACHE_TTL_SECONDS = 60;

export async function findApiKey(env: Env, id: string): Promise<ApiKeyRecord | null> {
  if (!KEY_ID_PATTERN.test(id)) return null;
  let raw: unknown;
  try {
    raw = await env.API_KEYS.get(id, { type: 'json', cacheTtl: CACHE_TTL_SECONDS });
  } catch {
    throw keysUnavailable();
  }
  if (raw === null) return null;
  const parsed = ApiKeyRecordSchema.safeParse(raw);
  if (parsed.success && parsed.data.id === id) return parsed.data;
  console.error(`API key record ${id} does not pass its schema`);
  throw keysUnavailable();
}

export async function countKeyUse(db: D1Database, key: ApiKeyRecord, day: string): Promise<void> {
  await db
    .prepare(
      `INSERT INTO api_key_daily_usage (key_id, clinic, day, requests) VALUES (?1, ?2, ?3, 1)
       ON CONFLICT (key_id, day) DO UPDATE SET requests = requests + 1`,
    )
    .bind(key.id, key.clinic, day)
    .run();
}

export interface KeyUsage {
  id: string;
  requests: number;
}

/** Requests per key of one clinic between two UTC days (included), most used first. */
export async function readKeyUsage(db: D1Database, clinic: string, from: string, to: string) {
  const { results } = await db
    .prepare(
      `SELECT key_id AS id, SUM(requests) AS requests FROM api_key_daily_usage
       WHERE clinic = ?1 AND day BETWEEN ?2 AND ?3 GROUP BY key_id ORDER BY requests DESC`,
    )
    .bind(clinic, from, to)
    .all<KeyUsage>();
  return results;
}
