/**
 * @module The three embed snippets, as the embed builder (/embed-code) shows them and oEmbed answers:
 * the evergreen script, the pinned script with Subresource Integrity, and the iframe. No Workers-only API:
 * the builder's script bundles this module.
 */
import { accentDeclarations, type EmbedOptions, embedQuery } from './options.ts';

/** What the iframe snippet sizes the frame to before the page reports its height. */
export const EMBED_WIDTH = 640;
export const EMBED_HEIGHT = 640;
export const EMBED_TITLE = 'Hamstring check: what is the pain at the back of my thigh?';
export const HEIGHT_MESSAGE = 'hamstring-check:height';

/**
 * The iframe snippet: the frame at a fixed height, which works everywhere (the page inside scrolls),
 * and, where the host runs scripts, four lines that let the frame set its own height. `width` and
 * `height` are attributes, so a host whose CSP forbids inline styles still sizes it. With `autoHeight`
 * off (oEmbed's maxheight) the frame keeps its height.
 */
export function iframeSnippet(
  origin: string,
  options: EmbedOptions,
  {
    width = '100%',
    height = EMBED_HEIGHT,
    autoHeight = true,
  }: { width?: string | number; height?: number; autoHeight?: boolean } = {},
): string {
  const src = `${origin}/embed${embedQuery(options)}`.replace(/&/g, '&amp;');
  const frame = `<iframe src="${src}" title="${EMBED_TITLE}" width="${width}" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
  if (!autoHeight) return frame;
  return `${frame}
<script>
addEventListener('message', (e) => {
  if (e.origin !== '${origin}' || e.data?.type !== '${HEIGHT_MESSAGE}') return;
  for (const f of document.querySelectorAll('iframe')) if (f.contentWindow === e.source) f.height = e.data.height;
});
</script>`;
}

/** The element with the options as attributes; the accent as custom properties (or set them in your CSS). */
export function elementSnippet(options: EmbedOptions): string {
  const attrs = (['lang', 'theme', 'clinic'] as const)
    .filter((name) => options[name])
    .map((name) => ` ${name}="${options[name]}"`)
    .join('');
  const style = options.accent ? ` style="${accentDeclarations(options.accent)}"` : '';
  return `<hamstring-check${attrs}${style}></hamstring-check>`;
}

export interface Release {
  version: string;
  /** `sha384-…` of the pinned file. */
  integrity: string;
}

/**
 * Where a release's pinned copy lives: a path named by its own bytes (the first 96 bits of the sha384 its
 * integrity already gives, in base64url), so an immutable URL can never serve other bytes. A change
 * to the widget is a new path; the old one keeps the old bytes for as long as a deploy keeps them.
 */
export const pinnedPath = (integrity: string) =>
  `/v/${integrity
    .replace(/^sha384-/, '')
    .slice(0, 16)
    .replace(/\+/g, '-')
    .replace(/\//g, '_')}/hamstring-check.js`;

export const evergreenSnippet = (origin: string, options: EmbedOptions) =>
  `<script type="module" src="${origin}/v1/hamstring-check.js"></script>\n${elementSnippet(options)}`;

export const pinnedSnippet = (origin: string, options: EmbedOptions, { integrity }: Release) =>
  `<script type="module" src="${origin}${pinnedPath(integrity)}" integrity="${integrity}" crossorigin="anonymous"></script>\n${elementSnippet(options)}`;
