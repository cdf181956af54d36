/**
 * @module A short, stable fingerprint of any JSON-shaped data (32-bit FNV-1a of its JSON, as 8 hex
 * digits): the questionnaire's version is the fingerprint of everything that decides what is asked and
 * accepted, so it changes whenever that does, with no one to remember a bump.
 */
export function fingerprint(data: unknown): string {
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(data)) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
