/**
 * @module The webhook queue's consumer (wrangler.toml `[[queues.consumers]]`): each delivery is signed
 * with the clinic's current secret and POSTed to its webhook URL, as it is set at delivery time. A 2xx
 * acknowledges it. Anything else (an error status, a redirect, which is never followed, a timeout, a
 * network error) retries it after an exponential backoff; after `max_retries` the queue moves it to the
 * dead-letter queue, whose consumer records it (dead-letters.ts). A delivery whose clinic has no webhook
 * any more, or whose URL is not one a webhook may go to, is dropped at once: no retry can fix it. Logs
 * name the delivery and the clinic, never the payload.
 */
import { APP_VERSION } from '../../shared/version.ts';
import { countsKey } from '../clinics/profile.ts';
import { findClinic } from '../clinics/store.ts';
import type { Delivery } from './event.ts';
import { signedHeaders, signingSecrets } from './sign.ts';
import { webhookTargetProblem } from './target.ts';

/** A receiver slower than this counts as failed; the delivery is retried. */
const TIMEOUT_MS = 10_000;
/** The longest wait between two attempts. */
const MAX_DELAY_SECONDS = 6 * 3600;

/** Seconds before the next attempt after `attempts` failed ones: base, 2 × base, 4 × base… */
export function retryDelay(attempts: number, baseSeconds: number): number {
  return Math.min(Math.round(baseSeconds * 2 ** Math.max(0, attempts - 1)), MAX_DELAY_SECONDS);
}

type Outcome = { done: true; what: string } | { done: false; what: string };

async function post(url: string, delivery: Delivery, secrets: string[]): Promise<Outcome> {
  const body = JSON.stringify(delivery.event);
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': `hamstring-check-webhooks/${APP_VERSION}`,
        ...(await signedHeaders(secrets, delivery.id, body, new Date())),
      },
    });
  } catch (err) {
    return { done: false, what: (err as Error).name === 'TimeoutError' ? 'timed out' : 'unreachable' };
  }
  await res.body?.cancel();
  return res.status >= 200 && res.status < 300
    ? { done: true, what: `delivered (${res.status})` }
    : { done: false, what: `answered ${res.status}` };
}

/** One attempt at one delivery. */
export async function attempt(delivery: Delivery, env: Env): Promise<Outcome> {
  const clinic = await findClinic(env, delivery.clinic);
  if (!clinic || countsKey(clinic) !== delivery.countsKey || !clinic.webhook)
    return { done: true, what: 'dropped: the clinic has no webhook now' };
  const refused = webhookTargetProblem(clinic.webhook.url, String(env.WEBHOOK_ALLOW_LOOPBACK) === 'true');
  if (refused) return { done: true, what: `dropped: its URL ${refused}` };
  return post(clinic.webhook.url, delivery, signingSecrets(clinic.webhook, new Date()));
}

export async function deliverBatch(batch: MessageBatch<Delivery>, env: Env): Promise<void> {
  const base = Number(env.WEBHOOK_RETRY_BASE_SECONDS) || 30;
  await Promise.all(
    batch.messages.map(async (message) => {
      const { id, clinic } = message.body;
      let outcome: Outcome;
      try {
        outcome = await attempt(message.body, env);
      } catch {
        outcome = { done: false, what: 'not attempted: clinic profiles unavailable' };
      }
      const tag = `webhook ${id} for ${clinic}, attempt ${message.attempts}`;
      if (outcome.done) {
        console.log(`${tag}: ${outcome.what}`);
        message.ack();
      } else {
        const delaySeconds = retryDelay(message.attempts, base);
        console.warn(`${tag}: ${outcome.what}; retry in ${delaySeconds} s`);
        message.retry({ delaySeconds });
      }
    }),
  );
}
