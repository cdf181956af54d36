/** A clinic id's shape, apart from the profile schema so the embed builder's script can check one without zod. */
export const CLINIC_ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
