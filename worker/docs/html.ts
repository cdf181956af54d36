/** Tiny HTML helpers for the docs page: everything inserted is escaped (../http/html.ts), once. */
import { escapeHtml } from '../http/html.ts';
import type { Json } from '../openapi/responses.ts';

export { escapeHtml, type Json };

/** Escaped prose where `code spans` become <code> and blank lines separate paragraphs. */
export function prose(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((para) => `<p>${escapeHtml(para).replace(/`([^`]+)`/g, '<code>$1</code>')}</p>`)
    .join('');
}

export const code = (text: string) => `<code>${escapeHtml(text)}</code>`;

/** A collapsible pretty-printed JSON example (details/summary needs no script). */
export function jsonExample(title: string, value: unknown, open = false): string {
  return `<details class="example"${open ? ' open' : ''}><summary>${escapeHtml(title)}</summary><pre><code>${escapeHtml(
    JSON.stringify(value, null, 2),
  )}</code></pre></details>`;
}

export const isJson = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const entries = (value: unknown): [string, Json][] =>
  isJson(value) ? Object.entries(value).filter((e): e is [string, Json] => isJson(e[1])) : [];
