/**
 * @module The dead-letter queue's consumer: a delivery that failed every attempt is recorded in D1
 * (`webhook_dead_letters`: its id, type and dates, under the clinic's counts key; never the payload), so
 * the clinic's dashboard can list what it missed. The shared report behind it is still on its page
 * until it expires.
 */
import type { Delivery } from './event.ts';

export const DEAD_LETTER_QUEUE = 'hamstring-check-webhooks-dead';

export async function recordDeadLetters(batch: MessageBatch<Delivery>, env: Env): Promise<void> {
  const deadAt = new Date().toISOString();
  const statements = batch.messages.map(({ body }) =>
    env.DB.prepare(
      `INSERT INTO webhook_dead_letters (id, clinic, type, created_at, dead_at) VALUES (?1, ?2, ?3, ?4, ?5)
       ON CONFLICT (id) DO NOTHING`,
    ).bind(body.id, body.countsKey, body.event.type, body.event.timestamp, deadAt),
  );
  // Delivery is at least once: a duplicate is ignored. A D1 failure retries the whole batch.
  await env.DB.batch(statements);
  for (const { body } of batch.messages)
    console.error(`webhook ${body.id} for ${body.clinic}: given up after every retry`);
  batch.ackAll();
}

export interface DeadLetter {
  id: string;
  type: string;
  createdAt: string;
  deadAt: string;
}

/** The clinic's dead deliveries recorded between two UTC days (included), newest first, at most `limit`. */
export async function readDeadLetters(
  db: D1Database,
  key: string,
  from: string,
  to: string,
  limit = 50,
): Promise<DeadLetter[]> {
  const { results } = await db
    .prepare(
      `SELECT id, type, created_at AS createdAt, dead_at AS deadAt FROM webhook_dead_letters
       WHERE clinic = ?1 AND substr(dead_at, 1, 10) BETWEEN ?2 AND ?3 ORDER BY dead_at DESC LIMIT ?4`,
    )
    .bind(key, from, to, limit)
    .all<DeadLetter>();
  return results;
}
