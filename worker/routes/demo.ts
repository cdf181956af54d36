/**
 * POST /demo/booked: where the demo clinic's booking form (widget/demo/clinic.html) posts, so anyone can
 * see what a clinic receives when `<hamstring-check name="triage" required>` sits in its form. It shows
 * the fields it was sent as escaped text and stores nothing, logs nothing and sends nothing on. Only
 * forms on this origin may post: shown under the demo clinic's name, text from another site's form would
 * be spoofing.
 */
import { type Context, Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { DEMO_CLINIC_ID } from '../clinics/demo.ts';
import { findClinic } from '../clinics/store.ts';
import type { AppEnv } from '../env.ts';
import { HTML_SECURITY_HEADERS } from '../http/headers.ts';
import { escapeHtml as e } from '../http/html.ts';
import { limitBody, unsupportedMediaType } from '../http/read-json.ts';
import { ProblemError } from '../problems.ts';
import { lookUpReport } from '../reports/lookup.ts';
import { notifyLater } from '../webhooks/enqueue.ts';

/** A booking form is a few short fields; the widget's value is a few lines. */
const MAX_FORM_BYTES = 16 * 1024;
const FORM_TYPE = 'application/x-www-form-urlencoded';

function bookedPage(fields: [string, string][], notified: boolean): string {
  const rows = fields
    .map(([name, value]) => `<dt>${e(name)}</dt><dd><pre>${e(value) || '(empty)'}</pre></dd>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow"><title>What the clinic received · Riverside Sports Physiotherapy (demo)</title>
<link rel="icon" href="/demo/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/demo/demo.css"></head>
<body class="clinic"><header class="clinic-header"><span class="clinic-logo" aria-hidden="true">RSP</span>
<div><p class="clinic-name">Riverside Sports Physiotherapy</p><p class="clinic-tagline">Booking requests · demo</p></div></header>
<main class="booking received">
<h1>What the clinic received</h1>
<p>This is everything the booking form sent. A real clinic would now store it in its booking system; this demo page only shows it, and stores, logs and forwards nothing.</p>
<dl>${rows}</dl>
<h2>Where each field came from</h2>
<ul>
<li><strong>name</strong>, <strong>email</strong> and <strong>day</strong> are the clinic's own form fields: the only personal and contact details in the booking, typed by the runner.</li>
<li><strong>triage</strong> is the value of the <code>&lt;hamstring-check name="triage"&gt;</code> widget: a short summary (questionnaire version, urgency, stretching advice, the two most likely sources) and, if the runner chose to share, the link to the clinician page. It never holds the runner's answers, a name or a contact detail. The full answers stay on the clinician page, for 30 days at most, until the runner removes them.</li>
</ul>
${notified ? "<p>The clinic's webhook was sent a signed <code>booking.submitted</code> event: the urgency, the stretching advice, the three most likely sources and the link above, never the answers.</p>" : ''}
<p><a href="/demo/clinic">Back to the booking page</a></p>
</main></body></html>`;
}

/**
 * Fetch Metadata when the browser sends it (all current ones do), else `Origin`. A request with neither
 * comes from no web page (curl), so no runner's browser can be made to show it.
 */
function fromThisOrigin(c: Context<AppEnv>): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site) return site === 'same-origin';
  const origin = c.req.header('origin');
  return origin === undefined || origin === new URL(c.req.url).origin;
}

/**
 * When the form carries the link of a report the runner shared with the demo clinic, the clinic's webhook
 * gets a `booking.submitted` event built from that stored report (never from the form's text, which
 * anyone could type). Any failure only skips the event: the page shows what was sent either way.
 */
async function notifyBooking(c: Context<AppEnv>, fields: [string, string][]): Promise<boolean> {
  const self = new URL(c.req.url).origin;
  const code = fields
    .flatMap(([, value]) => value.match(/\bhttps?:\/\/\S+\/r\/[0-9a-z-]{12,26}\b/gi) ?? [])
    .map((link) => URL.parse(link))
    .find((url) => url?.origin === self)
    ?.pathname.slice(3);
  if (!code) return false;
  try {
    // Limited like the clinician page, so this is no way around it to test codes.
    const { report } = await lookUpReport(c, code);
    if (report?.clinic?.id !== DEMO_CLINIC_ID) return false;
    const clinic = await findClinic(c.env, DEMO_CLINIC_ID);
    if (!clinic) return false;
    const url = `${self}/r/${code}`;
    return notifyLater(c, clinic, 'booking.submitted', { ...report, url });
  } catch {
    return false;
  }
}

/** Only this origin's form, sent as a form: checked before the body's size, which comes next. */
const ownForm = createMiddleware<AppEnv>(async (c, next) => {
  if (!fromThisOrigin(c))
    throw new ProblemError(
      'forbidden',
      'Only the demo booking form of this site (/demo/clinic) posts here; a form on another page or site cannot.',
    );
  const type = c.req.header('content-type') ?? null;
  if (type?.split(';')[0]?.trim().toLowerCase() !== FORM_TYPE)
    throw unsupportedMediaType(type, `as a form (Content-Type: ${FORM_TYPE})`);
  await next();
});

export const demoRoutes = new Hono<AppEnv>().post(
  '/demo/booked',
  ownForm,
  limitBody(MAX_FORM_BYTES, 'A booking form is a few short fields.'),
  async (c) => {
    const fields = [...new URLSearchParams(await c.req.text())];
    const notified = await notifyBooking(c, fields);
    return c.html(bookedPage(fields, notified), 200, {
      ...HTML_SECURITY_HEADERS,
      'Cache-Control': 'no-store',
      'X-Robots-Tag': 'noindex, nofollow',
    });
  },
);
