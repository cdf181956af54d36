import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { readerLanguage } from '../http/lang.ts';
import { ProblemError, UNAVAILABLE_RETRY_SECONDS } from '../problems.ts';
import { type Lookup, lookUpReport } from '../reports/lookup.ts';
import { pageHeaders, renderMissingPage, renderReportPage, renderUnavailablePage } from '../reports/page.ts';

/**
 * GET /r/:code: the printable clinician page of a shared report. A code that was never issued, has
 * expired or was deleted gets one and the same 404 page (in the reader's language, which has nothing
 * to do with the code), so probing codes learns nothing. Too many lookups (lookup.ts) get the "try
 * again" page too, in 429, since a person reads this one, not a program.
 */
export const reportPageRoutes = new Hono<AppEnv>().get('/r/:code', readerLanguage, async (c) => {
  const readerLang = c.var.language;
  let lookup: Lookup;
  try {
    lookup = await lookUpReport(c, c.req.param('code'));
  } catch (err) {
    // Both the limits' window and the store's retry are a minute.
    const busy = err instanceof ProblemError && err.problem.status === 429;
    return c.html(renderUnavailablePage(readerLang), busy ? 429 : 503, {
      ...(await pageHeaders(readerLang)),
      'Retry-After': String(UNAVAILABLE_RETRY_SECONDS),
    });
  }
  const { code, report } = lookup;
  if (!report) return c.html(renderMissingPage(readerLang), 404, await pageHeaders(readerLang));
  return c.html(renderReportPage(report, code), 200, await pageHeaders(report.lang));
});
