/**
 * @module The formats of a shared report's code and of the clinic tokens, with no zod: the Worker checks
 * codes on every request, and importing them from clinic.ts would pull zod's classic API (its schemas
 * register themselves, so they never tree-shake) into the deployed bundle.
 */

/** A shared report's code: Crockford base32, lower case. */
export const CODE_PATTERN = /^[0-9a-hjkmnp-tv-z]{26}$/;
/** A stats (`hcs_`) or delete (`hcd_`) token. */
export const TOKEN_PATTERN = /^hc[sd]_[0-9a-hjkmnp-tv-z]{26}$/;
