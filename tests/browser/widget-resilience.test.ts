import type { Page, Route } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Questionnaire } from '../../shared/schemas/questionnaire.ts';
import { chromiumPerFile } from './chromium-per-file.ts';
import { expectAccessible } from './widget-driver.ts';
import {
  answerByMouse,
  focused,
  heading,
  nextScreen,
  openPage,
  questionnaire,
  widget,
} from './widget-page.ts';

const baseURL = inject('baseURL');
const TRIAGE = `${baseURL}/v1/triage`;
const INTERVIEW = `${baseURL}/v1/interview/next`;
const browser = chromiumPerFile();
let q: Questionnaire;

beforeAll(async () => {
  q = await questionnaire(baseURL);
});

const question = (id: string) => q.questions.find((x) => x.id === id) as Questionnaire['questions'][number];

/** The blog page, with the codes of the widget's error events collected in `window.codes`. */
async function open(): Promise<Page> {
  const { page } = await openPage(browser(), `${baseURL}/`);
  await page.evaluate(() => {
    const codes: string[] = [];
    (window as unknown as { codes: string[] }).codes = codes;
    document.addEventListener('hamstring-check:error', (e) => codes.push((e as CustomEvent).detail.code));
  });
  return page;
}

/**
 * Start: the interview asks the red-flag screen first. Ticks the nerve screen's first warning sign (which
 * ends the interview) without moving on.
 */
async function toRedFlagQuestion(page: Page): Promise<void> {
  const before = await heading(page);
  await widget(page).getByRole('button', { name: 'Start' }).click();
  await nextScreen(page, before);
  expect(await heading(page)).toBe(question('rf-nerve').text);
  await widget(page)
    .locator('.opts')
    .getByRole('checkbox', { name: question('rf-nerve').options?.[0]?.label })
    .check();
}

/**
 * Answers the question on screen with `value` and waits for the next screen (after a 409 that takes three
 * requests: on a loaded machine, up to 45 s).
 */
async function answer(page: Page, id: string, value: Parameters<typeof answerByMouse>[2]): Promise<void> {
  const before = await heading(page);
  expect(before).toBe(question(id).text);
  await answerByMouse(page, question(id), value);
  await nextScreen(page, before, 45_000);
}

const problem =
  (status: number, headers: Record<string, string> = {}) =>
  (route: Route) =>
    route.fulfill({
      status,
      headers: { 'Content-Type': 'application/problem+json', 'Access-Control-Allow-Origin': '*', ...headers },
      body: JSON.stringify({ type: '/docs#problem', title: 'Problem', status, detail: 'test' }),
    });

const errorText = (page: Page) => widget(page).locator('[part~=error]').textContent();
const codes = (page: Page) => page.evaluate(() => (window as unknown as { codes: string[] }).codes);

