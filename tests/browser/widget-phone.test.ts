/**
 * Issue 13 on a phone: a walk through the interview at 390 × 844 whose progress never moves back, the
 * result's first screen (what a runner sees without scrolling or tapping), "a few more questions", and
 * the body map at 320 px (one tab stop, arrow keys, targets of 44 px, which side), in light and dark.
 * Every screen passes axe (widget-driver.ts) and none scrolls sideways.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Questionnaire } from '../../shared/schemas/questionnaire.ts';
import type { TriageResult } from '../../shared/schemas/triage.ts';
import { VIGNETTE_ANSWERS } from '../shared/vignettes/answers.ts';
import { chromiumPerFile } from './chromium-per-file.ts';
import { completeFlow, expectAccessible, screenshot } from './widget-driver.ts';
import { focused, heading, nextScreen, openPage, questionnaire, widget } from './widget-page.ts';

const baseURL = inject('baseURL');
const browser = chromiumPerFile();
let q: Questionnaire;

beforeAll(async () => {
  q = await questionnaire(baseURL);
});

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The words the widget shows without a tap: its text outside closed disclosures and print-only parts. */
const visibleWords = (page: Page) =>
  widget(page).evaluate((el) => {
    const root = el.shadowRoot as ShadowRoot;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let words = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent?.checkVisibility() || parent.closest('.vh')) continue;
      words += (n.textContent ?? '').split(/\s+/).filter(Boolean).length;
    }
    return words;
  });

/** The element's top and bottom in the viewport, which is 844 px tall. */
const box = (page: Page, selector: string) =>
  widget(page)
    .locator(selector)
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: Math.round(r.top), bottom: Math.round(r.bottom) };
    });

