/** Pages and counts the clinic browser tests share: the demo clinic page, a page on the API's own origin, stats. */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { type Opened, type OpenOptions, openPage, widget } from './widget-page.ts';

/** The demo clinic's booking page, once the widget wears the clinic's brand. */
export async function openDemoClinic(
  browser: Browser,
  baseURL: string,
  options: OpenOptions = {},
): Promise<Opened> {
  const opened = await openPage(browser, `${baseURL}/demo/clinic`, options);
  await widget(opened.page).locator('[part~=banner]').waitFor();
  return opened;
}

/**
 * A page served from the API's own origin (so a test clinic, which allows that origin, releases its
 * profile to it) with no CSP at all: nothing would stop injected markup from running. `prepare` adds
 * routes of its own (a tampered API) before the page loads.
 */
export function openOnApiOrigin(
  browser: Browser,
  baseURL: string,
  element: string,
  prepare?: (page: Page) => Promise<void>,
): Promise<Opened> {
  const url = `${baseURL}/test/host-page`;
  return openPage(browser, url, {
    async prepare(page) {
      await prepare?.(page);
      await page.route(url, (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>
        <body><main><h1>Host</h1><script type="module" src="/v1/hamstring-check.js"></script>${element}</main></body></html>`,
        }),
      );
    },
  });
}

export interface Totals {
  completions: number;
  shares: number;
  bookingClicks: number;
}

/** The demo clinic's usage totals over the last 30 days, read with its stats token. */
export async function demoTotals(baseURL: string, token: string): Promise<Totals> {
  const res = await fetch(`${baseURL}/v1/clinics/riverside-physio/stats`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { totals: Totals }).totals;
}

/** sRGB contrast ratio of two computed colours written rgb(r, g, b). */
export function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r = 0, g = 0, bl = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}
