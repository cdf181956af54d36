/**
 * Clinic webhooks: what is put on the queue when a runner shares a report with a clinic or books with the
 * demo clinic's form (never the answers), and the consumer: Standard Webhooks signatures a receiver can
 * verify (and a forged one it refuses), retries with exponential backoff, no redirects followed, no
 * private or loopback receivers in production, and the dead-letter record.
 */
import { env } from 'cloudflare:workers';
import { Webhook } from 'standardwebhooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { triage } from '../../shared/index.ts';
import { DEMO_CLINIC_ID } from '../../worker/clinics/demo.ts';
import { ReportCreatedSchema } from '../../worker/schemas.ts';
import { readDeadLetters } from '../../worker/webhooks/dead-letters.ts';
import { retryDelay } from '../../worker/webhooks/deliver.ts';
import { type Delivery, newDelivery } from '../../worker/webhooks/event.ts';
import { newWebhookSecret } from '../../worker/webhooks/secret.ts';
import { CLINIC_SITE, OTHER_SITE, putClinic, settled, withBindings } from './clinic-helpers.ts';
import { BASE, jsonPost, SITTING_BONE_ACHE, triageBody } from './helpers.ts';
import { capturingQueue, consume, putClinicWithWebhook, RECEIVER, receiver } from './webhook-helpers.ts';

