/**
 * @module Webhook signing secrets as Standard Webhooks writes them: `whsec_` and the base64 of 32 random
 * bytes. Portable between the Worker and Node (the clinic CLI makes them).
 */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';
export const WEBHOOK_SECRET_PATTERN = /^whsec_[A-Za-z0-9+/]{43}=$/;

export function newWebhookSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `${WEBHOOK_SECRET_PREFIX}${btoa(String.fromCharCode(...bytes))}`;
}

/** While a secret rotates, the old one keeps signing this long, so a clinic can switch its receiver over. */
export const ROTATION_OVERLAP_HOURS = 24;
