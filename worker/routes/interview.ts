import { Hono } from 'hono';
import { nextStep } from '../../shared/index.ts';
import type { InterviewRequest } from '../../shared/schemas/request.ts';
import type { AppEnv } from '../env.ts';
import { publicCors } from '../http/headers.ts';
import { jsonBody } from '../http/read-json.ts';
import { interviewLimit } from '../keys/triage-limit.ts';
import { checkInterviewRequest, INTERVIEW_BODY_HINT } from '../triage-request.ts';

const interviewJson = jsonBody<InterviewRequest, InterviewRequest>(
  INTERVIEW_BODY_HINT,
  checkInterviewRequest,
);

/**
 * POST /v1/interview/next: the answers so far in, the next step out (shared/interview/next.ts). Stateless,
 * like the triage: answers are health data, never cached or logged, and nothing is kept between steps.
 */
export const interviewRoutes = new Hono<AppEnv>()
  .use(publicCors)
  .post('/next', interviewLimit, interviewJson, (c) => {
    const { answers, skipped } = c.req.valid('json');
    return c.json(nextStep(answers, skipped), 200, { 'Cache-Control': 'no-store' });
  });
