/**
 * @module The iframe page /embed: the widget alone, made to live in an iframe on any site (docs/embedding.md,
 * "The iframe"). Its height goes to the framing page through /embed/height.js, a few
 * lines beside the widget (the widget itself does not grow). The policy lets it be framed anywhere
 * (`frame-ancestors *`, no X-Frame-Options), except that a clinic's branded frame may be framed only by
 * the clinic's own sites, as its branded widget may only be shown there.
 */
import { escapeHtml as e } from '../http/html.ts';
import { accentDeclarations, type EmbedOptions } from './options.ts';
import { EMBED_TITLE } from './snippets.ts';

/** The accent rule, and the CSP source that allows exactly it (a style element, so a hash). */
export async function accentStyle(accent: string): Promise<{ css: string; source: string }> {
  const css = `hamstring-check{${accentDeclarations(accent)}}`;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css));
  return { css, source: `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'` };
}

export function embedPolicy(frameAncestors: readonly string[], styleSource = ''): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "connect-src 'self'",
    `style-src 'self'${styleSource ? ` ${styleSource}` : ''}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ');
}

export function renderEmbedPage(options: EmbedOptions, accentCss = ''): string {
  const attrs = (['lang', 'theme', 'clinic'] as const)
    .filter((name) => options[name])
    .map((name) => ` ${name}="${e(options[name] ?? '')}"`)
    .join('');
  return `<!doctype html>
<html lang="${e(options.lang ?? 'en')}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${e(EMBED_TITLE)}</title>
<link rel="stylesheet" href="/embed/embed.css">${accentCss ? `<style>${accentCss}</style>` : ''}
<script type="module" src="/v1/hamstring-check.js"></script><script src="/embed/height.js" defer></script></head>
<body><main><h1 class="vh">${e(EMBED_TITLE)}</h1><hamstring-check${attrs}></hamstring-check></main></body></html>`;
}
