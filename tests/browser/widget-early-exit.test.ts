import { describe, expect, inject, it } from 'vitest';
import { VIGNETTE_ANSWERS } from '../shared/vignettes/answers.ts';
import { chromiumPerFile } from './chromium-per-file.ts';
import { completeFlow } from './widget-driver.ts';
import { openPage, questionnaire, widget } from './widget-page.ts';

const baseURL = inject('baseURL');
const browser = chromiumPerFile();

describe('<hamstring-check> early exit on a red flag', () => {
  it('P05 (cauda equina) stops at the red-flag question, announces it, and leads with the urgent message, the flag’s reason and its action, without a differential', async () => {
    const { page } = await openPage(browser(), `${baseURL}/`);
    const live = widget(page).locator('[role=status]');
    const announced: string[] = [];
    const run = await completeFlow(page, await questionnaire(baseURL), VIGNETTE_ANSWERS['P05-cauda-equina'], {
      onQuestion: async () => {
        announced.push((await live.textContent()) ?? '');
      },
    });
    // A live region announces the progress on each question, then the result.
    expect(announced).toEqual([
      'Part 1 of 8: About you',
      'Part 1 of 8: About you',
      'Part 1 of 8: About you',
      'Part 2 of 8: Warning signs',
    ]);
    expect(await live.textContent()).toBe(`Your result: ${run.result.urgency.title}`);

    expect(run.asked).toEqual(['age', 'sex', 'running', 'rf-nerve']);
    expect(run.result.earlyExit).toBe(true);
    const w = widget(page);
    const first = w.locator('.result > *').first();
    expect(await first.getAttribute('part')).toBe('urgency');
    expect(await first.getAttribute('class')).toContain('emergency');
    expect(await first.locator('h2').textContent()).toBe(run.result.urgency.title);
    expect(await first.textContent()).toContain(run.result.urgency.advice);

    const flag = run.result.redFlags.find((f) => f.id === 'cauda-equina');
    const flags = await w.locator('[part~=flags]').textContent();
    expect(flags).toContain(flag?.reason);
    expect(flags).toContain(flag?.action);
    expect(await w.locator('.conds, [part~=plan]').count()).toBe(0);
    expect(await w.locator('[part~=stretch]').textContent()).toContain(run.result.stretch.headline);
    expect(await w.locator('[part~=summary] pre').textContent()).toBe(run.result.clinicianSummary?.text);
    await page.close();
  }, 60_000);
});
