/**
 * @module The formats of a shared report's code and of the clinic tokens, with no zod: the Worker checks
 * codes on every request, and importing them from clinic.ts would pull zod's classic API (its schemas
 * register themselves, so they never tree-shake) into the deployed bundle.
 */

/** Crockford's base32 as a code is shown: no I, L, O or U, so a code read aloud or retyped survives. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** A report code's symbols, and how they are grouped when shown (SECURITY.md has why twelve). */
export const CODE_GROUPS = 3;
export const CODE_GROUP_SIZE = 4;

const GROUP = `[0-9A-HJKMNP-TV-Z]{${CODE_GROUP_SIZE}}`;
/**
 * A shared report's code as issued, returned and put in `/r/<code>`: twelve symbols (60 random bits) in
 * groups of four, "7K3Q-DM9X-WE4F". Lookups also take it in lower case, without hyphens or with spaces,
 * and with I, L and O for 1, 1 and 0 (worker/reports/code.ts).
 */
export const CODE_PATTERN = new RegExp(`^${GROUP}(?:-${GROUP}){${CODE_GROUPS - 1}}$`);

/** 26 lower-case symbols (130 random bits): the body of a token, and the key of an id or a counter. */
export const RANDOM_KEY_PATTERN = /^[0-9a-hjkmnp-tv-z]{26}$/;
/**
 * A report code issued before December 2026 (26 symbols). Still opens until it expires, 30 days after it
 * was shared, so links already given to a clinician keep working.
 */
export const LEGACY_CODE_PATTERN = RANDOM_KEY_PATTERN;
/** A stats (`hcs_`) or delete (`hcd_`) token. */
export const TOKEN_PATTERN = /^hc[sd]_[0-9a-hjkmnp-tv-z]{26}$/;
