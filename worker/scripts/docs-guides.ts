/**
 * @module The guides of docs/ (embedding, webhooks, API keys, the clinic dashboard) as sections of the
 * /docs page, rendered at build time with marked. Node only (it reads the files): build-docs.ts passes
 * them to docsSite() (worker/docs/site.ts). Headings get ids `guide-<words>`, so the guides link to each other with `#guide-…`.
 */
import { readFile } from 'node:fs/promises';
import { Marked } from 'marked';
import type { Guide } from '../docs/page.ts';

/** In the order /docs shows them. */
export const GUIDE_FILES = ['embedding.md', 'webhooks.md', 'api-keys.md', 'clinic-dashboard.md'];

const DOCS_DIR = new URL('../../docs/', import.meta.url);

export const guideAnchor = (text: string) =>
  `guide-${text
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;

/** Markdown to HTML, every heading one level down (the page's h1 is its own) and with its anchor. */
function renderer(): Marked {
  return new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth, text }) {
        const level = Math.min(6, depth + 1);
        return `<h${level} id="${guideAnchor(text)}">${this.parser.parseInline(tokens)}</h${level}>\n`;
      },
    },
  });
}

export async function loadGuides(): Promise<Guide[]> {
  const marked = renderer();
  return Promise.all(
    GUIDE_FILES.map(async (file) => {
      const markdown = await readFile(new URL(file, DOCS_DIR), 'utf8');
      const title = /^# (.+)$/m.exec(markdown)?.[1] ?? file;
      return { id: guideAnchor(title), title, html: await marked.parse(markdown) };
    }),
  );
}
