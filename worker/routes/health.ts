import { Hono } from 'hono';
import { APP_VERSION, QUESTIONNAIRE_VERSION } from '../../shared/index.ts';
import type { AppEnv } from '../env.ts';
import { publicCors } from '../http/headers.ts';
import type { Health } from '../schemas.ts';

const HEALTH: Health = { status: 'ok', version: APP_VERSION, questionnaireVersion: QUESTIONNAIRE_VERSION };

/** GET /v1/health: whether the API answers, and which release and questionnaire it serves. */
export const healthRoutes = new Hono<AppEnv>()
  .use(publicCors)
  .get('/', (c) => c.json(HEALTH, 200, { 'Cache-Control': 'no-store' }));
