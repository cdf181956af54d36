/**
 * @module Standard Webhooks signing (standardwebhooks.com), with the reference library: `webhook-id`,
 * `webhook-timestamp` (Unix seconds of this attempt) and `webhook-signature`, a space-separated list of
 * `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, one per secret in force (two while a secret rotates).
 */
import { Webhook } from 'standardwebhooks';
import type { Webhook as ClinicWebhook } from '../clinics/profile.ts';

/** The secrets that sign at `now`: the current one, and the previous one until its overlap ends. */
export function signingSecrets(webhook: ClinicWebhook, now: Date): string[] {
  const { previous } = webhook;
  return previous && Date.parse(previous.until) > now.getTime()
    ? [webhook.secret, previous.secret]
    : [webhook.secret];
}

export function signedHeaders(
  secrets: readonly string[],
  id: string,
  body: string,
  now: Date,
): Record<string, string> {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
    'webhook-signature': secrets.map((secret) => new Webhook(secret).sign(id, now, body)).join(' '),
  };
}
