/**
 * The iframe embed (/embed) on a host page of another origin, as a blog that refuses scripts would use it
 * and as the documented snippet does: the frame sizes itself to its content (no inner scrollbar), a
 * runner gets through the whole check by keyboard alone inside the frame, and without the four listener
 * lines the frame keeps its fixed height and still works.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Questionnaire } from '../../shared/schemas/questionnaire.ts';
import { EMBED_HEIGHT, iframeSnippet } from '../../worker/embed/snippets.ts';
import { SITTING_BONE_ACHE } from '../../worker/openapi/examples.ts';
import { chromiumPerFile } from './chromium-per-file.ts';
import { type HostServer, html, serveHost } from './host-server.ts';
import { completeFlow, resumeAtLastQuestion, sendResumed } from './widget-driver.ts';
import { questionnaire } from './widget-page.ts';

const baseURL = inject('baseURL');
const browser = chromiumPerFile();
let host: HostServer;
let q: Questionnaire;

const page = (frame: string) =>
  html(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog that frames the check</title></head><body><main><h1>My running blog</h1><p>Try the check below.</p>${frame}<p id="after">The rest of the post.</p></main></body></html>`,
  );

beforeAll(async () => {
  q = await questionnaire(baseURL);
  host = await serveHost({
    '/auto': page(iframeSnippet(baseURL, { lang: 'en' })),
    '/fixed': page(iframeSnippet(baseURL, { lang: 'en' }, { autoHeight: false })),
  });
});
afterAll(() => host.close());

/** The frame as the widget driver sees a page: its own document, with the top page's keyboard. */
function asPage(frame: Frame, top: Page): Page {
  return new Proxy(frame, {
    get(target, prop) {
      if (prop === 'keyboard') return top.keyboard;
      if (prop === 'waitForResponse') return top.waitForResponse.bind(top);
      const value = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as unknown as Page;
}

async function open(path: string, prepare?: (top: Page) => Promise<void>) {
  const top = await browser().newPage({ viewport: { width: 1000, height: 800 } });
  const problems: string[] = [];
  top.on('pageerror', (err) => problems.push(err.message));
  await prepare?.(top);
  await top.goto(`${host.url}${path}`);
  const element = await top.waitForSelector('iframe');
  const frame = await element.contentFrame();
  if (!frame) throw new Error('the iframe has no document');
  await frame.locator('hamstring-check h2').first().waitFor();
  return { top, frame, element, problems };
}

/** The frame's height attribute, and how far its document overflows its viewport. */
async function sizes(top: Page, frame: Frame) {
  const attribute = Number(await top.locator('iframe').getAttribute('height'));
  const overflow = await frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  return { attribute, overflow };
}

describe('the iframe embed on another origin', () => {
  it('sizes itself to its content through the documented listener, with no inner scrollbar, as the check moves on', async () => {
    const { top, frame, problems } = await open('/auto');
    expect(new URL(frame.url()).origin).toBe(baseURL);
    await expect.poll(async () => (await sizes(top, frame)).attribute).not.toBe(EMBED_HEIGHT);
    expect((await sizes(top, frame)).overflow).toBeLessThanOrEqual(0);
    await frame
      .locator('hamstring-check')
      .getByRole('button', { name: /^Start$/ })
      .click();
    await frame.locator('hamstring-check fieldset').first().waitFor();
    await expect.poll(async () => (await sizes(top, frame)).overflow).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await top.close();
  });

  it('can be completed by keyboard alone inside the frame, Tab entering it from the host page, and shows the result', async () => {
    const { top, frame, problems } = await open('/auto');
    const run = await completeFlow(asPage(frame, top), q, SITTING_BONE_ACHE, { keyboard: true });
    const result = frame.locator('hamstring-check [part~=urgency] h2');
    await expect.poll(() => result.textContent()).toBe(run.result.urgency.title);
    // The frame grew to the result's height: the whole result is on the host page, no scrollbar in the frame.
    await expect.poll(async () => (await sizes(top, frame)).overflow).toBeLessThanOrEqual(0);
    expect((await sizes(top, frame)).attribute).toBeGreaterThan(EMBED_HEIGHT);
    expect(problems).toEqual([]);
    await top.close();
  });

  it('keeps its fixed height without the listener and scrolls inside, the check still working', async () => {
    // The walk itself is the test above: this one resumes at the last question (the init script runs in
    // the frame too) and sends it from inside the fixed frame.
    const { top, frame } = await open('/fixed', (page) => resumeAtLastQuestion(page, q, SITTING_BONE_ACHE));
    const run = await sendResumed(asPage(frame, top));
    expect(run.result.urgency.level).toBeTruthy();
    await frame.locator('hamstring-check [part~=urgency] h2').waitFor();
    const { attribute, overflow } = await sizes(top, frame);
    expect(attribute).toBe(EMBED_HEIGHT);
    expect(overflow).toBeGreaterThan(0);
    await top.close();
  });
});
