import { describe, expect, inject, it } from 'vitest';
import { chromiumPerFile } from './chromium-per-file.ts';
import { openPage } from './widget-page.ts';

const baseURL = inject('baseURL');
const browser = chromiumPerFile();

describe('demo pages', () => {
  for (const [path, title] of [
    ['/', /Stop stretching that hamstring/],
    ['/demo/clinic', /Book an assessment/],
  ] as const) {
    it(`${path} embeds the widget with one script tag and renders it under the page's strict CSP`, async () => {
      const { page, problems } = await openPage(browser(), `${baseURL}${path}`);
      await expect(page.title()).resolves.toMatch(title);
      expect(await page.locator('script[src$="/v1/hamstring-check.js"]').count()).toBe(1);
      const widget = page.locator('hamstring-check');
      await widget.locator('h2').first().waitFor();
      expect(await widget.evaluate((el) => el.shadowRoot !== null)).toBe(true);
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});
