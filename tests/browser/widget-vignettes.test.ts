import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Questionnaire } from '../../shared/schemas/questionnaire.ts';
import type { TriageResult } from '../../shared/schemas/triage.ts';
import { jsonPost } from '../shared/support/triage-body.ts';
import { VIGNETTE_ANSWERS, type VignetteId } from '../shared/vignettes/answers.ts';
import { chromiumPerFile } from './chromium-per-file.ts';
import { completeFlow, screenshot, shownVerdict } from './widget-driver.ts';
import { openPage, questionnaire, widget } from './widget-page.ts';

const baseURL = inject('baseURL');
const PUBLIC = JSON.parse(
  readFileSync(new URL('../shared/vignettes/public.json', import.meta.url), 'utf8'),
) as {
  vignettes: { id: string; expect: { top?: string[]; urgency: string[]; stretch: string[] } }[];
};
const browser = chromiumPerFile();
let q: Questionnaire;

beforeAll(async () => {
  q = await questionnaire(baseURL);
});

async function runVignette(id: VignetteId, width: number, keyboard: boolean) {
  const { page, problems } = await openPage(browser(), `${baseURL}/`, { width });
  const answers = VIGNETTE_ANSWERS[id];
  const run = await completeFlow(page, q, answers, {
    keyboard,
    onQuestion: async (question) => {
      if (question === 'age') await screenshot(page, `first-question-${width}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow at ${width} px on ${question}`).toBeLessThanOrEqual(0);
    },
  });
  await screenshot(page, `result-${width}`);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    `horizontal overflow at ${width} px on the result`,
  ).toBeLessThanOrEqual(0);
  console.info(`${id} at ${width} px: ${run.asked.length} questions, ${run.asked.length + 2} screens`);

  // The widget sent the story's answers to the questions the interview asked (the body map answers which
  // side too), and shows what the API says for that request.
  for (const [id, value] of Object.entries(run.request.answers))
    if (answers[id] !== undefined && id !== 'sides') expect(value, id).toEqual(answers[id]);
  const direct = (await (await fetch(`${baseURL}/v1/triage`, jsonPost(run.request))).json()) as TriageResult;
  expect(await shownVerdict(page)).toEqual({
    urgency: direct.urgency.title,
    stretch: direct.stretch.headline,
  });
  expect(await widget(page).locator('[part~=urgency]').getAttribute('class')).toContain(direct.urgency.level);
  expect(await widget(page).locator('[part~=urgency] svg path').count()).toBe(1);

  const expected = PUBLIC.vignettes.find((v) => v.id === id)?.expect;
  expect(expected?.urgency).toContain(direct.urgency.level);
  expect(expected?.stretch).toContain(direct.stretch.verdict);
  expect(expected?.top).toContain(direct.conditions[0]?.id);
  const shownTop = await widget(page).locator('[part~=likely] .mid').textContent();
  expect(shownTop).toContain(direct.conditions[0]?.name);

  expect(problems).toEqual([]);
  await page.close();
  return run;
}

describe('<hamstring-check> public vignettes, end to end against the API', () => {
  it('P02 (high hamstring tendinopathy) can be completed by keyboard alone at 1280 px and shows the API’s urgency and stretch verdict', async () => {
    const run = await runVignette('P02-high-hamstring-tendinopathy', 1280, true);
    expect(run.asked).toContain('where');
    expect(run.result.stretch.verdict).toBe('avoid');
  }, 180_000);

  it('P04 (sacroiliac referred pain) completed by mouse in a 320 px column never scrolls sideways and shows the API’s verdict', async () => {
    const run = await runVignette('P04-sacroiliac-referred', 320, false);
    expect(run.asked).toContain('st-bump');
  }, 180_000);

  it('P16 (delayed-onset soreness) completed by mouse shows the API’s urgency and stretch verdict', async () => {
    const run = await runVignette('P16-doms', 1280, false);
    expect(run.result.urgency.level).toBe('self-care');
  }, 180_000);
});
