import { Hono } from 'hono';
import { localizeQuestionnaire } from '../../shared/index.ts';
import type { AppEnv } from '../env.ts';
import { CACHE_CONTROL, conditionalGet, jsonIn, sendCacheable } from '../http/cacheable.ts';
import { publicCors } from '../http/headers.ts';
import { apiLanguage } from '../http/lang.ts';

/**
 * The first request of every check, so a shared cache in front of the Worker (Workers Cache, a CDN) may
 * keep it an hour (`s-maxage`) and serve it stale while it revalidates. A new questionnaire only comes
 * with a deploy, and a client that sends answers to an old one gets a 409 and fetches it again with
 * `no-cache`, which a shared cache must revalidate.
 */
export const QUESTIONNAIRE_CACHE_CONTROL = CACHE_CONTROL.replace('max-age=300', 'max-age=300, s-maxage=3600');

/**
 * GET /v1/questionnaire: the questions in one language, with the version a triage request must send back.
 * Built, serialized and hashed once per language per isolate; a client holding the current copy gets a
 * 304 without a body.
 */
export const questionnaireRoutes = new Hono<AppEnv>()
  .use(publicCors)
  .get('/', conditionalGet, apiLanguage, (c) => {
    const lang = c.var.language;
    return sendCacheable(c, `questionnaire:${lang}`, () => {
      const representation = jsonIn(lang, localizeQuestionnaire(lang));
      return {
        ...representation,
        headers: { ...representation.headers, 'Cache-Control': QUESTIONNAIRE_CACHE_CONTROL },
      };
    });
  });
