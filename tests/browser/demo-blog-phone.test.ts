/**
 * The demo blog on a phone (390×844): the first screen says the check is in the post and links to it,
 * as a good blog post would, and the link brings the widget into view. Screenshots go to test-results/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumPerFile } from './chromium-per-file.ts';

const baseURL = inject('baseURL');
const ARTEFACTS = join(import.meta.dirname, '..', '..', 'test-results');
const browser = chromiumPerFile();
const PHONE = { width: 390, height: 844 };

beforeAll(() => {
  mkdirSync(ARTEFACTS, { recursive: true });
});

/** Whether the element's top edge is on screen and it shows at least `px` of itself (runs in the page). */
const inView = (el: Element, px: number) => {
  const { top, bottom } = el.getBoundingClientRect();
  return top >= 0 && top < innerHeight && Math.min(bottom, innerHeight) - top >= px;
};

describe('the demo blog on a 390×844 phone', () => {
  it('says on its first screen that the check is in the post, and the link there scrolls the check into view', async () => {
    const page = await browser().newPage({ viewport: PHONE });
    await page.goto(`${baseURL}/`);
    const widget = page.locator('hamstring-check');
    await widget.locator('h2').first().waitFor();
    // The check itself is below the first screen: the line is what tells the reader it is there.
    expect(await widget.evaluate(inView, 1)).toBe(false);

    const link = page.locator('a[href="#check"]');
    expect(await link.count()).toBe(1);
    await expect(link.textContent()).resolves.toMatch(/check/i);
    const box = await link.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(PHONE.height);
    // Its line says what the check does, in a sentence, not only the link's words.
    const line = (await link.evaluate((a) => a.closest('p')?.textContent ?? '')).trim();
    expect(line.split(/\s+/).length).toBeLessThanOrEqual(30);
    expect(line).toMatch(/stretch/i);
    await page.screenshot({ path: join(ARTEFACTS, 'demo-blog-390-first-screen.png') });

    const target = page.locator('#check');
    expect(await target.evaluate((el) => el.contains(document.querySelector('hamstring-check')))).toBe(true);
    await link.click();
    await page.waitForFunction(() => location.hash === '#check');
    // The widget's start screen in view: its heading at least, not a sliver at the bottom edge.
    await widget.locator('h2').first().waitFor();
    await expect.poll(() => widget.evaluate(inView, 200)).toBe(true);
    await page.screenshot({ path: join(ARTEFACTS, 'demo-blog-390-after-jump.png') });
    await page.close();
  });
});
