import { Hono } from 'hono';
import { renderDocs } from '../docs/page.ts';
import { DOCS_CSS } from '../docs/styles.ts';
import type { AppEnv } from '../env.ts';
import { sendCacheable } from '../http/cacheable.ts';
import { HTML_SECURITY_HEADERS } from '../http/headers.ts';
import { openApiDocument } from '../openapi/document.ts';

/** GET /docs: the API reference, rendered from the OpenAPI document; no script, no other origin. */
export const docsRoutes = new Hono<AppEnv>()
  .get('/', (c) =>
    sendCacheable(c, 'docs', () => ({
      body: renderDocs(openApiDocument()),
      contentType: 'text/html; charset=utf-8',
      headers: HTML_SECURITY_HEADERS,
    })),
  )
  .get('/docs.css', (c) =>
    sendCacheable(c, 'docs.css', () => ({ body: DOCS_CSS, contentType: 'text/css; charset=utf-8' })),
  );
