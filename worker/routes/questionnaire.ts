import { Hono } from 'hono';
import { localizeQuestionnaire } from '../../shared/index.ts';
import type { AppEnv } from '../env.ts';
import { conditionalGet, jsonIn, sendCacheable } from '../http/cacheable.ts';
import { publicCors } from '../http/headers.ts';
import { apiLanguage } from '../http/lang.ts';

/** GET /v1/questionnaire: the questions in one language, with the version a triage request must send back. */
export const questionnaireRoutes = new Hono<AppEnv>()
  .use(publicCors)
  .get('/', conditionalGet, apiLanguage, (c) => {
    const lang = c.var.language;
    return sendCacheable(c, `questionnaire:${lang}`, () => jsonIn(lang, localizeQuestionnaire(lang)));
  });
