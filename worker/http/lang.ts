import type { Context } from 'hono';
import { LANGS, type Lang } from '../../shared/index.ts';
import { ProblemError } from '../problems.ts';

export const isLang = (value: string): value is Lang => (LANGS as readonly string[]).includes(value);

/**
 * The first supported language in an Accept-Language header, by quality then order (RFC 9110 §12.5.4),
 * matching on the primary subtag so `es-MX` selects `es`. Undefined when none is supported.
 */
export function fromAcceptLanguage(header: string | undefined): Lang | undefined {
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

/** The response language: the `lang` query parameter, else Accept-Language, else English. */
export function negotiateLang(c: Context): Lang {
  const query = c.req.query('lang');
  if (query === undefined) return fromAcceptLanguage(c.req.header('accept-language')) ?? 'en';
  if (isLang(query)) return query;
  throw unsupportedLang();
}

export function unsupportedLang(): ProblemError {
  const allowed = LANGS.map((l) => `"${l}"`).join(', ');
  return new ProblemError('invalid-request', `The lang parameter must be one of ${allowed}.`, {
    errors: [{ parameter: 'lang', detail: `must be one of ${allowed}` }],
  });
}
