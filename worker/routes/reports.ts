import { Hono } from 'hono';
import { triage } from '../../shared/index.ts';
import { bookingLink, type ClinicProfile, originMayCount } from '../clinics/profile.ts';
import { findClinic } from '../clinics/store.ts';
import type { AppEnv } from '../env.ts';
import { bearer } from '../http/bearer.ts';
import { reportsCors } from '../http/headers.ts';
import { reportRateLimit } from '../http/rate-limit.ts';
import { jsonBody } from '../http/read-json.ts';
import { tokenMatches } from '../http/token-match.ts';
import { parseCode } from '../reports/code.ts';
import { lookUpReport } from '../reports/lookup.ts';
import { notShared, wrongDeleteToken } from '../reports/problems.ts';
import { REPORT_FIELDS, type ReportRequest, ReportRequestSchema } from '../reports/request.ts';
import { createReport, deleteReport } from '../reports/store.ts';
import type { ReportCreated } from '../schemas.ts';
import { checkTriageRequest } from '../triage-request.ts';
import { countLater } from '../usage/counters.ts';
import { notifyLater } from '../webhooks/enqueue.ts';

const REPORT_BODY_HINT =
  'Send one JSON object: {"questionnaireVersion": "…", "lang": "en", "answers": {…}, "clinic": "…"}.';

/**
 * The clinic a report is shared with, if it exists and the request comes from one of its pages. Any
 * failure leaves the report without a clinic: sharing must not depend on branding.
 */
async function sharedWith(env: Env, id: string | undefined, origin: string | undefined, self: string) {
  if (!id) return null;
  try {
    const clinic = await findClinic(env, id);
    return clinic && originMayCount(clinic, origin, self) ? clinic : null;
  } catch {
    return null;
  }
}

const checkReport = (body: unknown) => checkTriageRequest(body, ReportRequestSchema, REPORT_FIELDS);
const reportJson = jsonBody<ReportRequest, ReturnType<typeof checkReport>>(REPORT_BODY_HINT, checkReport);

/**
 * The report's own delete token; an unknown code is a 404 before the token is compared. The lookup is
 * limited like the page's, so deleting cannot be used to guess codes either.
 */
const deleteTokenAuth = bearer<AppEnv>(
  'shared report',
  "the report's delete token (deleteToken)",
  async (token, c) => {
    const { code, report } = await lookUpReport(c, c.req.param('code') ?? '');
    if (!report) throw notShared(code);
    if (!(await tokenMatches(token, report.deleteTokenHash))) throw wrongDeleteToken();
  },
);

/**
 * POST /v1/reports and DELETE /v1/reports/:code: the runner's "Share with my clinician". Nothing is
 * stored unless this is called; answers are health data, so never cached or logged.
 */
export const reportRoutes = new Hono<AppEnv>()
  .use(reportsCors)
  .post('/', reportRateLimit, reportJson, async (c) => {
    const request = c.req.valid('json');
    const result = triage(request);
    const self = new URL(c.req.url).origin;
    const clinic: ClinicProfile | null = await sharedWith(
      c.env,
      request.clinic,
      c.req.header('origin'),
      self,
    );
    const { questionnaireVersion, lang, answers } = request;
    const { code, deleteToken, expiresAt } = await createReport(c.env, {
      questionnaireVersion,
      lang,
      answers,
      result,
      ...(clinic ? { clinic: { id: clinic.id, name: clinic.name } } : {}),
    });
    const url = `/r/${code}`;
    const href = new URL(url, c.req.url).href;
    if (clinic) {
      countLater(c, clinic, ['shares']);
      notifyLater(c, clinic, 'report.shared', { questionnaireVersion, lang, result, url: href, expiresAt });
    }
    const created: ReportCreated = {
      code,
      url,
      href,
      deleteToken,
      expiresAt,
      clinic: clinic?.id ?? null,
      ...(clinic ? { bookingUrl: bookingLink(clinic, code) } : {}),
    };
    return c.json(created, 201, { Location: url, 'Cache-Control': 'no-store' });
  })
  .delete('/:code', deleteTokenAuth, async (c) => {
    // deleteTokenAuth found the report, so the code parses.
    await deleteReport(c.env, parseCode(c.req.param('code')) ?? '');
    return c.body(null, 204, { 'Cache-Control': 'no-store' });
  });
