/**
 * The widget in headless Chromium against the local server (`wrangler dev`, as `npm start` runs it): time
 * from navigation to the first question visible (Start is pressed as soon as it shows) and from the last
 * answer to the result visible, requests and bytes over the wire, and the host page's cumulative layout
 * shift; median of RUNS cold runs, each in a fresh browser context. The floor, in the same run: the same
 * blog page with a minimal Lit element in place of the widget (bundled with the same esbuild).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { Question, Questionnaire } from '../../../shared/schemas/questionnaire.ts';
import { launchChromium } from '../../../tests/browser/chromium.ts';
import { type HostServer, serveHost } from '../../../tests/browser/host-server.ts';
import { startLocalServer } from '../../../tests/browser/local-server.ts';
import { answerByMouse, heading, pick, questionnaire, widget } from '../../../tests/browser/widget-page.ts';
import { VIGNETTE_ANSWERS } from '../../../tests/shared/vignettes/answers.ts';
import { median, round, table } from './stats.ts';

const RUNS = 7;
const VIGNETTE = 'P02-high-hamstring-tendinopathy';

interface Measure {
  ms: number;
  requests: number;
  kb: number;
  cls: number;
}

interface Network {
  cdp: CDPSession;
  totals: () => { requests: number; bytes: number };
}

/** Counts requests and their bytes on the wire through DevTools. */
async function trackNetwork(page: Page): Promise<Network> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  let requests = 0;
  let bytes = 0;
  cdp.on('Network.requestWillBeSent', () => requests++);
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  return { cdp, totals: () => ({ requests, bytes }) };
}

