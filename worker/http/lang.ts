/**
 * @module The response language: `?lang=`, else the best match of Accept-Language, else English, in
 * `c.var.language`. Home-made: hono/language does the same but brings its cookie helper and a general
 * Accept parser, +2.5 KB gzip (measured), which the Worker's 110 KB budget has no room for.
 */
import { createMiddleware } from 'hono/factory';
import { LANGS, type Lang } from '../../shared/index.ts';
import { ProblemError } from '../problems.ts';

/** What the language middleware sets; no bindings, so the build-time docs can import this module. */
type LangEnv = { Variables: { language: Lang } };

export const isLang = (value: string): value is Lang => (LANGS as readonly string[]).includes(value);

/**
 * The first supported language in an Accept-Language header, by quality then order (RFC 9110 §12.5.4),
 * matching on the primary subtag so `es-MX` selects `es`. Undefined when none is supported.
 */
function fromAcceptLanguage(header: string | undefined): Lang | undefined {
  if (!header) return undefined;
  const ranges = header
    .slice(0, 1000)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { primary: tag.trim().split('-')[0]?.toLowerCase() ?? '', q: q ? Number(q.slice(2)) : 1, index };
    });
  const ranked = ranges.filter((r) => r.q > 0).sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((r) => r.primary).find(isLang);
}

export function unsupportedLang(): ProblemError {
  const allowed = LANGS.map((l) => `"${l}"`).join(', ');
  return new ProblemError('invalid-request', `The lang parameter must be one of ${allowed}.`, {
    errors: [{ parameter: 'lang', detail: `must be one of ${allowed}` }],
  });
}

/**
 * The API's reads: `?lang=` (a 400 naming the allowed ones when unsupported), else Accept-Language, else
 * English. Typed with its query, so the typed client offers `lang`.
 */
export const apiLanguage = createMiddleware<LangEnv, string, { in: { query: { lang?: Lang } } }>(
  async (c, next) => {
    const query = c.req.query('lang');
    if (query !== undefined && !isLang(query)) throw unsupportedLang();
    c.set('language', query ?? fromAcceptLanguage(c.req.header('accept-language')) ?? 'en');
    await next();
  },
);

/** Pages a person reads (the clinician page, the iframe page): Accept-Language, else English. */
export const readerLanguage = createMiddleware<LangEnv>(async (c, next) => {
  c.set('language', fromAcceptLanguage(c.req.header('accept-language')) ?? 'en');
  await next();
});
