/** The Worker's `queue` handler: one consumer for deliveries, one for the deliveries that died. */
import { DEAD_LETTER_QUEUE, recordDeadLetters } from './dead-letters.ts';
import { deliverBatch } from './deliver.ts';
import type { Delivery } from './event.ts';

export function handleQueue(batch: MessageBatch<Delivery>, env: Env): Promise<void> {
  return batch.queue === DEAD_LETTER_QUEUE ? recordDeadLetters(batch, env) : deliverBatch(batch, env);
}