describe('<hamstring-check> when the API fails', () => {
  it('a failing triage shows a message and Try again, keeps every answer, and the retry sends the same answers', async () => {
    const page = await open();
    await toRedFlagQuestion(page);
    const bodies: unknown[] = [];
    page.on('request', (r) => r.url() === TRIAGE && r.method() === 'POST' && bodies.push(r.postDataJSON()));
    await page.route(TRIAGE, problem(503));
    await widget(page).locator('form button.primary').click();
    await widget(page).locator('[part~=error]').waitFor();

    expect(await errorText(page)).toMatch(/Something went wrong on our side\. Your answers are kept\./);
    expect(await focused(page)).toBe('button: Try again');
    expect(await heading(page)).toBe(question('rf-nerve').text); // still on the question, answer still ticked
    expect(await widget(page).locator('.opts input:checked').count()).toBe(1);
    expect(await codes(page)).toEqual(['server']);
    await expectAccessible(page, 'the error state');

    await page.unroute(TRIAGE);
    await widget(page).getByRole('button', { name: 'Try again' }).click();
    await widget(page).locator('.result').waitFor();
    expect(bodies).toHaveLength(2);
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[0]).toMatchObject({ answers: { 'rf-nerve': ['saddle'] } });
    await page.close();
  }, 60_000);

  it('a failed interview step’s message and Try again go when the runner goes back to change an answer', async () => {
    const page = await open();
    await widget(page).getByRole('button', { name: 'Start' }).click();
    await nextScreen(page, 'Pain at the back of your thigh?');
    await answer(page, 'rf-nerve', ['none']);
    await page.route(INTERVIEW, problem(503));
    await answerByMouse(page, question('rf-now'), ['none']);
    await widget(page).locator('[part~=error]').waitFor();
    expect(await codes(page)).toEqual(['server']);

    await widget(page).getByRole('button', { name: 'Back' }).click();
    await expect.poll(() => heading(page)).toBe(question('rf-nerve').text);
    expect(await widget(page).locator('[part~=error]').count()).toBe(0);
    expect(await focused(page)).toBe(`h2: ${question('rf-nerve').text}`);
    // Back needs no request: the way already come is kept, and so is the answer.
    expect(await widget(page).locator('.opts input:checked').count()).toBe(1);
    await page.unroute(INTERVIEW);
    await widget(page).locator('form button.primary').click();
    await expect.poll(() => heading(page)).toBe(question('rf-now').text);
    await page.close();
  }, 60_000);

  it('an unreachable API asks to check the connection, malformed JSON and a 429 are explained, and none loses the answers', async () => {
    const page = await open();
    await toRedFlagQuestion(page);
    const next = widget(page).locator('form button.primary');
    const retry = widget(page).getByRole('button', { name: 'Try again' });

    await page.route(TRIAGE, (route) => route.abort('internetdisconnected'));
    await next.click();
    await expect.poll(() => errorText(page)).toMatch(/We could not connect\. Check your connection\./);

    await page.unroute(TRIAGE);
    await page.route(TRIAGE, (route) =>
      route.fulfill({ status: 200, headers: { 'Access-Control-Allow-Origin': '*' }, body: '{"urgency": ' }),
    );
    await retry.click();
    await expect.poll(() => errorText(page)).toMatch(/Something went wrong/);

    await page.unroute(TRIAGE);
    await page.route(
      TRIAGE,
      problem(429, { 'Retry-After': '17', 'Access-Control-Expose-Headers': 'Retry-After' }),
    );
    await retry.click();
    await expect.poll(() => errorText(page)).toMatch(/Too many requests: wait 17 seconds\./);
    expect(await codes(page)).toEqual(['offline', 'bad-response', 'rate-limited']);

    await page.unroute(TRIAGE);
    await retry.click();
    await widget(page).locator('.result').waitFor();
    expect(await widget(page).locator('[part~=urgency]').getAttribute('class')).toContain('emergency');
    await page.close();
  }, 60_000);

  it('a triage that answers slowly shows “Still working…” instead of nothing, then the result', async () => {
    const page = await open();
    await toRedFlagQuestion(page);
    // The API answers only once the runner has been told it is still working.
    let answer = () => {};
    const told = new Promise<void>((resolve) => (answer = resolve));
    await page.route(TRIAGE, async (route) => {
      await told;
      await route.continue();
    });
    await widget(page).locator('form button.primary').click();
    await expect
      .poll(() => widget(page).locator('[part~=busy]').textContent(), { timeout: 5000 })
      .toBe('Still working…');
    expect(await widget(page).locator('[role=status]').textContent()).toBe('Still working…');
    await expectAccessible(page, 'the still-working state');
    answer();
    await widget(page).locator('.result').waitFor();
    expect(await widget(page).locator('[part~=busy]').count()).toBe(0);
    await page.close();
  }, 60_000);

  it('a questionnaire that fails to load (and with it every text but three) says so at once without taking focus, and Try again shows the intro', async () => {
    const page = await browser().newPage();
    const url = `${baseURL}/v1/questionnaire?lang=en`;
    await page.route(url, (route) => route.abort('connectionrefused'));
    await page.goto(`${baseURL}/`);
    await widget(page).locator('[part~=error]').waitFor();
    expect(await errorText(page)).toMatch(/^Could not load\. Check your connection\./);
    expect(await widget(page).locator('h2').count()).toBe(0);
    expect(await focused(page)).toBe('');
    await expectAccessible(page, 'a questionnaire that could not load');

    await page.unroute(url);
    await widget(page).getByRole('button', { name: 'Try again' }).click();
    await widget(page).locator('h2').waitFor();
    expect(await heading(page)).toBe('Pain at the back of your thigh?');
    await widget(page).getByRole('button', { name: 'Start' }).click();
    await nextScreen(page, 'Pain at the back of your thigh?');
    expect(await heading(page)).toBe(question('rf-nerve').text);
    await page.close();
  }, 60_000);

  it('a widget taken off the page mid-load stops its request, and put back loads again and shows the intro', async () => {
    const page = await browser().newPage();
    const url = `${baseURL}/v1/questionnaire?lang=en`;
    const requested: string[] = [];
    let first = true;
    await page.route(url, async (route) => {
      requested.push(route.request().url());
      if (!first) return route.continue();
      first = false;
      // The first answer never comes: the widget is taken off the page while it waits.
    });
    const aborted = page.waitForEvent('requestfailed', (r) => r.url() === url);
    await page.goto(`${baseURL}/`);
    await widget(page).locator('[part~=busy]').waitFor();
    await page.evaluate(() => {
      const el = document.querySelector('hamstring-check') as Element;
      (window as unknown as { kept: Element }).kept = el;
      el.remove();
    });
    expect((await aborted).failure()?.errorText).toBe('net::ERR_ABORTED');

    await page.evaluate(() =>
      document.querySelector('main')?.append((window as unknown as { kept: Element }).kept),
    );
    await widget(page).locator('h2').waitFor();
    expect(await heading(page)).toBe('Pain at the back of your thigh?');
    expect(requested).toHaveLength(2);
    expect(await widget(page).locator('[part~=error]').count()).toBe(0);
    await page.close();
  });

  it('a questionnaire that changed mid-way (409) is fetched again, the answers that fit are kept, and the runner continues at the new step', async () => {
    const page = await browser().newPage();
    const url = `${baseURL}/v1/questionnaire?lang=en`;
    let served = 0;
    // The first copy the widget sees is an older version.
    await page.route(url, async (route) => {
      if (served++ > 0) return route.continue();
      await route.fulfill({
        json: { ...q, version: '2026-01-01.1' },
        headers: { 'Access-Control-Allow-Origin': '*' },
      });
    });
    const bodies: { questionnaireVersion: string; answers: Record<string, unknown> }[] = [];
    page.on('request', (r) => r.url() === INTERVIEW && bodies.push(r.postDataJSON()));
    await page.goto(`${baseURL}/`);
    await widget(page).getByRole('button', { name: 'Start' }).click();
    await nextScreen(page, 'Pain at the back of your thigh?');
    await answer(page, 'rf-nerve', ['none']);
    expect(await heading(page)).toBe(question('rf-now').text);
    expect(await widget(page).locator('form .box').first().textContent()).toBe(
      'The questions changed. We kept the answers that still fit.',
    );
    await expectAccessible(page, 'the updated-questionnaire notice');
    expect(bodies.map((b) => b.questionnaireVersion)).toEqual(['2026-01-01.1', q.version]);
    expect(bodies[1]?.answers).toEqual({ 'rf-nerve': ['none'] });
    await page.close();
  }, 60_000);

  it('a reload mid-way resumes at the same question with every answer; Back walks the way already come; the stored answers go once the result shows', async () => {
    const page = await open();
    await widget(page).getByRole('button', { name: 'Start' }).click();
    await nextScreen(page, 'Pain at the back of your thigh?');
    await answer(page, 'rf-nerve', ['none']);
    await page.reload();
    await widget(page).locator('form').waitFor();
    expect(await heading(page)).toBe(question('rf-now').text);
    await widget(page).getByRole('button', { name: 'Back' }).click();
    expect(await heading(page)).toBe(question('rf-nerve').text);
    expect(await widget(page).locator('.opts input:checked').count()).toBe(1);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(1);
    expect(await page.evaluate(() => document.cookie)).toBe('');

    // A changed answer that ends the interview: straight to the result.
    await answer(page, 'rf-nerve', ['saddle']);
    await widget(page).locator('.result').waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.close();
  }, 60_000);
});
