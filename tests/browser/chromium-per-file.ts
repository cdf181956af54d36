/**
 * One Chromium per browser test file. Apart from the page helpers, so a test file that needs only a
 * browser does not load axe-core with widget-driver.ts.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.ts';

/** Launched before the file's tests and closed after them; call at the top level. */
export function chromiumPerFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser as Browser;
}
