/**
 * The clinician page as a clinic prints it: a report shared on the local server, opened in Chromium
 * under print media, saved as a PDF and a screenshot under test-results/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { QUESTIONNAIRE_VERSION } from '../../shared/index.ts';
import { jsonPost, triageBody } from '../shared/support/triage-body.ts';
import { chromiumPerFile } from './chromium-per-file.ts';

const baseURL = inject('baseURL');
const ARTEFACTS = join(import.meta.dirname, '..', '..', 'test-results');
const browser = chromiumPerFile();

beforeAll(() => {
  mkdirSync(ARTEFACTS, { recursive: true });
});

async function shareReport(): Promise<{ url: string; deleteToken: string; code: string }> {
  const res = await fetch(`${baseURL}/v1/reports`, jsonPost(triageBody()));
  expect(res.status).toBe(201);
  return (await res.json()) as { url: string; deleteToken: string; code: string };
}

describe('the clinician page in print', () => {
  it('shows every section of the summary on paper, without the copy-paste block, and saves a PDF', async () => {
    const report = await shareReport();
    const page = await browser().newPage();
    const problems: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(msg.text());
    });
    const res = await page.goto(`${baseURL}${report.url}`);
    expect(res?.status()).toBe(200);
    await page.emulateMedia({ media: 'print' });

    await expect(page.title()).resolves.toContain('hamstring-check summary for a clinician');
    for (const section of ['#urgency', '#red-flags', '#positives', '#ranked', '#tests', '#measures']) {
      expect(await page.locator(section).isVisible(), section).toBe(true);
    }
    for (const words of [
      'Self-reported questionnaire; not a diagnosis.',
      'Book a physiotherapist',
      "Don't stretch it",
      'Sn 0.84, Sp 0.87',
      QUESTIONNAIRE_VERSION,
    ]) {
      expect(await page.getByText(words, { exact: false }).first().isVisible(), words).toBe(true);
    }
    expect(await page.locator('details.plain-text').isVisible()).toBe(false);
    // The CSP let the inline stylesheet through: the print rules apply.
    expect(await page.locator('main').evaluate((el) => getComputedStyle(el).maxWidth)).toBe('none');
    expect(problems).toEqual([]);

    const pdf = await page.pdf({ path: join(ARTEFACTS, 'clinician-page.pdf'), format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.screenshot({ path: join(ARTEFACTS, 'clinician-page-print.png'), fullPage: true });
    await page.close();

    const removed = await fetch(`${baseURL}/v1/reports/${report.code}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${report.deleteToken}` },
    });
    expect(removed.status).toBe(204);
  });
});
