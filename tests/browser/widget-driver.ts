/**
 * Drives `<hamstring-check>` through a whole check the way a runner does, by mouse or by keyboard alone
 * (the page helpers of widget-page.ts), checking every screen it reaches with axe-core. Used by the
 * widget browser tests.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { askedQuestions, seenQuestions } from '../../shared/logic/visibility.ts';
import type { Question, Questionnaire } from '../../shared/schemas/questionnaire.ts';
import type { TriageResult } from '../../shared/schemas/triage.ts';
import type { Answers, AnswerValue } from '../../shared/schemas/values.ts';
import {
  answerByMouse,
  focused,
  heading,
  inAnyLanguage,
  isMulti,
  label,
  literal,
  mapTaps,
  nextScreen,
  pick,
  widget,
} from './widget-page.ts';

const AXE_SOURCE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const SCREENSHOTS = new URL('../../test-results/screenshots/', import.meta.url);

/**
 * axe-core on the page as it is now, every default rule plus WCAG 2.2's target size; zero violations. Evaluated through DevTools, which the page's CSP
 * does not govern, so it also runs on pages that allow no inline script. `scope` limits it to one element
 * (for host pages that are deliberately broken).
 */
export async function expectAccessible(page: Page, screen: string, scope?: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (include) => {
    interface Violation {
      id: string;
      impact: string;
      help: string;
      nodes: { target: string[] }[];
    }
    const axe = (
      window as unknown as { axe: { run(...args: unknown[]): Promise<{ violations: Violation[] }> } }
    ).axe;
    const results = await axe.run(include ? { include: [[include]] } : document, {
      resultTypes: ['violations'],
      // WCAG 2.2 AA's target size (24 px) is off by default in axe-core.
      rules: { 'target-size': { enabled: true } },
    });
    return results.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' > ')).join('\n    ')}`,
    );
  }, scope);
  expect(violations, `axe on ${screen}`).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await widget(page).screenshot({ path: new URL(`${name}.png`, SCREENSHOTS).pathname });
}

/**
 * The screens a walk-through has checked with axe in this test file, as what decides axe's verdict: the
 * page, its width and colour scheme, and the widget's shadow DOM (without Lit's comment markers, which
 * differ per page load). A question screen every walk passes (the red-flag screen, say) is checked once
 * per page and look, not again in each walk that passes it.
 */
const checkedScreens = new Set<string>();

async function expectScreenAccessible(page: Page, screen: string, scope?: string): Promise<void> {
  const key = await widget(page).evaluate(
    (el, scope) =>
      JSON.stringify([
        location.href,
        innerWidth,
        matchMedia('(prefers-color-scheme: dark)').matches,
        scope,
        el.shadowRoot?.innerHTML.replace(/<!--[\s\S]*?-->/g, ''),
      ]),
    scope,
  );
  if (checkedScreens.has(key)) return;
  await expectAccessible(page, screen, scope);
  checkedScreens.add(key);
}

/** Presses Tab until the focused element in the widget matches; fails after `max` presses. */
async function tabTo(page: Page, match: RegExp, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (match.test(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${match}; focus is on ${await focused(page)}`);
}

async function answerByKeyboard(
  page: Page,
  q: Question,
  value: AnswerValue | 'skip',
  questionnaire?: Questionnaire,
  answers: Answers = {},
): Promise<void> {
  if (value === 'skip') {
    await tabTo(page, new RegExp(`^button: ${inAnyLanguage('ui.skip')}$`));
    return page.keyboard.press('Enter');
  }
  if (q.type === 'number') {
    await tabTo(page, /^input/);
    await page.keyboard.type(String(value));
    return page.keyboard.press('Enter'); // submits the question's form
  }
  const options = q.options ?? [];
  const chosen = [value].flat() as string[];
  if (q.type === 'region' && questionnaire) {
    // The body map is one tab stop; the arrow keys move between its regions, Space toggles one.
    const exclusive = chosen.filter((id) => options.find((o) => o.id === id)?.exclusive);
    for (const id of exclusive) {
      await tabTo(page, new RegExp(`^input: ${literal(label(q, id))}$`));
      await page.keyboard.press('Space');
    }
    const regions = chosen.filter((id) => !exclusive.includes(id));
    if (regions.length) await tabTo(page, /^g: /);
    for (const id of regions) {
      const [left, right] = mapTaps(questionnaire.ui, [id], 'both');
      // To the top of the left side, then down to the region; across for the right.
      await page.keyboard.press('ArrowLeft');
      for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowUp');
      for (let i = 0; i < 12 && (await focused(page)) !== `g: ${left}`; i++)
        await page.keyboard.press('ArrowDown');
      expect(await focused(page), 'the map moves by arrow keys').toBe(`g: ${left}`);
      await page.keyboard.press('Space');
      if (answers.sides === 'both') {
        await page.keyboard.press('ArrowRight');
        expect(await focused(page)).toBe(`g: ${right}`);
        await page.keyboard.press('Space');
      }
    }
    if (answers.sides === 'alternates') {
      await tabTo(page, /^input: /);
      await page.keyboard.press('Space');
    }
  } else if (isMulti(q)) {
    for (const id of chosen) {
      await tabTo(page, new RegExp(`^input: ${literal(label(q, id))}$`));
      await page.keyboard.press('Space');
    }
  } else {
    // A radio group is one tab stop; the arrow keys move and select.
    await tabTo(page, /^input: /);
    const index = options.findIndex((o) => o.id === chosen[0]);
    if (index === 0) await page.keyboard.press('Space');
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  }
  await tabTo(page, new RegExp(`^button: ${inAnyLanguage('ui.next', 'ui.done')}$`));
  await page.keyboard.press('Enter');
}

