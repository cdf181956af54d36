/**
 * @module The clinic CLI's API key commands: `create-key` (prints the key once; only its hash is
 * stored), `list-keys` and `revoke-key`, against KV `API_KEYS`.
 */

import { KEYED_TRIAGE_LIMIT, rateOf, TRIAGE_LIMIT } from '../http/limits.ts';
import { type ApiKeyRecord, ApiKeyRecordSchema, newApiKey } from '../keys/api-key.ts';
import { sha256Hex } from '../secrets.ts';
import type { Io } from './cli-io.ts';
import type { KvStore } from './kv-cli.ts';

export class KeyUsageError extends Error {}

async function readRecord(keys: KvStore, id: string): Promise<ApiKeyRecord | null> {
  const raw = await keys.get(id);
  if (raw === null) return null;
  const parsed = ApiKeyRecordSchema.safeParse(JSON.parse(raw));
  return parsed.success ? parsed.data : null;
}

export async function createKey(keys: KvStore, io: Io, now: Date, clinic: string, label: string) {
  const trimmed = label.trim().replace(/\s+/g, ' ');
  if (!trimmed || trimmed.length > 100)
    throw new KeyUsageError('create-key needs --label <text> of 1 to 100 characters: what the key is for.');
  const { id, key } = newApiKey();
  const record: ApiKeyRecord = {
    id,
    clinic,
    label: trimmed,
    hash: await sha256Hex(key),
    createdAt: now.toISOString(),
  };
  await keys.put(id, JSON.stringify(ApiKeyRecordSchema.parse(record)));
  io.out(`API key ${id} for ${clinic} (${trimmed}), shown only now; only its SHA-256 hash is stored.`);
  io.out('Keep it on your server: a request with it from a web page is refused.');
  io.out(`  ${key}`);
  io.out(
    `Up to ${rateOf(KEYED_TRIAGE_LIMIT, 'triage requests')} with it (${TRIAGE_LIMIT.limit} per IP without a key):`,
  );
  io.out(
    `  curl https://YOUR-HOST/v1/triage -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' -d @answers.json`,
  );
}

export async function listKeys(keys: KvStore, io: Io, clinic: string | undefined, json: boolean) {
  const records = (await Promise.all((await keys.list()).map((id) => readRecord(keys, id))))
    .filter((r): r is ApiKeyRecord => r !== null && (!clinic || r.clinic === clinic))
    .map(({ hash: _hash, ...shown }) => shown);
  if (json) return io.out(JSON.stringify(records, null, 2));
  if (!records.length) return io.out('No API keys yet: make one with npm run clinic -- create-key.');
  for (const r of records)
    io.out(
      `${r.id}\t${r.clinic}\t${r.label}\tcreated ${r.createdAt.slice(0, 10)}\t${r.revokedAt ? `revoked ${r.revokedAt.slice(0, 10)}` : 'active'}`,
    );
}

export async function revokeKey(keys: KvStore, io: Io, now: Date, id: string) {
  const record = await readRecord(keys, id);
  if (!record) throw new KeyUsageError(`There is no API key ${id} (list-keys shows them).`);
  if (record.revokedAt) return io.out(`API key ${id} was already revoked on ${record.revokedAt}.`);
  // Kept, marked: a request with it is told it was revoked rather than that it never existed.
  await keys.put(id, JSON.stringify({ ...record, revokedAt: now.toISOString() }));
  io.out(`Revoked API key ${id} (${record.label}); it is refused everywhere within a minute.`);
}
