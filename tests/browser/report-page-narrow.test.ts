/**
 * The clinician page on the narrowest phone (320 px): nothing runs off the side, whatever the clinic's
 * name, the code's form or the summary's tables. Screenshots go to test-results/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { triage } from '../../shared/index.ts';
import { renderReportPage } from '../../worker/reports/page.ts';
import type { StoredReport } from '../../worker/reports/report.ts';
import { jsonPost, triageBody } from '../shared/support/triage-body.ts';
import { VIGNETTE_ANSWERS } from '../shared/vignettes/answers.ts';
import { chromiumPerFile } from './chromium-per-file.ts';

const baseURL = inject('baseURL');
const ARTEFACTS = join(import.meta.dirname, '..', '..', 'test-results');
const browser = chromiumPerFile();

beforeAll(() => {
  mkdirSync(ARTEFACTS, { recursive: true });
});

const NARROW = { width: 320, height: 640 };

/** How far the page reaches sideways, and the widest element that pokes out, if any. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')].find(
      (el) => el.getBoundingClientRect().right > width + 0.5,
    );
    return {
      scrollWidth: document.documentElement.scrollWidth,
      culprit: wide
        ? `${wide.tagName.toLowerCase()}.${wide.className}: ${wide.textContent?.slice(0, 40)}`
        : '',
    };
  });

describe('the clinician page at 320 px', () => {
  it('as served for a new share: no sideways scroll, the code on screen', async () => {
    const res = await fetch(`${baseURL}/v1/reports`, jsonPost(triageBody()));
    expect(res.status).toBe(201);
    const { url, code } = (await res.json()) as { url: string; code: string };
    const page = await browser().newPage({ viewport: NARROW });
    expect((await page.goto(`${baseURL}${url}`))?.status()).toBe(200);
    expect(await overflow(page)).toEqual({ scrollWidth: 320, culprit: '' });
    const shown = await page.getByText(code, { exact: true }).boundingBox();
    expect(shown?.x).toBeGreaterThanOrEqual(0);
    expect((shown?.x ?? 0) + (shown?.width ?? 0)).toBeLessThanOrEqual(320);
    await page.screenshot({ path: join(ARTEFACTS, 'clinician-page-320.png'), fullPage: true });
    await page.close();
  });

  it('with a very long clinic name, an old 26-character code and the longest summary: still no sideways scroll', async () => {
    // The vignette whose summary suggests the most tests, so its tables are the widest.
    const answers = Object.values(VIGNETTE_ANSWERS).reduce((most, a) =>
      triage({ lang: 'en', answers: a }).clinicianSummary.suggestedTests.length >
      triage({ lang: 'en', answers: most }).clinicianSummary.suggestedTests.length
        ? a
        : most,
    );
    const result = triage({ lang: 'en', answers });
    const report: StoredReport = {
      questionnaireVersion: result.clinicianSummary.questionnaireVersion,
      lang: 'en',
      answers,
      result,
      clinic: {
        id: 'long-name',
        name: 'Physiotherapie-und-Sportrehabilitationszentrum Nordwestlicher Stadtrand GmbH & Co. KG',
      },
      createdAt: '2026-11-22T10:00:00.000Z',
      expiresAt: '2026-12-22T10:00:00.000Z',
      deleteTokenHash: '0'.repeat(64),
    };
    const page = await browser().newPage({ viewport: NARROW });
    await page.setContent(renderReportPage(report, 'k7m2q9x4c8v1b6n3r5t0w2y4z8'));
    expect(await overflow(page)).toEqual({ scrollWidth: 320, culprit: '' });
    await page.screenshot({ path: join(ARTEFACTS, 'clinician-page-320-long-name.png'), fullPage: true });
    await page.close();
  });
});
