/**
 * @module Putting a delivery on the webhook queue after the response (`waitUntil`): a runner's share or
 * booking never waits for the queue and never fails because of it. Only a clinic that set a webhook gets one.
 */
import type { Context } from 'hono';
import type { ClinicProfile } from '../clinics/profile.ts';
import type { AppEnv } from '../env.ts';
import { inBackground } from '../http/background.ts';
import { newDelivery, type SharedReport, type WebhookEventType } from './event.ts';

export function notifyLater(
  c: Context<AppEnv>,
  clinic: ClinicProfile,
  type: WebhookEventType,
  report: SharedReport,
): boolean {
  if (!clinic.webhook) return false;
  const delivery = newDelivery(type, clinic, report);
  inBackground(c, 'webhook enqueue', () => c.env.WEBHOOKS.send(delivery, { contentType: 'json' }));
  return true;
}
