import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { CONDITION_IDS, type ConditionId, conditionCatalogue, type Lang } from '../../shared/index.ts';
import type { AppEnv } from '../env.ts';
import { conditionalGet, jsonIn, sendCacheable } from '../http/cacheable.ts';
import { publicCors } from '../http/headers.ts';
import { apiLanguage } from '../http/lang.ts';
import { unknownCondition } from '../problems.ts';
import type { ConditionList } from '../schemas.ts';

const isConditionId = (id: string): id is ConditionId => (CONDITION_IDS as readonly string[]).includes(id);

function conditionInfo(lang: Lang, id: ConditionId) {
  const info = conditionCatalogue(lang).find((c) => c.id === id);
  if (!info) throw new Error('the catalogue lacks a condition of CONDITION_IDS');
  return info;
}

/** An unknown id is a 404 whatever the language asked for. */
const knownCondition = createMiddleware<AppEnv>(async (c, next) => {
  const id = c.req.param('id') ?? '';
  if (!isConditionId(id)) throw unknownCondition(id);
  await next();
});

/** GET /v1/conditions and /v1/conditions/:id: the condition catalogue in plain language. */
export const conditionRoutes = new Hono<AppEnv>()
  .use(publicCors)
  .get('/', conditionalGet, apiLanguage, (c) => {
    const lang = c.var.language;
    return sendCacheable(c, `conditions:${lang}`, () =>
      jsonIn(lang, { lang, conditions: conditionCatalogue(lang) } satisfies ConditionList),
    );
  })
  .get('/:id', conditionalGet, knownCondition, apiLanguage, (c) => {
    const id = c.req.param('id') as ConditionId;
    const lang = c.var.language;
    return sendCacheable(c, `condition:${id}:${lang}`, () => jsonIn(lang, conditionInfo(lang, id)));
  });
