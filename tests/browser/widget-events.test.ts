import { describe, expect, inject, it } from 'vitest';
import { VIGNETTE_ANSWERS } from '../shared/vignettes/answers.ts';
import { chromiumPerFile } from './chromium-per-file.ts';
import { completeFlow } from './widget-driver.ts';
import { openPage, questionnaire } from './widget-page.ts';

const baseURL = inject('baseURL');
const browser = chromiumPerFile();

interface Seen {
  type: string;
  detail: Record<string, unknown>;
  bubbles: boolean;
  composed: boolean;
}

describe('<hamstring-check> events for the host page', () => {
  it('fires start, one answer per answered question (its id only), then complete with codes and ids but no answer values', async () => {
    const { page } = await openPage(browser(), `${baseURL}/`);
    // Listening on document: the events bubble out of the element to the page.
    await page.evaluate(() => {
      const seen: Seen[] = [];
      (window as unknown as { seen: Seen[] }).seen = seen;
      for (const type of ['start', 'answer', 'complete', 'error'])
        document.addEventListener(`hamstring-check:${type}`, (e) => {
          const { detail, bubbles, composed } = e as CustomEvent;
          seen.push({ type: e.type, detail, bubbles, composed });
        });
    });
    const answers = VIGNETTE_ANSWERS['P05-cauda-equina'];
    const run = await completeFlow(page, await questionnaire(baseURL), answers);
    const seen = await page.evaluate(() => (window as unknown as { seen: Seen[] }).seen);

    expect(seen.every((e) => e.bubbles && e.composed)).toBe(true);
    expect(seen.map((e) => e.type)).toEqual([
      'hamstring-check:start',
      'hamstring-check:answer',
      'hamstring-check:complete',
    ]);
    expect(seen[0]?.detail).toEqual({ lang: 'en' });
    // The interview asks the red-flag screen first; the nerve screen's answer ends it.
    expect(seen[1]?.detail).toEqual({ question: 'rf-nerve' });
    expect(seen[2]?.detail).toEqual({
      urgency: 'emergency',
      stretch: run.result.stretch.verdict,
      conditions: run.result.conditions.slice(0, 3).map((c) => c.id),
      questionnaireVersion: run.request.questionnaireVersion,
      earlyExit: true,
    });
    const payload = JSON.stringify(seen.map((e) => e.detail));
    // None of the story's answers.
    for (const value of Object.values(answers).flat().map(String)) expect(payload).not.toContain(value);
    await page.close();
  }, 60_000);
});
