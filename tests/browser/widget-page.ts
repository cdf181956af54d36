/**
 * `<hamstring-check>` on a Playwright page, read and answered the way a runner does: by what is on
 * screen (the question's heading, the option labels) matched to the questionnaire the API serves. No
 * vitest here, so the benchmarks drive the widget with the same code as the tests.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { CATALOGUES, type TextKey } from '../../shared/i18n/index.ts';
import type { Question, Questionnaire } from '../../shared/schemas/questionnaire.ts';
import type { Answers, AnswerValue } from '../../shared/schemas/values.ts';

/** Answers for required questions a vignette's story leaves open: "not sure" where offered, else these. */
const FILLERS: Answers = { previous: 'no', walking: 'normal', since: 'weeks-3-6' };

export const widget = (page: Page): Locator => page.locator('hamstring-check').first();

/** A regular-expression source that matches `s` literally. */
export const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What the widget calls `keys` in any language, as a regular-expression alternative: `(?:Skip|Omitir)`. */
export const inAnyLanguage = (...keys: TextKey[]) =>
  `(?:${keys.flatMap((key) => Object.values(CATALOGUES).map((c) => literal(c[key]))).join('|')})`;

export interface Opened {
  page: Page;
  /** Page errors and console errors, for the tests to expect none. */
  problems: string[];
}

export interface OpenOptions {
  width?: number;
  colorScheme?: 'light' | 'dark';
  /** Runs on the new page before it navigates: routes and init scripts that must see the first byte. */
  prepare?: (page: Page) => Promise<void>;
}

/** A new page at `url`, returned once the widget shows its first heading. */
export async function openPage(
  browser: Browser,
  url: string,
  { width = 1280, colorScheme = 'light', prepare }: OpenOptions = {},
): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(err.message));
  page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
  await prepare?.(page);
  await page.goto(url);
  await widget(page).locator('h2').waitFor();
  return { page, problems };
}

export async function questionnaire(baseURL: string, lang = 'en'): Promise<Questionnaire> {
  return (await fetch(`${baseURL}/v1/questionnaire?lang=${lang}`)).json() as Promise<Questionnaire>;
}

/** The heading of the screen on show: a question's text, the intro's title or the urgency of a result. */
export const heading = (page: Page): Promise<string> =>
  widget(page)
    .locator('h2')
    .first()
    .textContent()
    .then((t) => t ?? '');

/**
 * Waits until the widget shows another screen than the one whose heading is `before`. `timeout` bounds a
 * hang: raise it for a move that takes several requests.
 */
export async function nextScreen(page: Page, before: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (prev) => {
      const h = document.querySelector('hamstring-check')?.shadowRoot?.querySelector('h2');
      return !!h && h.textContent !== prev;
    },
    before,
    { timeout },
  );
}

/** The focused element inside the widget's shadow root, as `tag: text`. */
export const focused = (page: Page): Promise<string> =>
  widget(page).evaluate((el) => {
    const a = el.shadowRoot?.activeElement as HTMLInputElement | null | undefined;
    if (!a) return '';
    const name = a.getAttribute('aria-label') ?? a.labels?.[0]?.textContent ?? a.textContent;
    return `${a.tagName.toLowerCase()}: ${name?.trim()}`;
  });

/** Questions answered with checkboxes (the body map's regions are checkboxes too). */
export const isMulti = (q: Question) => q.type === 'multi' || q.type === 'region';

/** What the runner answers: the vignette's answer, a skip for optional questions, else a filler. */
export function pick(q: Question, answers: Answers): AnswerValue | 'skip' {
  if (answers[q.id] !== undefined) return answers[q.id] as AnswerValue;
  if (q.optional) return 'skip';
  const generic = q.options?.find((o) => o.id === 'unsure' || o.id === 'not-said' || o.id === 'none');
  if (generic) return isMulti(q) ? [generic.id] : generic.id;
  const filler = FILLERS[q.id];
  if (filler === undefined) throw new Error(`no answer for required question ${q.id}`);
  return filler;
}

/** An option's label as the widget shows it. */
export const label = (q: Question, id: string) => q.options?.find((o) => o.id === id)?.label ?? id;

/**
 * The body map's regions a runner taps for `where`, given how the story answers `sides`: each region on
 * the left, and on the right too when the pain is in both legs. Exclusive options ("not sure") are
 * ticked beside the map.
 */
export function mapTaps(ui: Questionnaire['ui'], chosen: string[], sides: AnswerValue | undefined) {
  const region = (id: string) => (ui as Record<string, string>)[`map.${id}`]?.toLowerCase() ?? id;
  return chosen.flatMap((id) =>
    [ui.sideL, ...(sides === 'both' ? [ui.sideR] : [])].map((pattern) =>
      pattern.replace('{region}', region(id)),
    ),
  );
}

export async function answerByMouse(
  page: Page,
  q: Question,
  value: AnswerValue | 'skip',
  questionnaire?: Questionnaire,
  answers: Answers = {},
): Promise<void> {
  const w = widget(page);
  if (value === 'skip')
    return w.getByRole('button', { name: new RegExp(`^${inAnyLanguage('ui.skip')}$`) }).click();
  if (q.type === 'number') await w.locator('input[type=number]').fill(String(value));
  else if (q.type === 'region' && questionnaire) {
    const chosen = [value].flat() as string[];
    const exclusive = chosen.filter((id) => q.options?.find((o) => o.id === id)?.exclusive);
    for (const id of exclusive)
      await w
        .locator('.opts')
        .getByRole('checkbox', { name: label(q, id), exact: true })
        .check();
    const regions = chosen.filter((id) => !exclusive.includes(id));
    for (const name of mapTaps(questionnaire.ui, regions, answers.sides))
      await w.locator('svg.map').getByRole('checkbox', { name, exact: true }).click();
    if (answers.sides === 'alternates') await w.locator('.opts input').first().check();
  } else {
    const role = isMulti(q) ? 'checkbox' : 'radio';
    for (const id of [value].flat() as string[]) {
      await w
        .locator('.opts')
        .getByRole(role, { name: label(q, id), exact: true })
        .check();
    }
  }
  await w.locator('form button.primary').click();
}
