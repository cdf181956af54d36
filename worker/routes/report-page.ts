import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { readerLanguage } from '../http/lang.ts';
import { UNAVAILABLE_RETRY_SECONDS } from '../problems.ts';
import { pageHeaders, renderMissingPage, renderReportPage, renderUnavailablePage } from '../reports/page.ts';
import { readReport } from '../reports/store.ts';
import { normalizeCode } from '../secrets.ts';

/**
 * GET /r/:code: the printable clinician page of a shared report. A code that was never issued, has
 * expired or was deleted gets one and the same 404 page (in the reader's language, which has nothing
 * to do with the code), so probing codes learns nothing.
 */
export const reportPageRoutes = new Hono<AppEnv>().get('/r/:code', readerLanguage, async (c) => {
  const code = normalizeCode(c.req.param('code'));
  const readerLang = c.var.language;
  let report: Awaited<ReturnType<typeof readReport>>;
  try {
    report = await readReport(c.env, code);
  } catch {
    return c.html(renderUnavailablePage(readerLang), 503, {
      ...(await pageHeaders(readerLang)),
      'Retry-After': String(UNAVAILABLE_RETRY_SECONDS),
    });
  }
  if (!report) return c.html(renderMissingPage(readerLang), 404, await pageHeaders(readerLang));
  return c.html(renderReportPage(report, code), 200, await pageHeaders(report.lang));
});
