/**
 * @module The API's static documentation: the OpenAPI document and the reference page, with the headers
 * each is served with. Built once at build time (worker/scripts/build-docs.ts) into the static assets,
 * because neither changes between requests and generating them in the Worker would ship zod's classic
 * API and the JSON Schema converter in every isolate (the Worker's size budget, docs/toolchain.md).
 * The tests check the same model.
 */
import { CACHE_CONTROL } from '../http/cacheable.ts';
import { HTML_SECURITY_HEADERS } from '../http/headers.ts';
import { openApiDocument } from '../openapi/document.ts';
import { type Guide, renderDocs } from './page.ts';
import { DOCS_CSS } from './styles.ts';

export interface StaticFile {
  /** The URL path it is served at. */
  path: string;
  /** Where it lands in the assets directory; `docs.html` is served at `/docs`. */
  file: string;
  contentType: string;
  body: string;
  headers: Readonly<Record<string, string>>;
}

const NOSNIFF = { 'X-Content-Type-Options': 'nosniff' };

/** `guides` (docs/*.md, rendered by guides.ts in Node) join the /docs page; the workerd tests pass none. */
export function docsSite(guides: readonly Guide[] = []): StaticFile[] {
  const doc = openApiDocument();
  return [
    {
      path: '/v1/openapi.json',
      file: 'v1/openapi.json',
      contentType: 'application/json',
      body: JSON.stringify(doc),
      headers: { ...NOSNIFF, 'Cache-Control': CACHE_CONTROL, 'Access-Control-Allow-Origin': '*' },
    },
    {
      path: '/docs',
      file: 'docs.html',
      contentType: 'text/html',
      body: renderDocs(doc, guides),
      headers: { ...NOSNIFF, ...HTML_SECURITY_HEADERS, 'Cache-Control': CACHE_CONTROL },
    },
    {
      path: '/docs/docs.css',
      file: 'docs/docs.css',
      contentType: 'text/css',
      body: DOCS_CSS,
      headers: { ...NOSNIFF, 'Cache-Control': CACHE_CONTROL },
    },
  ];
}

/** The `_headers` rules (Workers static assets) that serve each file with its headers. */
export function headersRules(files: readonly StaticFile[]): string {
  return files
    .map(
      (f) =>
        `${f.path}\n${Object.entries(f.headers)
          .map(([name, value]) => `  ${name}: ${value}`)
          .join('\n')}\n`,
    )
    .join('\n');
}
