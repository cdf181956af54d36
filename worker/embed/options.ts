/**
 * @module The options of the iframe page /embed (`lang`, `theme`, `clinic`, `accent`), read from a query
 * string. A value it does not know is left out rather than refused: a typo in a pasted snippet should
 * give the plain widget, not a broken frame on someone's blog. No Workers-only API here: the build of the
 * embed builder and the docs read it in Node.
 */
import { CLINIC_ID_PATTERN } from '../clinics/id.ts';

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

/** WCAG relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The text colour for a chosen accent, white or near-black, whichever contrasts more with it: the theme's
 * own `--hc-accent-text` suits only the theme's own accent (and in the dark theme is dark).
 */
export function accentText(accent: string): string {
  const l = luminance(accent);
  return 1.05 / (l + 0.05) >= (l + 0.05) / (luminance('#111111') + 0.05) ? '#fff' : '#111';
}

/** The custom properties an accent sets on the element. */
export const accentDeclarations = (accent: string) =>
  `--hc-accent: ${accent}; --hc-accent-text: ${accentText(accent)}`;
