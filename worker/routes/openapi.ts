import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { sendCacheable } from '../http/cacheable.ts';
import { publicCors } from '../http/headers.ts';
import { openApiDocument } from '../openapi/document.ts';

export const openApiRoutes = new Hono<AppEnv>().use(publicCors).get('/', (c) =>
  sendCacheable(c, 'openapi', () => ({
    body: JSON.stringify(openApiDocument()),
    contentType: 'application/json; charset=utf-8',
  })),
);
