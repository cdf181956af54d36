/**
 * GET /oembed?url=…&format=json: oEmbed 1.0 (oembed.com) for this site's own pages, so a CMS that
 * understands oEmbed (WordPress, Ghost, Notion…) turns a pasted link into the widget: a `rich` answer
 * whose `html` is the iframe snippet (embed/options.ts). `maxwidth` and `maxheight` are honoured; with
 * `maxheight` the frame keeps its height (the auto-height lines could grow it past it). Any other URL is a
 * 404 problem naming the pages it covers; any format but JSON, a 501.
 */
import { Hono } from 'hono';
import { DEMO_CLINIC_ID } from '../clinics/demo.ts';
import { type EmbedOptions, embedOptions } from '../embed/options.ts';
import { notOurPage, onlyJson } from '../embed/problems.ts';
import { EMBED_HEIGHT, EMBED_TITLE, EMBED_WIDTH, iframeSnippet } from '../embed/snippets.ts';
import type { AppEnv } from '../env.ts';
import { publicCors } from '../http/headers.ts';
import { ProblemError } from '../problems.ts';

/** The pages oEmbed covers, by path, and the widget each one shows. */
const PAGES: Record<string, (url: URL) => EmbedOptions> = {
  '/': () => ({}),
  '/demo/clinic': () => ({ clinic: DEMO_CLINIC_ID }),
  '/embed': (url) => embedOptions(url.searchParams),
};

function parameterProblem(parameter: string, detail: string): ProblemError {
  return new ProblemError('invalid-request', `The ${parameter} parameter ${detail}.`, {
    errors: [{ parameter, detail }],
  });
}

/** A positive whole number of pixels, or undefined when the parameter is absent. */
function pixels(value: string | undefined, parameter: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,4}$/.test(value)) throw parameterProblem(parameter, 'must be a whole number of pixels');
  return Number(value);
}

/** Readable from any page, problems included (a CMS's editor may ask from the browser). */
export const oembedRoutes = new Hono<AppEnv>().use('/oembed', publicCors).get('/oembed', (c) => {
  const self = new URL(c.req.url).origin;
  const format = c.req.query('format') ?? 'json';
  if (format !== 'json') throw onlyJson(format);
  const raw = c.req.query('url');
  if (!raw) throw parameterProblem('url', `is required: the address of a page of this site, e.g. ${self}/`);
  const maxWidth = pixels(c.req.query('maxwidth'), 'maxwidth');
  const maxHeight = pixels(c.req.query('maxheight'), 'maxheight');
  const url = URL.parse(raw);
  const page = url && url.origin === self ? PAGES[url.pathname] : undefined;
  if (!url || !page)
    throw notOurPage(
      Object.keys(PAGES).map((path) => self + path),
      raw,
    );
  const width = Math.min(EMBED_WIDTH, maxWidth ?? EMBED_WIDTH);
  const height = Math.min(EMBED_HEIGHT, maxHeight ?? EMBED_HEIGHT);
  const html = iframeSnippet(self, page(url), { width, height, autoHeight: maxHeight === undefined });
  return c.json(
    {
      version: '1.0',
      type: 'rich',
      title: EMBED_TITLE,
      provider_name: 'hamstring-check',
      provider_url: `${self}/`,
      cache_age: 86400,
      width,
      height,
      html,
    },
    200,
    { 'Cache-Control': 'public, max-age=3600' },
  );
});
