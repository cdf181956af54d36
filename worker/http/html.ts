/** HTML escaping for every page the Worker renders: each inserted value goes through here, once. */
import { escapeToBuffer } from 'hono/utils/html';

/** Hono's own escaping (what its `html` helper applies), for pages assembled as plain strings. */
export function escapeHtml(text: string): string {
  const buffer: [string] = [''];
  escapeToBuffer(text, buffer);
  return buffer[0];
}