describe('<hamstring-check> on a phone', () => {
  it('walks a sprint strain at 390 × 844 with progress that never moves back, and answers on the first screen of the result', async () => {
    const { page, problems } = await openPage(browser(), `${baseURL}/`, { width: 390 });
    await page.setViewportSize({ width: 390, height: 844 });
    const intro = (await widget(page).locator('.intro p').first().textContent()) ?? '';
    expect(intro).toContain(`${q.minutes.typical} minutes`);
    expect(intro).toContain(`${q.minutes.most}`);

    const progress: number[] = [];
    const run = await completeFlow(page, q, VIGNETTE_ANSWERS['P01-sprint-strain'], {
      onQuestion: async (id) => {
        progress.push(Number(await widget(page).locator('progress').getAttribute('value')));
        expect(await overflow(page), `sideways scroll on ${id}`).toBeLessThanOrEqual(0);
        expect(await widget(page).locator('.meta').textContent()).not.toMatch(/\d/);
      },
    });
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBeGreaterThan(progress[0] ?? 0);
    console.info(
      `P01 at 390 px: ${run.asked.length} questions (${run.asked.length + 2} screens with the intro and the result)`,
    );
    // The interview asks a sprint strain which side before where (a protection waits on it): the map
    // then leaves that answer as it is.
    expect(run.asked.indexOf('sides')).toBeLessThan(run.asked.indexOf('where'));
    expect(run.request.answers.sides).toBe('one');

    await page.evaluate(() => scrollTo(0, 0));
    await widget(page).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    for (const part of ['urgency', 'stretch', 'likely', 'first', 'net']) {
      const { top, bottom } = await box(page, `[part~=${part}]`);
      expect(top, `${part} on the first screen`).toBeGreaterThanOrEqual(0);
      expect(bottom, `${part} on the first screen`).toBeLessThanOrEqual(844);
    }
    const actions = await widget(page).locator('[part~=first] li').count();
    expect(actions).toBeGreaterThanOrEqual(1);
    expect(actions).toBeLessThanOrEqual(3);
    expect(await visibleWords(page)).toBeLessThanOrEqual(250);
    expect(await widget(page).locator('.print').isVisible()).toBe(false);
    expect(await widget(page).locator('[part~=details]').getAttribute('open')).toBeNull();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'result-390');

    // One tap opens the rest, in the documented order, and asks for the sources it lists (a result leaves
    // their citations out unless asked), with the same answers.
    const [expanded] = await Promise.all([
      page.waitForResponse(
        (r) =>
          new URL(r.url()).pathname === '/v1/triage' &&
          r.request().postDataJSON()?.expand?.includes('sources'),
      ),
      widget(page).locator('[part~=details] summary').click(),
    ]);
    expect(expanded.request().postDataJSON().answers).toEqual(run.request.answers);
    const citations = ((await expanded.json()) as TriageResult).sources?.map((s) => s.citation) ?? [];
    expect(citations.length).toBeGreaterThan(0);
    await expect
      .poll(() => widget(page).locator('[part~=details] ol.small li').allTextContents())
      .toEqual(citations);
    const headings = await widget(page).locator('[part~=details] h3').allTextContents();
    const ui = q.ui;
    const order = [ui.likely, ui.others, ui.plan, ui.factors, ui.safety, ui.sources].filter((h) =>
      headings.includes(h),
    );
    expect(headings).toEqual(order);
    expect(headings).toContain(ui.safety);
    await expectAccessible(page, 'the full details');

    // Settled, with more that could sharpen it: answer one more, then see the result again.
    const before = await heading(page);
    await widget(page).getByRole('button', { name: ui.answer }).click();
    await nextScreen(page, before);
    const asked = await heading(page);
    expect(q.questions.some((x) => x.text === asked)).toBe(true);
    const bar = Number(await widget(page).locator('progress').getAttribute('value'));
    expect(bar).toBeGreaterThanOrEqual(progress.at(-1) ?? 0);
    await widget(page).getByRole('button', { name: ui.done }).click();
    await nextScreen(page, asked);
    expect(await widget(page).locator('.result').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('the body map at 320 px in the dark theme: labelled regions of 44 px and more per side, one tab stop, arrow keys, and which side', async () => {
    const { page, problems } = await openPage(browser(), `${baseURL}/`, { width: 320, colorScheme: 'dark' });
    const run = completeFlow(page, q, VIGNETTE_ANSWERS['P02-high-hamstring-tendinopathy'], {
      onQuestion: async (id) => {
        if (id !== 'where') return;
        const map = widget(page).locator('svg.map');
        expect(await overflow(page)).toBeLessThanOrEqual(0);
        const boxes = await map.locator('g').evaluateAll((gs) =>
          gs.map((g) => {
            const r = g.querySelector('path')?.getBoundingClientRect();
            return { name: g.getAttribute('aria-label'), w: r?.width ?? 0, h: r?.height ?? 0 };
          }),
        );
        expect(boxes.length).toBe(22); // 11 regions, each on both sides
        for (const b of boxes) expect(Math.min(b.w, b.h), `${b.name}`).toBeGreaterThanOrEqual(44);
        expect(boxes.map((b) => b.name)).toContain('Left buttock');
        expect(boxes.map((b) => b.name)).toContain('Right buttock');
        // Every region's name is on the map.
        const labels = (await map.locator('text').allTextContents()).join(' ');
        for (const word of ['Buttock', 'Sitting', 'thigh', 'knee', 'Groin', 'Left', 'Right'])
          expect(labels).toContain(word);
        // One tab stop: from the map, Tab leaves it; the arrows move within it.
        await map.locator('g').first().focus();
        expect(await focused(page)).toBe('g: Left low back');
        await page.keyboard.press('ArrowDown');
        expect(await focused(page)).toBe('g: Left pelvis bump');
        await page.keyboard.press('ArrowRight');
        expect(await focused(page)).toBe('g: Right pelvis bump');
        expect(await map.locator('g[tabindex="0"]').count()).toBe(1);
        await page.keyboard.press('Tab');
        expect(await focused(page)).not.toMatch(/^g: /);
        await page.keyboard.press('Shift+Tab');
        expect(await focused(page)).toBe('g: Right pelvis bump');
        await page.keyboard.press('Space');
        expect(await map.locator('[aria-checked=true]').count()).toBe(1);
        await page.keyboard.press('Space');
        expect(await map.locator('[aria-checked=true]').count()).toBe(0);
        await screenshot(page, 'body-map-320-dark');
      },
    });
    const done = await run;
    // P02's pain is on one side: the map answered it, so the sides question was not asked.
    expect(done.request.answers.sides).toBe('one');
    expect(done.asked).not.toContain('sides');
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
