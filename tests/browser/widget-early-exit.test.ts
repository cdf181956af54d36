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
        // The question renders before its request has finished: the announcement follows once it has.
        await expect.poll(() => live.textContent()).not.toBe('Loading…');
        announced.push((await live.textContent()) ?? '');
      },
    });
    // A live region announces the part and the progress on each question, then the result.
    expect(announced).toEqual(['Warning signs: 0% of the way']);
    expect(await live.textContent()).toBe(`Your result: ${run.result.urgency.title}`);

    // The red-flag screen comes first, and a red flag that needs care now ends the interview.
    expect(run.asked).toEqual(['rf-nerve']);
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
    expect(await w.locator('[part~=likely], [part~=conditions], [part~=findings]').count()).toBe(0);
    expect(await w.locator('[part~=stretch]').textContent()).toContain(run.result.stretch.headline);
    // The clinician summary is for Copy and Print, never on screen: the result comes without it.
    expect(run.result.clinicianSummary).toBeUndefined();
    expect(await w.locator('.print').count()).toBe(0);
    // The safety net's first line is on the result without a tap.
    expect(await w.locator('[part~=net]').textContent()).toBe(`⚠ ${run.result.safetyNet[0]}`);
    await page.close();
  }, 60_000);
});
