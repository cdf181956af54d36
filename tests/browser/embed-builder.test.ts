/**
 * The embed builder (/embed-code): the preview follows the options, the three snippets carry them with
 * this site's address (the pinned one with the served file's hash), and each Copy button puts its snippet
 * on the clipboard. axe finds nothing on the page.
 */
import { createHash } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { chromiumPerFile } from './chromium-per-file.ts';
import { expectAccessible } from './widget-driver.ts';
import { widget } from './widget-page.ts';

const baseURL = inject('baseURL');
const browser = chromiumPerFile();

async function openBuilder() {
  const context = await browser().newContext({ viewport: { width: 1200, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(err.message));
  page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
  const res = await page.goto(`${baseURL}/embed-code`);
  expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
  await widget(page).locator('h2').first().waitFor();
  return { page, context, problems };
}

const code = (page: import('playwright-core').Page, id: string) => page.locator(`#${id}`).textContent();

describe('the embed builder', () => {
  it('shows the three snippets for this site, the pinned one with the hash of the file it serves', async () => {
    const { page, context, problems } = await openBuilder();
    expect(await code(page, 'evergreen')).toBe(
      `<script type="module" src="${baseURL}/v1/hamstring-check.js"></script>\n<hamstring-check></hamstring-check>`,
    );
    const pinned = (await code(page, 'pinned')) ?? '';
    const src = /src="([^"]+)"/.exec(pinned)?.[1] ?? '';
    // Content-addressed: the path is named by the file's own hash.
    expect(src).toMatch(new RegExp(`^${baseURL}/v/[\\w-]{16}/hamstring-check\\.js$`));
    const file = Buffer.from(await (await fetch(src)).arrayBuffer());
    expect(pinned).toContain(`integrity="sha384-${createHash('sha384').update(file).digest('base64')}"`);
    expect(await code(page, 'iframe')).toContain(`<iframe src="${baseURL}/embed" `);
    await expectAccessible(page, 'the embed builder');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('updates the preview and every snippet as the options change', async () => {
    const { page, context } = await openBuilder();
    const before = await widget(page).locator('h2').first().textContent();
    await page.getByLabel('Language').selectOption('es');
    await expect.poll(() => widget(page).locator('h2').first().textContent()).not.toBe(before);
    await page.getByLabel('Theme').selectOption('dark');
    await page.getByLabel('Clinic id').fill('riverside-physio');
    await widget(page).locator('[part~=banner]').waitFor();
    await page.getByLabel('My own accent colour').check();
    await page.getByLabel('Accent colour', { exact: true }).fill('#1a7f37');
    expect(await widget(page).getAttribute('lang')).toBe('es');
    expect(await widget(page).getAttribute('theme')).toBe('dark');
    expect(
      await widget(page).evaluate((el) => getComputedStyle(el).getPropertyValue('--hc-accent').trim()),
    ).toBe('#1a7f37');
    const element =
      '<hamstring-check lang="es" theme="dark" clinic="riverside-physio" style="--hc-accent: #1a7f37; --hc-accent-text: #fff"></hamstring-check>';
    expect(await code(page, 'evergreen')).toContain(element);
    expect(await code(page, 'pinned')).toContain(element);
    expect(await code(page, 'iframe')).toContain(
      `${baseURL}/embed?lang=es&amp;theme=dark&amp;clinic=riverside-physio&amp;accent=1a7f37`,
    );
    await expectAccessible(page, 'the embed builder with options');
    await context.close();
  });

  it('copies each snippet with its button and says so', async () => {
    const { page, context } = await openBuilder();
    await page.getByLabel('Language').selectOption('en');
    for (const [id, name] of [
      ['evergreen', 'Evergreen script'],
      ['pinned', 'Pinned script with Subresource Integrity'],
      ['iframe', 'Iframe'],
    ] as const) {
      await page.locator(`button[data-copy="${id}"]`).click();
      await expect.poll(() => page.locator('#copied').textContent()).toBe(`Copied: ${name}.`);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code(page, id));
    }
    await context.close();
  });
});
