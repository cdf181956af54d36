import { Hono } from 'hono';
import { APP_VERSION } from '../shared/index.ts';

const app = new Hono<{ Bindings: Env }>();

app.get('/v1/health', (c) => c.json({ status: 'ok', version: APP_VERSION }));

export default app;
