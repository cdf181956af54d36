/**
 * "Share with my clinician" (a report stored only on the press, its page, its removal) and the widget as
 * a form control in the demo clinic's booking form: invalid until the check is complete, then a short
 * summary plus the share link, never an answer, a name or a contact detail.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { CODE_PATTERN } from '../../shared/schemas/formats.ts';
import type { Questionnaire } from '../../shared/schemas/questionnaire.ts';
import { VIGNETTE_ANSWERS } from '../shared/vignettes/answers.ts';
import { chromiumPerFile } from './chromium-per-file.ts';
import { contrast, openDemoClinic, openOnApiOrigin } from './clinic-support.ts';
import { LINKED } from './test-clinics.ts';
import { completeFlow, expectAccessible, resumeAtLastQuestion, sendResumed } from './widget-driver.ts';
import { focused, heading, openPage, questionnaire, widget } from './widget-page.ts';

const baseURL = inject('baseURL');
const browser = chromiumPerFile();
const REPORTS = `${baseURL}/v1/reports`;
let q: Questionnaire;

beforeAll(async () => {
  q = await questionnaire(baseURL);
});

/** Every request to /v1/reports, as "METHOD url" (same origin: no preflights). */
function reportCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (r) => r.url().startsWith(REPORTS) && calls.push(`${r.method()} ${r.url()}`));
  return calls;
}

async function share(page: Page): Promise<{ href: string; code: string }> {
  const section = widget(page).locator('[part~=share]');
  await section.getByRole('button', { name: 'Share with my clinician' }).click();
  const link = section.locator('a');
  await link.waitFor();
  return {
    href: (await link.getAttribute('href')) ?? '',
    code: (await section.locator('code').textContent()) ?? '',
  };
}

