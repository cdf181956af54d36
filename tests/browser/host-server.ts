/**
 * A second origin for host pages: a tiny HTTP server on 127.0.0.1 that serves fixed files with the
 * headers a test asks for (a strict CSP, say), so the widget is embedded cross-origin as on a real blog.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostFile {
  body: string | Uint8Array;
  type: string;
  headers?: Record<string, string>;
}

export interface HostServer {
  url: string;
  close(): Promise<void>;
}

export async function serveHost(files: Record<string, HostFile>): Promise<HostServer> {
  const server = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://host').pathname];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { 'Content-Type': file.type, 'Cache-Control': 'no-store', ...file.headers })
      .end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const html = (body: string, headers: Record<string, string> = {}): HostFile => ({
  body,
  type: 'text/html; charset=utf-8',
  headers,
});

/** The policy the widget promises to work under: script and fetches from its own origin only, no inline anything. */
export const strictCsp = (widgetOrigin: string) =>
  `default-src 'none'; script-src ${widgetOrigin}; connect-src ${widgetOrigin}; style-src 'self'`;

export const embedScript = (src: string) => `<script type="module" src="${src}"></script>`;

/**
 * A host page in `lang` that embeds the widget from `widgetOrigin` under the strict policy, with `body`
 * after the script (and `head` for the page's own stylesheets).
 */
export const widgetHostPage = (widgetOrigin: string, lang: string, body: string, head = ''): HostFile =>
  html(
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Host</title>${head}</head><body><main><h1>Host</h1>${embedScript(`${widgetOrigin}/v1/hamstring-check.js`)}${body}</main></body></html>`,
    { 'Content-Security-Policy': strictCsp(widgetOrigin) },
  );
