/**
 * GET / and GET /demo/clinic: the demo pages are static files (widget/demo); on their way out the Worker
 * adds the oEmbed discovery link (routes/oembed.ts) to their head, since only a request knows the site's
 * own address, which the link must carry.
 */
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { escapeHtml } from '../http/html.ts';

/** `<link rel="alternate" type="application/json+oembed">` for the page at `pageUrl`. */
export function oembedLink(pageUrl: URL, title: string): string {
  const href = `${pageUrl.origin}/oembed?url=${encodeURIComponent(pageUrl.origin + pageUrl.pathname)}&format=json`;
  return `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(href)}" title="${escapeHtml(title)}">`;
}

async function withDiscovery(c: Context<AppEnv>, title: string): Promise<Response> {
  // A fetched response's headers are immutable, and middleware after this one still sets some.
  const asset = await c.env.ASSETS.fetch(c.req.raw);
  const page = new Response(asset.body, asset);
  // A 304 (a reload with the ETag) has no body to add to.
  if (!page.ok || !page.headers.get('content-type')?.startsWith('text/html')) return page;
  const link = oembedLink(new URL(c.req.url), title);
  return new HTMLRewriter()
    .on('head', { element: (head) => void head.append(link, { html: true }) })
    .transform(page);
}

export const demoPageRoutes = new Hono<AppEnv>()
  .get('/', (c) => withDiscovery(c, 'Hamstring check (the widget of this running-blog post)'))
  .get('/demo/clinic', (c) =>
    withDiscovery(c, "Hamstring check (Riverside Sports Physiotherapy's booking page)"),
  );
