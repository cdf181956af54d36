/**
 * README stays the first screen a newcomer needs (under 12 KB; the detail lives in docs/), and every
 * relative link in README and docs/ points at a file that exists, and at a heading that exists in it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const files = ['README.md', 'SECURITY.md', ...readdirSync(join(root, 'docs')).map((f) => `docs/${f}`)].filter(
  (f) => f.endsWith('.md'),
);

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
const anchors = (markdown: string) =>
  new Set(
    [...markdown.matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
      (m[1] ?? '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, '')
        .replace(/ /g, '-'),
    ),
  );

describe('README and docs/', () => {
  it('README is under 12 KB', () => {
    expect(readFileSync(join(root, 'README.md')).byteLength).toBeLessThan(12 * 1024);
  });

  it.each(files)('%s links only to files and headings that exist', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    for (const [, target = ''] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^(https?:|mailto:|\/|#guide-)/.test(target)) continue;
      const [path = '', anchor] = target.split('#');
      const linked = path ? join(dirname(join(root, file)), path) : join(root, file);
      expect(existsSync(linked), `${file} → ${target}`).toBe(true);
      if (anchor) expect(anchors(readFileSync(linked, 'utf8')).has(anchor), `${file} → ${target}`).toBe(true);
    }
  });
});