/** Layout shifts not caused by input, summed from the start of the page. */
async function watchLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean }>) {
        if (!e.hadRecentInput) w.__cls += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const cls = (page: Page) => page.evaluate(() => (window as unknown as { __cls: number }).__cls);

/** A time with what the page has loaded and how far it has shifted by now. */
async function measure(page: Page, net: Network, ms: number): Promise<Measure> {
  const { requests, bytes } = net.totals();
  return { ms, requests, kb: bytes / 1024, cls: await cls(page) };
}

type Check =
  | { kind: 'start' }
  | { kind: 'heading'; text: string }
  | { kind: 'left'; text: string }
  | { kind: 'result' }
  | { kind: 'floor' };

/**
 * The time in the page when a check first holds, tested every animation frame. A function, not a string:
 * Playwright runs functions through DevTools, outside the page's CSP (which forbids eval, rightly).
 */
async function when(page: Page, check: Check): Promise<number> {
  const handle = await page.waitForFunction(
    (c: Check) => {
      const r = document.querySelector('hamstring-check')?.shadowRoot;
      const headings = () => [...(r?.querySelectorAll('h2') ?? [])] as HTMLElement[];
      let ok = false;
      if (c.kind === 'start')
        ok = [...(r?.querySelectorAll('button') ?? [])].some((b) => b.textContent?.trim() === 'Start');
      else if (c.kind === 'heading')
        ok = headings().some((h) => h.textContent === c.text && h.offsetParent !== null);
      else if (c.kind === 'left')
        ok = !!r?.querySelector('.result') || headings().every((h) => h.textContent !== c.text);
      else if (c.kind === 'result') ok = !!r?.querySelector('.result');
      else
        ok = !!(
          document.querySelector('minimal-element')?.shadowRoot?.querySelector('h2') as HTMLElement | null
        )?.offsetParent;
      return ok && performance.now();
    },
    check,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** A cold page on the demo, watched for layout shifts and network from before its first byte. */
async function openMeasured(browser: Browser, base: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await watchLayoutShift(page);
  const net = await trackNetwork(page);
  await page.goto(`${base}/`, { waitUntil: 'commit' });
  return { context, page, net };
}

async function widgetRun(
  browser: Browser,
  base: string,
  q: Questionnaire,
): Promise<{ intro: Measure; first: Measure; result: Measure }> {
  const { context, page, net } = await openMeasured(browser, base);
  const intro = await measure(page, net, await when(page, { kind: 'start' }));
  await widget(page).getByRole('button', { name: 'Start' }).click();
  // The interview's first step, which the questionnaire carries: no request between Start and it.
  const firstQuestion = q.questions.find((x) => x.id === q.start.next) as Question;
  const first = await measure(page, net, await when(page, { kind: 'heading', text: firstQuestion.text }));

  const answers = VIGNETTE_ANSWERS[VIGNETTE];
  let lastClickAt = 0;
  for (;;) {
    const text = await heading(page);
    if (await widget(page).locator('.result').count()) break;
    const question = q.questions.find((x) => x.text === text);
    if (!question) throw new Error(`unexpected screen "${text}"`);
    lastClickAt = await page.evaluate(() => performance.now());
    await answerByMouse(page, question, pick(question, answers), q, answers);
    await when(page, { kind: 'left', text });
  }
  // The whole flow's requests and bytes, but the time from the last answer.
  const result = await measure(page, net, (await when(page, { kind: 'result' })) - lastClickAt);
  await net.cdp.detach();
  await context.close();
  return { intro, first, result };
}

/** The blog page with a minimal Lit element instead of the widget, on a second local server. */
async function floorHost(): Promise<HostServer> {
  const bundle = await build({
    stdin: {
      contents: `import { LitElement, html, css } from 'lit';
        class MinimalElement extends LitElement {
          static styles = css\`:host { display: block; min-height: 400px; }\`;
          render() { return html\`<h2>Pain at the back of your thigh?</h2><button>Start</button>\`; }
        }
        if (!customElements.get('minimal-element')) customElements.define('minimal-element', MinimalElement);`,
      resolveDir: new URL('../../../', import.meta.url).pathname,
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
  });
  const blog = readFileSync(new URL('../../../widget/demo/blog.html', import.meta.url), 'utf8')
    .replace(
      /<script type="module" src="\/v1\/hamstring-check.js"><\/script>/,
      '<script type="module" src="/minimal.js"></script>',
    )
    .replace(/<hamstring-check([^>]*)><\/hamstring-check>/, '<minimal-element></minimal-element>');
  // Compressed like the local server compresses, so the bytes compare.
  const gz = (body: string, type: string) => ({
    body: gzipSync(body),
    type,
    headers: { 'Content-Encoding': 'gzip' },
  });
  return serveHost({
    '/': gz(blog, 'text/html; charset=utf-8'),
    '/minimal.js': gz(bundle.outputFiles[0]?.text ?? '', 'text/javascript'),
    '/demo/demo.css': gz(
      readFileSync(new URL('../../../widget/demo/demo.css', import.meta.url), 'utf8'),
      'text/css',
    ),
    '/demo/favicon.svg': {
      body: readFileSync(new URL('../../../widget/demo/favicon.svg', import.meta.url), 'utf8'),
      type: 'image/svg+xml',
    },
  });
}

async function floorRun(browser: Browser, base: string): Promise<Measure> {
  const { context, page, net } = await openMeasured(browser, base);
  const floor = await measure(page, net, await when(page, { kind: 'floor' }));
  await net.cdp.detach();
  await context.close();
  return floor;
}

export async function browserBenchmark(): Promise<{ markdown: string; summary: Record<string, number> }> {
  const server = await startLocalServer();
  const floor = await floorHost();
  const browser = await launchChromium();
  try {
    const q = await questionnaire(server.url);
    await widgetRun(browser, server.url, q); // warm the server, not the browser (each run is a fresh context)
    const runs: Array<{ intro: Measure; first: Measure; result: Measure }> = [];
    const floors: Measure[] = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(await widgetRun(browser, server.url, q));
      floors.push(await floorRun(browser, floor.url));
    }
    const med = (pick: (m: Measure) => number, ms: Measure[]) => median(ms.map(pick));
    const row = (name: string, ms: Measure[], digits = 0) => [
      name,
      round(
        med((m) => m.ms, ms),
        digits,
      ),
      round(
        med((m) => m.requests, ms),
        0,
      ),
      round(
        med((m) => m.kb, ms),
        1,
      ),
      round(
        med((m) => m.cls, ms),
        4,
      ),
    ];
    const firsts = runs.map((r) => r.first);
    const results = runs.map((r) => r.result);
    const markdown = [
      table(
        [`Measure (median of ${RUNS} cold runs)`, 'ms', 'Requests', 'KB on the wire', 'Layout shift (CLS)'],
        [
          row(
            'Blog page with the widget: navigation → widget visible (its intro)',
            runs.map((r) => r.intro),
          ),
          row('Same page: navigation → first question visible', firsts),
          row(`Same page: last answer → result visible (${VIGNETTE}, whole flow totals)`, results),
          row('Floor, same blog page with a minimal Lit element: navigation → element visible', floors),
        ],
      ),
      '',
      `Start is pressed as soon as it shows, so the first-question time includes fetching the questionnaire. Requests and bytes count everything the page loads (HTML, CSS, favicon, script, API calls). 1280 × 900 viewport; local server, so network latency is near zero: the times show the work, not a real network. The floor's element reserves no height before its script runs, hence its layout shift; the demo page reserves the widget's (docs/embedding.md, "The script").`,
    ].join('\n');
    return {
      markdown,
      summary: {
        firstQuestionMs: med((m) => m.ms, firsts),
        resultMs: med((m) => m.ms, results),
        floorMs: med((m) => m.ms, floors),
        cls: med((m) => m.cls, results),
      },
    };
  } finally {
    await browser.close();
    await floor.close();
    await server.stop();
  }
}
