/**
 * `<hamstring-check clinic="…">`: the clinic's brand and the call to action its profile gives for each
 * urgency, on the demo clinic page (riverside-physio) and on pages of the test clinics
 * (tests/browser/test-clinics.ts); and the unbranded widget whenever the profile cannot be had.
 */
import type { Page, Route } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Questionnaire } from '../../shared/schemas/questionnaire.ts';
import { VIGNETTE_ANSWERS } from '../shared/vignettes/answers.ts';
import { chromiumPerFile } from './chromium-per-file.ts';
import { demoTotals, openDemoClinic, openOnApiOrigin } from './clinic-support.ts';
import { embedScript, type HostServer, html, serveHost } from './host-server.ts';
import { INJECTED_NAME, LINKED, WITH_LOGO } from './test-clinics.ts';
import {
  completeFlow,
  expectAccessible,
  resumeAtLastQuestion,
  screenshot,
  sendResumed,
} from './widget-driver.ts';
import { openPage, questionnaire, widget } from './widget-page.ts';

const baseURL = inject('baseURL');
const token = inject('demoStatsToken');
const browser = chromiumPerFile();
const CLINIC = 'Riverside Sports Physiotherapy';
let q: Questionnaire;

beforeAll(async () => {
  q = await questionnaire(baseURL);
});

const primaryBackground = (page: Page) =>
  widget(page)
    .locator('.primary')
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);

/** The triage requests the page sends, as path and query. */
function triageCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname === '/v1/triage') calls.push(url.pathname + url.search);
  });
  return calls;
}