export interface FlowRun {
  /** The question ids shown, in order. */
  asked: string[];
  /** The body of the triage request the widget sent, and the API's response to it. */
  request: { questionnaireVersion: string; lang: string; answers: Answers };
  result: TriageResult;
}

/**
 * Presses Start and answers question after question until the result shows, checking each screen with
 * axe and, by keyboard, that focus lands on each new question's heading. `onQuestion` runs on every
 * question screen before it is answered.
 */
export async function completeFlow(
  page: Page,
  q: Questionnaire,
  answers: Answers,
  opts: { keyboard?: boolean; axeScope?: string; onQuestion?: (id: string) => Promise<void> } = {},
): Promise<FlowRun> {
  const asked: string[] = [];
  // With a clinic, the request carries ?clinic=<id>.
  const triage = page.waitForResponse(
    (r) => new URL(r.url()).pathname === '/v1/triage' && r.request().method() === 'POST',
    { timeout: 120_000 },
  );
  const w = widget(page);
  await expectScreenAccessible(page, 'the intro', opts.axeScope);
  let before = await heading(page);
  if (opts.keyboard) {
    await tabTo(page, new RegExp(`^button: ${inAnyLanguage('ui.start')}$`), 400);
    await page.keyboard.press('Enter');
  } else await w.getByRole('button', { name: new RegExp(`^${inAnyLanguage('ui.start')}$`) }).click();
  for (;;) {
    // Each move asks the interview, and the last asks for the result too: bounded for a loaded machine.
    await nextScreen(page, before, 45_000);
    if (await w.locator('.result').count()) break;
    before = await heading(page);
    const question = q.questions.find((x) => x.text === before);
    if (!question) throw new Error(`the widget shows "${before}", which is no question of ${q.version}`);
    if (opts.keyboard) expect(await focused(page), 'focus on the new question').toBe(`h2: ${before}`);
    asked.push(question.id);
    await expectScreenAccessible(page, `question ${question.id}`, opts.axeScope);
    await opts.onQuestion?.(question.id);
    const value = pick(question, answers);
    await (opts.keyboard ? answerByKeyboard : answerByMouse)(page, question, value, q, answers);
  }
  await expectAccessible(page, 'the result', opts.axeScope);
  const response = await triage;
  return { asked, request: response.request().postDataJSON(), result: await response.json() };
}

/**
 * Every answer a runner walking the check with `answers` gives (a filler for a required question the
 * story leaves open, no answer for a skipped one), and the last question they see.
 */
export function walkedAnswers(q: Questionnaire, answers: Answers): { answers: Answers; last: string } {
  const given: Answers = {};
  for (let before = -1; before !== Object.keys(given).length; ) {
    before = Object.keys(given).length;
    for (const id of askedQuestions(q, given)) {
      const value = pick(q.questions.find((x) => x.id === id) as Question, answers);
      if (value !== 'skip' && given[id] === undefined) given[id] = value;
    }
  }
  const seen = seenQuestions(q, given);
  const kept = Object.fromEntries(Object.entries(given).filter(([id]) => seen.includes(id)));
  return { answers: kept, last: seen.at(-1) as string };
}

/**
 * For tests whose point is the result, not the walk (the walk-throughs above cover every screen on the
 * way): the runner has answered everything up to the last question, as the widget's own resume after a
 * reload has it (sessionStorage, keyed by questionnaire version). Call before the page loads
 * (OpenOptions.prepare); the widget then opens at the last question, and sendResumed() moves on.
 */
export async function resumeAtLastQuestion(page: Page, q: Questionnaire, answers: Answers): Promise<void> {
  const walked = walkedAnswers(q, answers);
  await page.addInitScript(
    ({ key, value }) => {
      try {
        sessionStorage.setItem(key, value);
      } catch {} // a document without storage (about:blank)
    },
    { key: `hamstring-check:${q.version}`, value: JSON.stringify([walked.answers, walked.last, []]) },
  );
}

/**
 * Moves on from the resumed last question (Next, or Skip when the walk leaves it unanswered) and returns
 * once the result shows, checked with axe.
 */
export async function sendResumed(page: Page): Promise<Omit<FlowRun, 'asked'>> {
  const triage = page.waitForResponse(
    (r) => new URL(r.url()).pathname === '/v1/triage' && r.request().method() === 'POST',
  );
  const w = widget(page);
  const answered = await w.locator('.opts input:checked, input[type=number]:not([value=""])').count();
  await (answered
    ? w.locator('form button.primary')
    : w.getByRole('button', { name: new RegExp(`^${inAnyLanguage('ui.skip')}$`) })
  ).click();
  await w.locator('.result').waitFor();
  await expectAccessible(page, 'the result');
  const response = await triage;
  return { request: response.request().postDataJSON(), result: await response.json() };
}

/** The urgency title and stretch headline the result screen shows. */
export async function shownVerdict(page: Page): Promise<{ urgency: string; stretch: string }> {
  const w = widget(page);
  return {
    urgency: (await w.locator('[part~=urgency] h2').textContent()) ?? '',
    stretch: (await w.locator('[part~=stretch] .big').textContent()) ?? '',
  };
}
