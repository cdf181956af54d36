/**
 * @module The clinic CLI's webhook commands: `set-webhook` (the URL; a first one makes the signing secret,
 * printed once) and `rotate-secret` (a new secret, printed once; the old one keeps signing for a day).
 */
import type { ClinicProfile, Webhook } from '../clinics/profile.ts';
import { newWebhookSecret, ROTATION_OVERLAP_HOURS } from '../webhooks/secret.ts';
import { webhookTargetProblem } from '../webhooks/target.ts';
import type { Io } from './cli-io.ts';
import type { KvStore } from './kv-cli.ts';

/** What the clinic CLI passes to these commands; the profile is already read and exists. */
export interface WebhookCommand {
  store: KvStore;
  profile: ClinicProfile;
  io: Io;
  now: Date;
  /** Stores the profile with this webhook (undefined: none). */
  saveWebhook(webhook: Webhook | undefined): Promise<void>;
}

export class WebhookUsageError extends Error {}

export function printSecret(io: Io, id: string, secret: string): void {
  io.out(`Webhook signing secret for ${id} (shown only now; keep it with the receiver's configuration):`);
  io.out(`  ${secret}`);
  io.out(
    'Verify each delivery with a Standard Webhooks library, e.g. new Webhook(secret).verify(body, headers) from the npm package standardwebhooks.',
  );
}

/** `url` as typed; `remote` refuses loopback receivers, which only local state may use. */
export async function setWebhook(cmd: WebhookCommand, url: string, remote: boolean): Promise<void> {
  const { profile, io } = cmd;
  const trimmed = url.trim();
  if (!trimmed) {
    await cmd.saveWebhook(undefined);
    io.out(`Removed the webhook of ${profile.id}; deliveries still queued for it are dropped.`);
    return;
  }
  const refused = webhookTargetProblem(trimmed, !remote);
  if (refused) throw new WebhookUsageError(`--url ${refused} (got ${JSON.stringify(trimmed)}).`);
  const existing = profile.webhook;
  const webhook: Webhook = existing
    ? { ...existing, url: trimmed }
    : { url: trimmed, secret: newWebhookSecret() };
  await cmd.saveWebhook(webhook);
  io.out(`Webhook of ${profile.id}: ${trimmed} (report.shared and booking.submitted events).`);
  if (existing) io.out('Its signing secret is unchanged (rotate-secret makes a new one).');
  else printSecret(io, profile.id, webhook.secret);
}

export async function rotateSecret(cmd: WebhookCommand): Promise<void> {
  const { profile, io, now } = cmd;
  if (!profile.webhook)
    throw new WebhookUsageError(`Clinic ${profile.id} has no webhook: set one with set-webhook --url.`);
  const until = new Date(now.getTime() + ROTATION_OVERLAP_HOURS * 3600_000).toISOString();
  const webhook: Webhook = {
    url: profile.webhook.url,
    secret: newWebhookSecret(),
    previous: { secret: profile.webhook.secret, until },
  };
  await cmd.saveWebhook(webhook);
  io.out(
    `New signing secret for ${profile.id}. Until ${until} deliveries carry a signature with the old secret too, so switch the receiver over by then.`,
  );
  printSecret(io, profile.id, webhook.secret);
}
