import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumPerFile } from './chromium-per-file.ts';

const baseURL = inject('baseURL');
const browser = chromiumPerFile();

async function openPage(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser().newPage();
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text());
  });
  page.on('pageerror', (err) => problems.push(err.message));
  await page.goto(`${baseURL}${path}`);
  return { page, problems };
}

describe('demo pages', () => {
  for (const [path, title] of [
    ['/', /Stop stretching that hamstring/],
    ['/demo/clinic', /Book an assessment/],
  ] as const) {
    it(`${path} embeds the widget with one script tag and renders it under the page's strict CSP`, async () => {
      const { page, problems } = await openPage(path);
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
