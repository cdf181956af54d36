/**
 * Only hashes of tokens are stored; a presented token is hashed and compared in constant time
 * (workerd's `crypto.subtle.timingSafeEqual`), so response timing does not tell how much of a guess was right.
 */
import { HASH_PATTERN, sha256Hex } from '../secrets.ts';

const hexBytes = (hex: string) =>
  Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));

/**
 * Whether `token` hashes to `storedHash`. A missing or malformed stored hash is compared too (against
 * zeros), so an unknown clinic or report takes as long as a wrong token.
 */
export async function tokenMatches(token: string, storedHash: string | undefined): Promise<boolean> {
  const presented = hexBytes(await sha256Hex(token));
  const valid = typeof storedHash === 'string' && HASH_PATTERN.test(storedHash);
  const stored = valid ? hexBytes(storedHash) : new Uint8Array(32);
  return crypto.subtle.timingSafeEqual(presented, stored) && valid;
}