describe('<hamstring-check clinic> on the demo clinic page', () => {
  it('wears the clinic’s name and accent; a routine result leads with booking at the clinic, counted once as a completion and once as a click', async () => {
    const { page, problems } = await openDemoClinic(browser(), baseURL, {
      prepare: (p) => resumeAtLastQuestion(p, q, VIGNETTE_ANSWERS['P02-high-hamstring-tendinopathy']),
    });
    const w = widget(page);
    expect(await w.locator('[part~=banner]').textContent()).toBe(CLINIC);
    expect(await primaryBackground(page)).toBe('rgb(15, 110, 106)'); // the profile's #0f6e6a
    const before = await demoTotals(baseURL, token);
    const calls = triageCalls(page);

    const run = await sendResumed(page);
    expect(run.result.urgency.level).toBe('routine');
    expect(calls).toEqual(['/v1/triage?clinic=riverside-physio']);
    const cta = w.locator('[part~=cta]');
    const book = cta.locator('[part~=book]');
    expect(await book.textContent()).toBe(`Book an assessment with ${CLINIC}`);
    expect(await book.getAttribute('class')).toBe('button primary');
    expect(await book.getAttribute('href')).toBe(`${baseURL}/demo/clinic#details`);
    // The phone comes second, as a tel: link.
    expect(await cta.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      `${baseURL}/demo/clinic#details`,
      'tel:01632960000',
    ]);
    expect(await cta.locator('p').last().textContent()).toBe(`${CLINIC} by phone: 01632 960000`);
    await screenshot(page, 'clinic-result-1280');

    const beacon = page.waitForRequest((r) => r.url() === `${baseURL}/v1/clinics/riverside-physio/clicks`);
    await book.click();
    expect((await beacon).method()).toBe('POST');
    // The booking form is on this page: the link scrolls to it and the result stays.
    expect(page.url()).toBe(`${baseURL}/demo/clinic#details`);
    expect(await w.locator('.result').count()).toBe(1);
    await expect
      .poll(async () => {
        const now = await demoTotals(baseURL, token);
        return [now.completions - before.completions, now.bookingClicks - before.bookingClicks];
      })
      .toEqual([1, 1]);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('a self-care result, reached by keyboard alone, offers booking only if it is not clearly better by the time its advice gives', async () => {
    const { page, problems } = await openDemoClinic(browser(), baseURL);
    // Inside the booking form, Enter on a question moves the check on and never submits the booking.
    const run = await completeFlow(page, q, VIGNETTE_ANSWERS['P16-doms'], { keyboard: true });
    expect(page.url()).toBe(`${baseURL}/demo/clinic`);
    expect(run.result.urgency.level).toBe('self-care');
    // The advice states the time (the first-ranked condition's re-check period); the button refers to it.
    expect(run.result.urgency.advice).toMatch(/if it is not clearly better in (a week|\d+ weeks)/);
    const book = widget(page).locator('[part~=book]');
    expect(await book.textContent()).toBe(`Not clearly better by then? Book an assessment with ${CLINIC}`);
    expect(await book.getAttribute('class')).toBe('button');
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('an emergency early exit at 320 px in the dark theme leads with urgent care, gives the clinic’s phone only second and no booking link, and fits the column shared', async () => {
    const { page, problems } = await openDemoClinic(browser(), baseURL, { width: 320, colorScheme: 'dark' });
    // The dark theme mixes the clinic's accent with white: not the default blue, not the light teal.
    const accent = await primaryBackground(page);
    expect(accent).not.toBe('rgb(15, 110, 106)');
    expect(accent).not.toBe('rgb(138, 180, 248)');
    const run = await completeFlow(page, q, VIGNETTE_ANSWERS['P05-cauda-equina']);
    expect(run.result.urgency.level).toBe('emergency');
    const w = widget(page);
    expect(await w.locator('.result > *').first().getAttribute('part')).toBe('urgency');
    const cta = w.locator('[part~=cta] > *');
    expect(await cta.count()).toBe(2);
    expect(await cta.nth(0).getAttribute('class')).toBe('box urgent');
    expect(await cta.nth(0).textContent()).toBe(
      `${run.result.urgency.advice} Do not wait for an appointment with ${CLINIC}: this needs urgent care first.`,
    );
    expect(await cta.nth(1).locator('a').getAttribute('href')).toBe('tel:01632960000');
    expect(await w.locator('[part~=book], a[href*="/demo/clinic"]').count()).toBe(0);
    // The clinic's call to action sits right under the verdict.
    expect(await w.locator('[part~=stretch] + slot[name=cta]').count()).toBe(1);
    await screenshot(page, 'clinic-early-exit-320');
    // Shared, its long link still fits the column inside the page's <fieldset>; then removed again.
    const share = w.locator('[part~=share]');
    await share.getByRole('button', { name: 'Share with my clinician' }).click();
    await share.locator('a').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await share.getByRole('button', { name: 'Remove it' }).click();
    await share.getByText('Removed: the link no longer works.').waitFor();
    await expectAccessible(page, 'a removed report in the dark theme');
    expect(problems).toEqual([]);
    await page.close();
  }, 90_000);
});

describe('<hamstring-check clinic> without the clinic’s profile', () => {
  let host: HostServer;
  beforeAll(async () => {
    host = await serveHost({
      '/elsewhere': html(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not the clinic's site</title></head>
        <body><main><h1>A copy of the clinic's page</h1>${embedScript(`${baseURL}/v1/hamstring-check.js`)}
        <hamstring-check clinic="riverside-physio"></hamstring-check></main></body></html>`,
      ),
    });
    return () => host.close();
  });

  for (const [what, url, element] of [
    ['an unknown clinic id', '', '<hamstring-check clinic="no-such-clinic"></hamstring-check>'],
    ['a page the clinic did not allow', 'elsewhere', ''],
  ] as const) {
    it(`is the plain widget for ${what}: no banner, the default accent, no call to action, and the completion is not counted for it`, async () => {
      const { page, problems } = url
        ? await openPage(browser(), `${host.url}/${url}`)
        : await openOnApiOrigin(browser(), baseURL, element);
      const calls = triageCalls(page);
      await page.waitForLoadState('networkidle');
      const w = widget(page);
      expect(await w.locator('[part~=banner]').count()).toBe(0);
      expect(await primaryBackground(page)).toBe('rgb(11, 92, 173)');
      await completeFlow(page, q, VIGNETTE_ANSWERS['P05-cauda-equina']);
      expect(await w.locator('[part~=cta]').count()).toBe(0);
      expect(await w.locator('[part~=share]').count()).toBe(1);
      expect(calls).toEqual(['/v1/triage']);
      expect(await w.locator('[part~=error]').count()).toBe(0);
      // The browser itself logs the refused profile (a 404, or no CORS header); the widget says nothing.
      expect(problems.filter((p) => !/CORS policy|Failed to load resource/.test(p))).toEqual([]);
      await page.close();
    }, 90_000);
  }
});

describe('the clinic’s logo', () => {
  it('comes from the widget’s own origin, which fetched it from the clinic’s host', async () => {
    const { page, problems } = await openOnApiOrigin(
      browser(),
      baseURL,
      `<hamstring-check clinic="${WITH_LOGO.id}"></hamstring-check>`,
    );
    const logo = widget(page).locator('[part~=banner] img');
    await logo.waitFor();
    expect(await logo.getAttribute('src')).toMatch(
      new RegExp(`^${baseURL}/v1/clinics/${WITH_LOGO.id}/logo\\?v=\\w+$`),
    );
    expect(await logo.getAttribute('alt')).toBe(`${WITH_LOGO.name} logo`);
    await expect
      .poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('what a clinic provides is text', () => {
  it('a clinic name made of <img onerror> and <script> shows as those characters, and nothing runs', async () => {
    const { page, problems } = await openOnApiOrigin(
      browser(),
      baseURL,
      '<hamstring-check clinic="injected-name"></hamstring-check>',
    );
    const w = widget(page);
    const banner = w.locator('[part~=banner]');
    await banner.waitFor();
    expect(await banner.textContent()).toBe(INJECTED_NAME);
    await completeFlow(page, q, VIGNETTE_ANSWERS['P05-cauda-equina']);
    expect(await w.locator('[part~=cta]').textContent()).toContain(
      `Do not wait for an appointment with ${INJECTED_NAME}`,
    );
    expect(await w.evaluate((el) => el.shadowRoot?.querySelectorAll('img, script').length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(problems).toEqual([]);
    await page.close();
  }, 90_000);
});

describe('URLs from a tampered API', () => {
  /** What a source link may be: https, tel:, http to a loopback host, a link relative to the page's origin. */
  const SAFE = [
    'https://pubmed.ncbi.nlm.nih.gov/00000000/',
    'http://127.0.0.1:9/loopback',
    'http://localhost:9/loopback',
    'http://[::1]:9/loopback',
    '/same-origin/relative',
    'tel:+441632960000',
  ];
  const UNSAFE = [
    'javascript:window.pwned="source"',
    ' JavaScript:window.pwned="spaced"',
    'java\tscript:window.pwned="tabbed"',
    'data:text/html,<script>window.pwned="data"</script>',
    'vbscript:msgbox(1)',
    'http://example.com/plain-http',
    'http://localhost:9@example.com/userinfo',
    'http://127.0.0.1.example.com:9/lookalike',
    '//example.com/protocol-relative',
    '/\\example.com/backslash',
    'mailto:someone@example.com',
    'file:///etc/passwd',
  ];

  /** Answers the widget's call with the real API's answer, changed by `tamper`, as a proxy could. */
  const tampered = (tamper: (body: Record<string, unknown>) => void) => async (route: Route) => {
    const res = await route.fetch();
    const body = await res.json();
    tamper(body);
    await route.fulfill({ response: res, json: body });
  };

  it('links only https, tel:, loopback http and same-origin relative URLs; any other booking, phone, share, source or logo URL shows as text, and nothing runs', async () => {
    const { page, problems } = await openOnApiOrigin(
      browser(),
      baseURL,
      `<hamstring-check clinic="${LINKED.id}"></hamstring-check>`,
      async (p) => {
        await p.route(
          `${baseURL}/v1/clinics/${LINKED.id}`,
          tampered((profile) => {
            profile.bookingUrl = 'javascript:window.pwned="book"';
            profile.tel = 'javascript:window.pwned="tel"';
            profile.logoUrl = 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"/>';
          }),
        );
        await p.route(
          `${baseURL}/v1/triage?clinic=${LINKED.id}`,
          tampered((result) => {
            result.sources = [...SAFE, ...UNSAFE].map((url, i) => ({
              id: `s${i}`,
              citation: `Source ${i}`,
              url,
            }));
          }),
        );
        await p.route(
          `${baseURL}/v1/reports`,
          tampered((report) => {
            report.href = 'javascript:window.pwned="share"';
            report.bookingUrl = 'javascript:window.pwned="shared-book"';
          }),
        );
        await resumeAtLastQuestion(p, q, VIGNETTE_ANSWERS['P02-high-hamstring-tendinopathy']);
      },
    );
    const w = widget(page);
    await w.locator('[part~=banner]').waitFor();
    const run = await sendResumed(page);
    expect(run.result.urgency.level).toBe('routine');
    const share = w.locator('[part~=share]');
    await share.getByRole('button', { name: 'Share with my clinician' }).click();
    await share.getByText('javascript:window.pwned="share"').waitFor();

    // The links the widget made, as [text, href]; every URL attribute in the shadow root.
    const links = await w.evaluate((el) =>
      [...(el.shadowRoot?.querySelectorAll('a') ?? [])].map((a) => [a.textContent, a.getAttribute('href')]),
    );
    const urls = await w.evaluate((el) =>
      [...(el.shadowRoot?.querySelectorAll('[href], [src]') ?? [])].map(
        (e) => e.getAttribute('href') ?? e.getAttribute('src'),
      ),
    );
    expect(urls.filter((u) => !SAFE.includes(u ?? ''))).toEqual([]);
    const sources = links.filter(([text]) => text?.startsWith('Source '));
    expect(sources).toEqual(
      [...SAFE, ...UNSAFE].map((url, i) => [`Source ${i}`, i < SAFE.length ? url : null]),
    );
    // Booking, phone and share still say what they are, as text.
    expect(await w.locator('[part~=book]').textContent()).toBe(`Book an assessment with ${LINKED.name}`);
    expect(await w.locator('[part~=cta] p').last().textContent()).toBe(
      `${LINKED.name} by phone: +44 1632 960001`,
    );
    for (const [text, href] of links.filter(([t]) => !t?.startsWith('Source ')))
      expect(href, `${text}`).toBeNull();
    expect(await w.locator('[part~=banner] img[src]').count()).toBe(0);

    // Clicking what is left of the unsafe links runs nothing.
    await w.locator('details:has(ol.small)').evaluate((d: HTMLDetailsElement) => (d.open = true));
    for (const text of [
      `Book an assessment with ${LINKED.name}`,
      '+44 1632 960001',
      'javascript:window.pwned="share"',
    ])
      await w.getByText(text, { exact: true }).click();
    for (let i = SAFE.length; i < SAFE.length + UNSAFE.length; i++)
      await w.getByText(`Source ${i}`, { exact: true }).click();
    expect(await page.evaluate(() => (window as unknown as { pwned?: string }).pwned)).toBeUndefined();
    expect(page.url()).toBe(`${baseURL}/test/host-page`);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
