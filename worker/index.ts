import { createApp } from './app.ts';
import type { Delivery } from './webhooks/event.ts';
import { handleQueue } from './webhooks/queue.ts';

const app = createApp();

export default {
  fetch: app.fetch,
  queue: handleQueue,
} satisfies ExportedHandler<Env, Delivery>;
