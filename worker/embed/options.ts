/**
 * @module The options of the iframe page /embed (`lang`, `theme`, `clinic`, `accent`), read from a query
 * string. A value it does not know is left out rather than refused: a typo in a pasted snippet should
 * give the plain widget, not a broken frame on someone's blog. No Workers-only API here: the build of the
 * embed builder and the docs read it in Node.
 */
import { CLINIC_ID_PATTERN } from '../clinics/profile.ts';

export interface EmbedOptions {
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
  clinic?: string;
  /** `#rrggbb`, lower case: the widget's `--hc-accent`. */
  accent?: string;
}

const THEMES = ['light', 'dark', 'auto'] as const;
const isTheme = (v: string): v is (typeof THEMES)[number] => (THEMES as readonly string[]).includes(v);

/** The widget's own rule: `en`, `es` and their regional forms (`es-MX`). */
const LANG = /^(en|es)(-[A-Za-z]{2,3})?$/;

export function embedOptions(query: URLSearchParams): EmbedOptions {
  const options: EmbedOptions = {};
  const lang = query.get('lang') ?? '';
  if (LANG.test(lang)) options.lang = lang;
  const theme = query.get('theme') ?? '';
  if (isTheme(theme)) options.theme = theme;
  const clinic = query.get('clinic') ?? '';
  if (CLINIC_ID_PATTERN.test(clinic)) options.clinic = clinic;
  const accent = (query.get('accent') ?? '').replace(/^#/, '').toLowerCase();
  if (/^[0-9a-f]{6}$/.test(accent)) options.accent = `#${accent}`;
  return options;
}

/** The query string of `options` (empty, or starting with `?`), in a stable order. */
export function embedQuery(options: EmbedOptions): string {
  const query = new URLSearchParams();
  if (options.lang) query.set('lang', options.lang);
  if (options.theme) query.set('theme', options.theme);
  if (options.clinic) query.set('clinic', options.clinic);
  if (options.accent) query.set('accent', options.accent.slice(1));
  const text = query.toString();
  return text ? `?${text}` : '';
}

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