describe('Share with my clinician', () => {
  it('says what is sent and kept, stores nothing before the press, retries a failure, then gives the clinician page and its code; Remove it deletes the report', async () => {
    const { page, problems } = await openPage(browser(), `${baseURL}/`);
    const calls = reportCalls(page);
    const run = await completeFlow(page, q, VIGNETTE_ANSWERS['P05-cauda-equina']);
    const section = widget(page).locator('[part~=share]');
    expect(await section.locator('p').textContent()).toBe(
      'Sends your answers and this result to hamstring-check, which keeps them at a private link for your clinician. No name or contact details are sent. Kept for 30 days; you can remove it sooner.',
    );
    expect(calls).toEqual([]);

    // A failure: a message and Try again, in the share section.
    await page.route(REPORTS, (route) =>
      route.fulfill({ status: 503, contentType: 'application/problem+json', body: '{"status":503}' }),
    );
    await section.getByRole('button', { name: 'Share with my clinician' }).click();
    await section.locator('[part~=error]').waitFor();
    expect(await section.locator('[part~=error] p').textContent()).toBe(
      'Something went wrong on our side. Your answers are kept.',
    );
    expect(await focused(page)).toBe('button: Try again');
    await expectAccessible(page, 'a failed share');
    await page.unroute(REPORTS);
    const created = page.waitForResponse((r) => r.url() === REPORTS && r.status() === 201);
    await section.getByRole('button', { name: 'Try again' }).click();
    const body = (await created).request().postDataJSON();
    expect(body).toEqual(run.request); // the same answers as the result; no clinic on this page

    const link = section.locator('a');
    await link.waitFor();
    const href = (await link.getAttribute('href')) ?? '';
    const code = (await section.locator('code').textContent()) ?? '';
    expect(code).toMatch(CODE_PATTERN);
    expect(href).toBe(`${baseURL}/r/${code}`);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await focused(page)).toBe('p: Shared. Give your clinician this link, or the code:');
    await expectAccessible(page, 'a shared report');
    // The delete token is kept in memory only.
    expect(await page.evaluate(() => [sessionStorage.length, localStorage.length, document.cookie])).toEqual([
      0,
      0,
      '',
    ]);

    const clinician = await browser().newPage();
    expect((await clinician.goto(href))?.status()).toBe(200);
    await expect(clinician.title()).resolves.toContain('hamstring-check summary for a clinician');
    await clinician.close();

    await section.getByRole('button', { name: 'Remove it' }).click();
    await section.getByText('Removed: the link no longer works.').waitFor();
    expect(await focused(page)).toBe('p: Removed: the link no longer works.');
    expect(calls.filter((c) => !c.startsWith('POST'))).toEqual([`DELETE ${REPORTS}/${code}`]);
    expect((await fetch(href)).status).toBe(404);
    expect(await section.getByRole('button', { name: 'Share with my clinician' }).count()).toBe(1);
    await expectAccessible(page, 'a removed report');
    expect(problems.filter((p) => !/Failed to load resource/.test(p))).toEqual([]);
    await page.close();
  }, 90_000);

  it('on a clinic that asks for the code on its booking link, the link carries it in its fragment once shared; its light accent is darkened for white text', async () => {
    const { page, problems } = await openOnApiOrigin(
      browser(),
      baseURL,
      `<hamstring-check clinic="${LINKED.id}"></hamstring-check>`,
      (p) => resumeAtLastQuestion(p, q, VIGNETTE_ANSWERS['P02-high-hamstring-tendinopathy']),
    );
    const w = widget(page);
    await w.locator('[part~=banner]').waitFor();
    const [background, text] = await w
      .locator('.primary')
      .evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
    expect(background).not.toBe('rgb(255, 209, 102)');
    expect(contrast(background ?? '', text ?? '')).toBeGreaterThanOrEqual(4.5);

    const run = await sendResumed(page);
    expect(run.result.urgency.level).toBe('routine');
    const book = w.locator('[part~=book]');
    expect(await book.getAttribute('href')).toBe(`${baseURL}/book`);
    const shared = page.waitForRequest((r) => r.url() === REPORTS && r.method() === 'POST');
    const { code } = await share(page);
    expect((await shared).postDataJSON().clinic).toBe(LINKED.id);
    expect(await book.getAttribute('href')).toBe(`${baseURL}/book#hc=${code}`);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});

describe('<hamstring-check name="triage" required> in the demo clinic’s booking form', () => {
  const form = (page: Page) => page.locator('form.booking-form');
  const valid = (page: Page) => form(page).evaluate((f: HTMLFormElement) => f.checkValidity());

  it('holds the form invalid until the check is complete, then posts a short summary and the share link, and no answer, name or contact detail', async () => {
    // The runner is on the last question: the check is not complete yet.
    const { page } = await openDemoClinic(browser(), baseURL, {
      prepare: (p) => resumeAtLastQuestion(p, q, VIGNETTE_ANSWERS['P02-high-hamstring-tendinopathy']),
    });
    await page.fill('input[name=name]', 'Alex Runner');
    await page.fill('input[name=email]', 'alex.runner@example.com');
    expect(await valid(page)).toBe(false);
    expect(await widget(page).evaluate((el) => el.matches(':invalid'))).toBe(true);
    // Submitting now stays on the page, with the message anchored on the widget's heading.
    await page.getByRole('button', { name: 'Request appointment' }).click();
    expect(page.url()).toBe(`${baseURL}/demo/clinic`);
    expect(await focused(page)).toBe(`h2: ${await heading(page)}`);

    const run = await sendResumed(page);
    expect(await valid(page)).toBe(true);
    const { href } = await share(page);

    await Promise.all([
      page.waitForURL(`${baseURL}/demo/booked`),
      page.getByRole('button', { name: 'Request appointment' }).click(),
    ]);
    const received = await page
      .locator('dl')
      .evaluate((dl) =>
        [...dl.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
      );
    const r = run.result;
    const summary = [
      `hamstring-check, questionnaire ${q.version}`,
      `Urgency: ${r.urgency.title}`,
      `Stretching: ${r.stretch.headline}`,
      `What it most likely is: ${r.conditions[0]?.name}; ${r.conditions[1]?.name}`,
      `Shared report: ${href}`,
    ].join('\n');
    expect(received).toEqual([
      ['triage', summary],
      ['name', 'Alex Runner'],
      ['email', 'alex.runner@example.com'],
      ['day', 'Monday'],
    ]);
    // The page that shows it stores nothing and runs nothing.
    const res = await page.request.post(`${baseURL}/demo/booked`, { form: { triage: '<b>x</b>' } });
    expect(res.headers()['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers()['cache-control']).toBe('no-store');
    expect(await res.text()).toContain('&lt;b&gt;x&lt;/b&gt;');
    await expectAccessible(page, 'what the clinic received');
    await page.close();
  }, 120_000);

  it('a form reset clears the value and restarts the check; a disabled fieldset makes the widget inert', async () => {
    const { page } = await openDemoClinic(browser(), baseURL);
    await completeFlow(page, q, VIGNETTE_ANSWERS['P05-cauda-equina']);
    const value = () => form(page).evaluate((f: HTMLFormElement) => new FormData(f).get('triage'));
    expect(await value()).toMatch(/^hamstring-check, questionnaire /);
    await form(page).evaluate((f: HTMLFormElement) => f.reset());
    await expect.poll(() => heading(page)).toBe('Pain at the back of your thigh?');
    expect(await value()).toBeNull();
    expect(await widget(page).evaluate((el) => el.matches(':invalid'))).toBe(true);

    await page
      .locator('fieldset')
      .first()
      .evaluate((f: HTMLFieldSetElement) => (f.disabled = true));
    await expect.poll(() => widget(page).locator('.w').getAttribute('inert')).toBe('');
    await page
      .locator('fieldset')
      .first()
      .evaluate((f: HTMLFieldSetElement) => (f.disabled = false));
    await expect.poll(() => widget(page).locator('.w').getAttribute('inert')).toBeNull();
    await page.close();
  }, 90_000);
});
