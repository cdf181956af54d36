/**
 * Webhook fixtures for the workerd tests: a clinic with a webhook, a queue binding that keeps what is
 * sent, a receiver standing in for the clinic's server (global fetch, which the Worker shares with the
 * tests), and one run of the queue consumer over a batch.
 */
import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { vi } from 'vitest';
import type { ClinicInput } from '../../worker/clinics/input.ts';
import type { ClinicProfile, Webhook } from '../../worker/clinics/profile.ts';
import type { Delivery } from '../../worker/webhooks/event.ts';
import { handleQueue } from '../../worker/webhooks/queue.ts';
import { newWebhookSecret } from '../../worker/webhooks/secret.ts';
import { putClinic } from './clinic-helpers.ts';

export const RECEIVER = 'https://hooks.riverside-physio.example/hamstring-check';

/** A clinic (the demo clinic's id by default) with a webhook; returns it and its signing secret. */
export async function putClinicWithWebhook(
  overrides: Partial<ClinicInput> = {},
  webhook: Partial<Webhook> = {},
): Promise<{ clinic: ClinicProfile; secret: string }> {
  const { clinic: plain } = await putClinic(overrides);
  const secret = newWebhookSecret();
  const clinic = { ...plain, webhook: { url: RECEIVER, secret, ...webhook } };
  await env.CLINICS.put(clinic.id, JSON.stringify(clinic));
  return { clinic, secret };
}

/** A WEBHOOKS binding that keeps every message sent to it. */
export function capturingQueue() {
  const sent: Delivery[] = [];
  const queue = {
    send: async (body: Delivery) => void sent.push(structuredClone(body)),
    sendBatch: async (batch: { body: Delivery }[]) => void sent.push(...batch.map((m) => m.body)),
  } as unknown as Queue;
  return { sent, queue };
}

export interface Received {
  url: string;
  headers: Record<string, string>;
  body: string;
  redirect: RequestInit['redirect'];
}

/** Answers every outgoing request with `status`, keeping what it received. */
export function receiver(status: number | (() => Response | Promise<Response>)) {
  const received: Received[] = [];
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const request = new Request(input, init);
    received.push({
      url: request.url,
      headers: Object.fromEntries(request.headers),
      body: await request.text(),
      redirect: init?.redirect,
    });
    return typeof status === 'number' ? new Response(null, { status }) : status();
  });
  return { received, spy };
}

/** One run of the Worker's queue handler over `deliveries`, as the queue named `queue` hands them over. */
export async function consume(
  deliveries: Delivery[],
  { attempts = 1, queue = 'hamstring-check-webhooks', bindings = env as Env } = {},
) {
  const batch = createMessageBatch<Delivery>(
    queue,
    deliveries.map((body, i) => ({ id: `m${i}`, timestamp: new Date(), attempts, body })),
  );
  // The harness's result keeps which messages were retried, not after how long: the spies keep that.
  const delays = batch.messages.map((message) => vi.spyOn(message, 'retry'));
  const ctx = createExecutionContext();
  await handleQueue(batch, bindings);
  const result = await getQueueResult(batch, ctx);
  return { ...result, delays: delays.map((spy) => spy.mock.calls[0]?.[0]?.delaySeconds) };
}
