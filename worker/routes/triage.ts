import { Hono } from 'hono';
import { type TriageRequest, triage } from '../../shared/index.ts';
import { TriageRequestSchema } from '../../shared/schemas/request.ts';
import type { AppEnv } from '../env.ts';
import { publicCors } from '../http/headers.ts';
import { jsonBody } from '../http/read-json.ts';
import { triageLimit } from '../keys/triage-limit.ts';
import { checkTriageRequest, TRIAGE_BODY_HINT } from '../triage-request.ts';
import { countForClinic } from '../usage/counters.ts';
import { completionMetrics } from '../usage/metrics.ts';

const checkTriage = (body: unknown) => checkTriageRequest(body, TriageRequestSchema);
const triageJson = jsonBody<TriageRequest, ReturnType<typeof checkTriage>>(TRIAGE_BODY_HINT, checkTriage);

/**
 * POST /v1/triage: answers in, the triage result out: what the runner reads, plus the parts the caller
 * names in `expand` (the clinician summary, the negative red flags' texts, every condition's texts, the
 * sources' citations). Answers are health data: never cached or logged. `?clinic=<id>` (a query parameter, so the body schema stays the same for every caller) counts
 * the completion for that clinic after the response; an unknown id counts nothing and changes nothing.
 * A server may send an API key for a higher limit (keys/triage-limit.ts).
 */
export const triageRoutes = new Hono<AppEnv>()
  .use(publicCors)
  .post('/', triageLimit, triageJson, async (c) => {
    const { lang, answers, expand = [] } = c.req.valid('json');
    const result = triage({ lang, answers }, { expand });
    const clinic = c.req.query('clinic');
    if (clinic) countForClinic(c, clinic, completionMetrics(result));
    return c.json(result, 200, { 'Cache-Control': 'no-store', 'Content-Language': result.lang });
  });
