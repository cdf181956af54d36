/**
 * @module Standard Webhooks signing (standardwebhooks.com): `webhook-id`, `webhook-timestamp` (Unix
 * seconds of this attempt) and `webhook-signature`, a space-separated list of `v1,<base64 HMAC-SHA256 of
 * "{id}.{timestamp}.{body}">` keyed with the secret's base64-decoded bytes, one per secret in force (two
 * while a secret rotates). Signed with the runtime's WebCrypto rather than the `standardwebhooks`
 * package, whose pure-JavaScript SHA-256 would cost the Worker about 4 KB gzip of its 100 KB budget; the
 * tests verify every delivery with that package, as a clinic's receiver would.
 */
import type { Webhook as ClinicWebhook } from '../clinics/profile.ts';
import { WEBHOOK_SECRET_PREFIX } from './secret.ts';

/** The secrets that sign at `now`: the current one, and the previous one until its overlap ends. */
export function signingSecrets(webhook: ClinicWebhook, now: Date): string[] {
  const { previous } = webhook;
  return previous && Date.parse(previous.until) > now.getTime()
    ? [webhook.secret, previous.secret]
    : [webhook.secret];
}

const base64 = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes)));

async function sign(secret: string, content: Uint8Array): Promise<string> {
  const raw = Uint8Array.from(atob(secret.slice(WEBHOOK_SECRET_PREFIX.length)), (c) => c.charCodeAt(0));
  const key = await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return `v1,${base64(await crypto.subtle.sign('HMAC', key, content))}`;
}

export async function signedHeaders(
  secrets: readonly string[],
  id: string,
  body: string,
  now: Date,
): Promise<Record<string, string>> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const content = new TextEncoder().encode(`${id}.${timestamp}.${body}`);
  const signatures = await Promise.all(secrets.map((secret) => sign(secret, content)));
  return { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': signatures.join(' ') };
}
