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
