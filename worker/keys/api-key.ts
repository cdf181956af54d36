/**
 * @module API keys for servers that call the triage API (`Authorization: Bearer hck_…`): made by the
 * clinic CLI for a clinic, stored in KV `API_KEYS` under their public id with only a SHA-256 hash of the
 * whole key. The id is part of the key (`hck_<id>_<secret>`), so a request finds its record in one read;
 * the 130-bit secret part is what makes it unguessable. Portable: the CLI and the Worker both read this.
 */
import * as z from 'zod/mini';
import { ClinicIdSchema } from '../clinics/profile.ts';
import { HASH_PATTERN, randomCode } from '../secrets.ts';

export const API_KEY_PREFIX = 'hck_';
const SYMBOL = '[0-9a-hjkmnp-tv-z]';
export const KEY_ID_PATTERN = new RegExp(`^${SYMBOL}{10}$`);
export const API_KEY_PATTERN = new RegExp(`^hck_(${SYMBOL}{10})_${SYMBOL}{26}$`);

export const ApiKeyRecordSchema = z.strictObject({
  id: z.string().check(z.regex(KEY_ID_PATTERN)),
  clinic: ClinicIdSchema,
  label: z.string().check(z.minLength(1), z.maxLength(100)),
  hash: z.string().check(z.regex(HASH_PATTERN)),
  createdAt: z.string(),
  revokedAt: z.optional(z.string()),
});
export type ApiKeyRecord = z.infer<typeof ApiKeyRecordSchema>;

/** A new key: its id (public, for listing and revoking) and the key itself (shown once). */
export function newApiKey(): { id: string; key: string } {
  const id = randomCode().slice(0, 10);
  return { id, key: `${API_KEY_PREFIX}${id}_${randomCode()}` };
}

/** The key's id, or null when `key` is not shaped like an API key. */
export const apiKeyId = (key: string): string | null => API_KEY_PATTERN.exec(key)?.[1] ?? null;