beforeEach(() => {
  // The consumer logs each outcome (ids only); the assertions here read the outcomes themselves.
  for (const level of ['log', 'warn', 'error'] as const)
    vi.spyOn(console, level).mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

async function shareWith(clinic: string, origin: string) {
  const { sent, queue } = capturingQueue();
  const res = await settled(
    '/v1/reports',
    jsonPost(triageBody(SITTING_BONE_ACHE, { clinic }), { Origin: origin }),
    withBindings({ WEBHOOKS: queue }),
  );
  expect(res.status).toBe(201);
  return { sent, report: ReportCreatedSchema.parse(await res.json()) };
}

async function delivery(clinicId = DEMO_CLINIC_ID) {
  const { sent } = await shareWith(clinicId, CLINIC_SITE);
  const [first] = sent;
  if (!first) throw new Error('nothing was queued');
  return first;
}

describe('queueing a delivery', () => {
  it('queues report.shared with the urgency, stretch verdict, top three sources, link and expiry, never an answer', async () => {
    await putClinicWithWebhook();
    const { sent, report } = await shareWith(DEMO_CLINIC_ID, CLINIC_SITE);
    expect(sent).toHaveLength(1);
    const [queued] = sent as [Delivery];
    const result = triage({ lang: 'en', answers: SITTING_BONE_ACHE });
    expect(queued.id).toMatch(/^msg_[0-9a-z]{26}$/);
    expect(queued.event.type).toBe('report.shared');
    expect(queued.event.data).toEqual({
      clinic: DEMO_CLINIC_ID,
      questionnaireVersion: triageBody().questionnaireVersion,
      lang: 'en',
      earlyExit: false,
      urgency: { level: result.urgency.level, title: result.urgency.title },
      stretch: { verdict: result.stretch.verdict, headline: result.stretch.headline },
      conditions: result.conditions.slice(0, 3).map(({ id, name, band }) => ({ id, name, band })),
      report: { url: report.href, expiresAt: report.expiresAt },
    });
    const text = JSON.stringify(queued);
    for (const [question, answer] of Object.entries(SITTING_BONE_ACHE)) {
      expect(text).not.toContain(`"${question}"`);
      // A number as a JSON value, not inside a string: the event's timestamp may read "16:45:27".
      if (typeof answer === 'number') expect(text).not.toMatch(new RegExp(`:${answer}[,}\\]]`));
    }
  });

  it('queues nothing for a clinic without a webhook, or when the page is not one the clinic allows', async () => {
    await putClinic({ id: 'no-hook' });
    expect((await shareWith('no-hook', CLINIC_SITE)).sent).toEqual([]);
    await putClinicWithWebhook({ id: 'hooked' });
    expect((await shareWith('hooked', OTHER_SITE)).sent).toEqual([]);
  });

  it("queues report.shared from the service's own iframe page, /embed, which only the clinic's sites may frame", async () => {
    await putClinicWithWebhook({ id: 'framed' });
    expect((await shareWith('framed', BASE)).sent).toHaveLength(1);
  });

  it("queues booking.submitted when the demo clinic's booking form carries the link of a report shared with it", async () => {
    await putClinicWithWebhook();
    const { report } = await shareWith(DEMO_CLINIC_ID, CLINIC_SITE);
    const { sent, queue } = capturingQueue();
    const form = (link: string) =>
      settled(
        '/demo/booked',
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin' },
          body: new URLSearchParams({
            name: 'Ana',
            triage: `Urgency: Book\nShared report: ${link}`,
          }).toString(),
        },
        withBindings({ WEBHOOKS: queue }),
      );
    const res = await form(report.href);
    expect(await res.text()).toContain('booking.submitted');
    expect(sent.map((d) => d.event.type)).toEqual(['booking.submitted']);
    expect(sent[0]?.event.data.report.url).toBe(report.href);
    expect(JSON.stringify(sent[0])).not.toContain('Ana');
    // A link on another host, or to a report never shared, sends nothing.
    await form(report.href.replace(BASE, 'https://evil.example'));
    await form(`${BASE}/r/${'0'.repeat(26)}`);
    expect(sent).toHaveLength(1);
  });
});

/** The HMAC-SHA256 of `{id}.{timestamp}.{body}` under a whsec_ secret, computed without the library. */
async function expectedSignature(secret: string, id: string, timestamp: string, body: string) {
  const raw = Uint8Array.from(atob(secret.slice('whsec_'.length)), (c) => c.charCodeAt(0));
  const key = await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${id}.${timestamp}.${body}`));
  return `v1,${btoa(String.fromCharCode(...new Uint8Array(mac)))}`;
}

describe('delivering', () => {
  it('POSTs the event signed per Standard Webhooks, which the receiver verifies, and acknowledges a 2xx', async () => {
    const { secret } = await putClinicWithWebhook();
    const queued = await delivery();
    const { received } = receiver(204);
    const result = await consume([queued]);
    expect(result.explicitAcks).toEqual(['m0']);
    expect(result.retryMessages).toEqual([]);
    const [hit] = received;
    expect(hit?.url).toBe(RECEIVER);
    expect(hit?.headers['content-type']).toBe('application/json');
    expect(hit?.headers['webhook-id']).toBe(queued.id);
    const now = Math.floor(Date.now() / 1000);
    expect(Math.abs(Number(hit?.headers['webhook-timestamp']) - now)).toBeLessThanOrEqual(5);
    const headers = hit?.headers ?? {};
    expect(new Webhook(secret).verify(hit?.body ?? '', headers)).toEqual(queued.event);
    expect(headers['webhook-signature']).toBe(
      await expectedSignature(secret, queued.id, headers['webhook-timestamp'] ?? '', hit?.body ?? ''),
    );
  });

  it('sends what a receiver refuses when forged: another secret, a changed body or an old timestamp', async () => {
    const { secret } = await putClinicWithWebhook();
    const { received } = receiver(204);
    await consume([await delivery()]);
    const { body = '', headers = {} } = received[0] ?? {};
    const verify = (s: string, b: string, h: Record<string, string>) => () => new Webhook(s).verify(b, h);
    expect(verify(newWebhookSecret(), body, headers)).toThrow(/signature/i);
    expect(verify(secret, body.replace('"routine"', '"self-care"'), headers)).toThrow(/signature/i);
    const forged = await expectedSignature(newWebhookSecret(), headers['webhook-id'] ?? '', '1', body);
    expect(
      verify(secret, body, { ...headers, 'webhook-timestamp': '1', 'webhook-signature': forged }),
    ).toThrow(/too old/i);
  });

  it('signs with the new and the old secret while a secret rotates, then with the new one only', async () => {
    const old = newWebhookSecret();
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    const { secret } = await putClinicWithWebhook({}, { previous: { secret: old, until: tomorrow } });
    const { received } = receiver(204);
    await consume([await delivery()]);
    const { body = '', headers = {} } = received[0] ?? {};
    expect(headers['webhook-signature']?.split(' ')).toHaveLength(2);
    expect(() => new Webhook(secret).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(old).verify(body, headers)).not.toThrow();

    const yesterday = new Date(Date.now() - 1000).toISOString();
    await putClinicWithWebhook({}, { previous: { secret: old, until: yesterday } });
    await consume([await delivery()]);
    expect(received[1]?.headers['webhook-signature']?.split(' ')).toHaveLength(1);
  });

  it('retries after a 500 with exponential backoff: the base delay, then twice it, and so on', async () => {
    await putClinicWithWebhook();
    const queued = await delivery();
    receiver(500);
    const base = Number(env.WEBHOOK_RETRY_BASE_SECONDS);
    for (const [attempts, delay] of [
      [1, base],
      [2, 2 * base],
      [4, 8 * base],
    ] as const) {
      const result = await consume([queued], { attempts });
      expect(result.explicitAcks).toEqual([]);
      expect(result.retryMessages).toEqual([{ msgId: 'm0' }]);
      expect(result.delays).toEqual([delay]);
    }
    expect(retryDelay(30, base)).toBe(6 * 3600);
  });

  it('never follows a redirect: a 302 is a failed attempt, retried', async () => {
    await putClinicWithWebhook();
    const { received } = receiver(
      () => new Response(null, { status: 302, headers: { Location: 'http://10.0.0.1/' } }),
    );
    const result = await consume([await delivery()]);
    expect(received).toHaveLength(1);
    expect(received[0]?.redirect).toBe('manual');
    expect(result.retryMessages).toHaveLength(1);
  });

  it('retries when the receiver cannot be reached', async () => {
    await putClinicWithWebhook();
    const queued = await delivery();
    receiver(() => Promise.reject(new TypeError('Network connection lost')));
    expect((await consume([queued])).retryMessages).toHaveLength(1);
  });

  it.each([
    'http://127.0.0.1:8080/hook',
    'https://10.0.0.5/hook',
    'https://169.254.169.254/latest/meta-data',
    'https://192.168.1.20/hook',
    'https://[::1]/hook',
    'https://printer.local/hook',
    'https://intranet/hook',
  ])('drops a delivery to %s in production without sending anything', async (url) => {
    await putClinicWithWebhook({}, { url });
    const queued = await delivery();
    const { spy } = receiver(204);
    const result = await consume([queued]);
    expect(spy).not.toHaveBeenCalled();
    expect(result.explicitAcks).toEqual(['m0']);
  });

  it('delivers to a loopback receiver where local development allows it (npm start)', async () => {
    await putClinicWithWebhook({}, { url: 'http://127.0.0.1:8080/hook' });
    const queued = await delivery();
    const { received } = receiver(200);
    await consume([queued], { bindings: { ...env, WEBHOOK_ALLOW_LOOPBACK: 'true' } as unknown as Env });
    expect(received[0]?.url).toBe('http://127.0.0.1:8080/hook');
  });

  it('drops a delivery whose clinic removed its webhook, or was removed and added again', async () => {
    const { clinic } = await putClinicWithWebhook();
    const queued = await delivery();
    const { spy } = receiver(204);
    await env.CLINICS.put(clinic.id, JSON.stringify({ ...clinic, webhook: undefined }));
    expect((await consume([queued])).explicitAcks).toEqual(['m0']);
    await env.CLINICS.put(clinic.id, JSON.stringify({ ...clinic, countsKey: 'another-key' }));
    expect((await consume([queued])).explicitAcks).toEqual(['m0']);
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('the dead-letter queue', () => {
  it('records a delivery that failed every retry once, by id, type and dates, without its payload', async () => {
    const { clinic } = await putClinicWithWebhook();
    const result = triage({ lang: 'en', answers: SITTING_BONE_ACHE });
    const dead = newDelivery('report.shared', clinic, {
      questionnaireVersion: result.questionnaireVersion,
      lang: 'en',
      result,
      url: `${BASE}/r/${'a'.repeat(26)}`,
      expiresAt: new Date().toISOString(),
    });
    const outcome = await consume([dead, dead], { queue: 'hamstring-check-webhooks-dead' });
    expect(outcome.ackAll).toBe(true);
    const today = new Date().toISOString().slice(0, 10);
    const rows = await readDeadLetters(env.DB, dead.countsKey, today, today);
    expect(rows).toEqual([
      { id: dead.id, type: 'report.shared', createdAt: dead.event.timestamp, deadAt: expect.any(String) },
    ]);
  });
});
