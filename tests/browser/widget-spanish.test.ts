/**
 * The sitting-bone vignette (P02) in Spanish, end to end: the widget on a Spanish page, answered as the
 * story goes, its result checked for what the Spanish review asked for, and saved for a person to read
 * as full-page screenshots: test-results/p02-es-result.png as the runner sees it, and
 * test-results/p02-es-summary-print.png as it prints (the clinician summary in full).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { spainOnlyIn } from '../shared/support/spanish-glossary.ts';
import { VIGNETTE_ANSWERS } from '../shared/vignettes/answers.ts';
import { chromiumPerFile } from './chromium-per-file.ts';
import { type HostServer, serveHost, widgetHostPage } from './host-server.ts';
import { completeFlow, shownVerdict } from './widget-driver.ts';
import { openPage, questionnaire, widget } from './widget-page.ts';

const baseURL = inject('baseURL');
const ARTEFACTS = join(import.meta.dirname, '..', '..', 'test-results');
const browser = chromiumPerFile();
let host: HostServer;

beforeAll(async () => {
  host = await serveHost({ '/es': widgetHostPage(baseURL, 'es', '<hamstring-check></hamstring-check>') });
});
afterAll(async () => {
  await host?.close();
});

describe('<hamstring-check> in Spanish', () => {
  it('shows the sitting-bone vignette’s result in Spanish that reads well outside Spain, with a Spanish clinician summary', async () => {
    const { page, problems } = await openPage(browser(), `${host.url}/es`, { width: 390 });
    const run = await completeFlow(
      page,
      await questionnaire(baseURL, 'es'),
      VIGNETTE_ANSWERS['P02-high-hamstring-tendinopathy'],
    );
    expect(run.request.lang).toBe('es');
    expect(run.result.conditions[0]?.id).toBe('proximal-tendinopathy');
    expect(await shownVerdict(page)).toEqual({
      urgency: run.result.urgency.title,
      stretch: run.result.stretch.headline,
    });

    const w = widget(page);
    expect(spainOnlyIn(await w.locator('.result').innerText())).toEqual([]);
    const summary = await w.locator('[part~=summary] pre').textContent();
    expect(summary).toBe(run.result.clinicianSummary?.text);
    expect(summary).toContain('Prueba de Puranen–Orava (Puranen–Orava test)');
    expect(summary).not.toMatch(/\b(Sn|Sp|Clinical reference notes|seed article)\b/);

    mkdirSync(ARTEFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTEFACTS, 'p02-es-result.png'), fullPage: true });
    // Printed, the result is the clinician summary alone, at full length.
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => w.locator('[part~=summary] .nav').isVisible()).toBe(false);
    await page.screenshot({ path: join(ARTEFACTS, 'p02-es-summary-print.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
