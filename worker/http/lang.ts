/**
 * @module The response language, with Hono's language detector: `?lang=`, else the best match of
 * Accept-Language (by quality, `es-MX` selecting `es`), else English, in `c.var.language`.
 */
import { createMiddleware } from 'hono/factory';
import { languageDetector } from 'hono/language';
import { LANGS, type Lang } from '../../shared/index.ts';
import type { AppEnv } from '../env.ts';
import { ProblemError } from '../problems.ts';

export const isLang = (value: string): value is Lang => (LANGS as readonly string[]).includes(value);

const detector = (order: ('querystring' | 'header')[]) =>
  languageDetector({
    order,
    lookupQueryString: 'lang',
    supportedLanguages: [...LANGS],
    fallbackLanguage: 'en',
    caches: false,
  });

export function unsupportedLang(): ProblemError {
  const allowed = LANGS.map((l) => `"${l}"`).join(', ');
  return new ProblemError('invalid-request', `The lang parameter must be one of ${allowed}.`, {
    errors: [{ parameter: 'lang', detail: `must be one of ${allowed}` }],
  });
}

const fromQueryOrHeader = detector(['querystring', 'header']);

/**
 * The API's reads: `?lang=`, else Accept-Language, else English. The query is checked first because
 * Hono's detector passes over a value it does not support, where the API answers a 400 naming the
 * allowed ones. Typed with its query, so the typed client offers `lang`.
 */
export const apiLanguage = createMiddleware<AppEnv, string, { in: { query: { lang?: Lang } } }>((c, next) => {
  const query = c.req.query('lang');
  if (query !== undefined && !isLang(query)) throw unsupportedLang();
  return fromQueryOrHeader(c, next);
});

/** Pages a person reads (the clinician page, the iframe page): Accept-Language, else English. */
export const readerLanguage = detector(['header']);
