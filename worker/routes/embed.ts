/**
 * GET /embed: the widget alone, for an iframe on any site (embed/page.ts). `?lang=`, `?theme=`,
 * `?clinic=` and `?accent=` become the widget's attributes; without `lang` the reader's Accept-Language
 * chooses. A known clinic's frame may be framed only by the clinic's allowed origins (and this site);
 * any other frame by any site.
 */
import { Hono } from 'hono';
import { findClinic } from '../clinics/store.ts';
import { embedOptions } from '../embed/options.ts';
import { accentStyle, embedPolicy, renderEmbedPage } from '../embed/page.ts';
import type { AppEnv } from '../env.ts';
import { readerLanguage } from '../http/lang.ts';

/** The clinic's allowed origins, or null (frame anywhere, unbranded) when it has no profile or KV fails. */
async function clinicOrigins(env: Env, id: string): Promise<string[] | null> {
  try {
    return (await findClinic(env, id))?.origins ?? null;
  } catch {
    return null;
  }
}

export const embedRoutes = new Hono<AppEnv>().get('/embed', readerLanguage, async (c) => {
  const options = embedOptions(new URL(c.req.url).searchParams);
  const origins = options.clinic ? await clinicOrigins(c.env, options.clinic) : null;
  if (!origins) delete options.clinic;
  options.lang ??= c.var.language;
  const style = options.accent ? await accentStyle(options.accent) : undefined;
  return c.html(renderEmbedPage(options, style?.css), 200, {
    'Content-Security-Policy': embedPolicy(origins ? ["'self'", ...origins] : ['*'], style?.source),
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // A clinic's profile may change its allowed origins: a minute, like the profile itself.
    'Cache-Control': `public, max-age=${origins ? 60 : 300}`,
    Vary: 'Accept-Language',
  });
});
