/**
 * @module Random codes and tokens, and the one-way hashes we keep of the tokens. Portable between the
 * Worker and Node (the clinic CLI), so both make tokens the same way. The constant-time comparison
 * is Worker-only (http/bearer.ts).
 */
import { CODE_ALPHABET, CODE_PATTERN, RANDOM_KEY_PATTERN, TOKEN_PATTERN } from '../shared/schemas/formats.ts';

// The patterns belong to the wire contract (shared/schemas/formats.ts, zod-free so the Worker stays small);
// they are re-exported for the Worker code that makes and checks codes here.
export { CODE_PATTERN, RANDOM_KEY_PATTERN, TOKEN_PATTERN };

/** `length` upper-case symbols of Crockford's base32, 5 random bits each. */
export function randomSymbols(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  // 256 is a multiple of 32, so keeping the low five bits leaves every symbol equally likely (no modulo bias).
  return Array.from(bytes, (b) => CODE_ALPHABET[b & 31]).join('');
}

/** 26 symbols of 5 random bits, in lower case: 130 bits, far beyond guessing (the floor we promise is 96). */
export const randomCode = (): string => randomSymbols(26).toLowerCase();

/** Token prefixes say what a leaked token is (and let secret scanners find them). */
export const STATS_TOKEN_PREFIX = 'hcs_';
export const DELETE_TOKEN_PREFIX = 'hcd_';

export const newToken = (prefix: string) => `${prefix}${randomCode()}`;

/** SHA-256 as 64 lower-case hex digits: the only form in which a token is stored. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export const HASH_PATTERN = /^[0-9a-f]{64}$/;
