/**
 * The clinic dashboard in Chromium: the stats token asked once and kept in sessionStorage only, the
 * server-drawn charts with their tables, a wrong token asked for again, and axe with zero violations in
 * light and dark, tables open.
 */
import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumPerFile } from './chromium-per-file.ts';
import { expectAccessible } from './widget-driver.ts';

const baseURL = inject('baseURL');
const token = inject('demoStatsToken');
const browser = chromiumPerFile();
const URL_ = `${baseURL}/clinics/riverside-physio/dashboard`;

async function open(b: Browser, colorScheme: 'light' | 'dark' = 'light') {
  const context = await b.newContext({ colorScheme, viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(err.message));
  await page.goto(URL_);
  return { context, page, problems };
}

describe('the clinic dashboard', () => {
  it('asks for the stats token once, keeps it in sessionStorage only, and draws the charts with their tables', async () => {
    // The demo clinic's counts are whatever the other browser tests made (workerd tests check the numbers).
    const { context, page, problems } = await open(browser());
    const input = page.getByLabel('Stats token');
    await input.waitFor();
    await expectAccessible(page, 'the dashboard asking for its token');
    await input.fill(token);
    await page.getByRole('button', { name: 'Open the dashboard' }).click();
    await page.locator('figure.chart').first().waitFor();
    expect(await page.locator('figure.chart svg[role=img]').count()).toBe(4);
    const storage = await page.evaluate(() => ({
      session: Object.entries(sessionStorage),
      local: localStorage.length,
      cookie: document.cookie,
    }));
    expect(storage).toEqual({
      session: [['hamstring-check:stats-token:riverside-physio', token]],
      local: 0,
      cookie: '',
    });
    expect(await page.locator('.totals').textContent()).toMatch(
      /Triages\s*\d+\s*Reports shared\s*\d+\s*Booking clicks\s*\d+/,
    );

    // A reload in the same tab does not ask again.
    await page.reload();
    await page.locator('figure.chart').first().waitFor();
    expect(await page.getByLabel('Stats token').isVisible()).toBe(false);

    for (const summary of await page.locator('figure.chart summary').all()) await summary.click();
    expect(await page.locator('figure.chart table').first().isVisible()).toBe(true);
    await expectAccessible(page, 'the dashboard, light, tables open');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('passes axe in the dark theme too', async () => {
    const { context, page } = await open(browser(), 'dark');
    await page.getByLabel('Stats token').fill(token);
    await page.getByRole('button', { name: 'Open the dashboard' }).click();
    await page.locator('figure.chart').first().waitFor();
    await expectAccessible(page, 'the dashboard, dark');
    await context.close();
  });

  it('forgets a token that does not open the stats and asks again, saying why; Forget removes it', async () => {
    const { context, page } = await open(browser());
    await page.getByLabel('Stats token').fill('hcs_00000000000000000000000000');
    await page.getByRole('button', { name: 'Open the dashboard' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toContain('does not open these stats');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.getByLabel('Stats token').fill(token);
    await page.getByRole('button', { name: 'Open the dashboard' }).click();
    await page.locator('figure.chart').first().waitFor();
    await page.getByRole('button', { name: 'Forget the token' }).click();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(await page.getByLabel('Stats token').isVisible()).toBe(true);
    await context.close();
  });
});
