import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { APP_VERSION } from '../../shared/version.ts';
import { VIGNETTE_ANSWERS } from '../shared/vignettes/answers.ts';
import { chromiumPerFile } from './chromium-per-file.ts';
import { embedScript, type HostServer, html, serveHost, strictCsp } from './host-server.ts';
import { completeFlow } from './widget-driver.ts';
import { type Opened, openPage, questionnaire, widget } from './widget-page.ts';

const baseURL = inject('baseURL');
const root = fileURLToPath(new URL('../..', import.meta.url));
const OTHER_LIT = `${baseURL}/test/other-lit.js`;

/** Resets everything, poisons every inherited text property and squats the widget's short variable names. */
const HOSTILE_CSS = `
*, *::before, *::after { all: unset !important; }
html {
  font: italic 700 30px/3 "Comic Sans MS", cursive !important;
  color: #f0f !important; background: #ff0 !important;
  letter-spacing: .3em !important; word-spacing: 1em !important; text-transform: uppercase !important;
  text-align: right !important; text-indent: 4em !important; white-space: pre !important;
  --a: red; --s: lime; --t: yellow; --c: blue; --m: red; --b: red;
}
button, input, svg, h2, p, ul, li { all: unset !important; display: inline !important; font-size: 40px !important; }
`;

const csp = strictCsp(baseURL);
const browser = chromiumPerFile();
let host: HostServer;
/** The other-lit element's script, bundled once for the file's pages. */
let otherLitCode: string;

beforeAll(async () => {
  otherLitCode = await otherLit();
  const script = embedScript(`${baseURL}/v1/hamstring-check.js`);
  host = await serveHost({
    '/hostile': html(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile host</title>
      <link rel="stylesheet" href="/reset.css"></head><body><main><h1>A hostile host page</h1>
      ${script}${script}
      ${embedScript(`${baseURL}/v/${APP_VERSION}/hamstring-check.js`)}${embedScript(OTHER_LIT)}
      <other-lit></other-lit><hamstring-check></hamstring-check><p>Text after the widget.</p></main></body></html>`,
      { 'Content-Security-Policy': csp },
    ),
    '/plain': html(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain host</title></head>
      <body><main><h1>A plain host page</h1>${script}<hamstring-check></hamstring-check></main></body></html>`,
      { 'Content-Security-Policy': csp },
    ),
    '/reset.css': { body: HOSTILE_CSS, type: 'text/css' },
  });
});
afterAll(async () => {
  await host?.close();
});

/** Another copy of Lit on the page: a tiny element bundled here, served from the widget's origin (the CSP allows only that). */
async function otherLit(): Promise<string> {
  const out = await build({
    stdin: {
      contents: `import { LitElement, html } from 'lit';
        class OtherLit extends LitElement { render() { return html\`<span>other Lit works</span>\`; } }
        customElements.define('other-lit', OtherLit);`,
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    write: false,
  });
  return out.outputFiles[0]?.text ?? '';
}

/** Opens a host page in dark mode, recording page errors and every CSP violation from the very start. */
async function openHost(path: string): Promise<Opened> {
  return openPage(browser(), `${host.url}${path}`, {
    width: 800,
    colorScheme: 'dark',
    async prepare(page) {
      await page.addInitScript(() => {
        const w = window as unknown as { before: string[] };
        w.before = Object.getOwnPropertyNames(window);
        document.addEventListener('securitypolicyviolation', (e) => {
          throw new Error(`CSP blocked ${e.violatedDirective}: ${e.blockedURI}`);
        });
      });
      await page.route(OTHER_LIT, (route) =>
        route.fulfill({
          body: otherLitCode,
          contentType: 'text/javascript',
          headers: { 'Access-Control-Allow-Origin': '*' },
        }),
      );
    },
  });
}

describe('<hamstring-check> on a page it does not control', () => {
  it('works on a hostile page: strict CSP, a global reset, the script three times, another Lit, dark mode', async () => {
    const { page, problems } = await openHost('/hostile');
    const w = widget(page);
    expect(await page.locator('other-lit').evaluate((el) => el.shadowRoot?.textContent)).toBe(
      'other Lit works',
    );
    expect(await page.locator('hamstring-check').count()).toBe(1);
    expect(await w.evaluate((el) => el.shadowRoot?.querySelectorAll('.w').length)).toBe(1);

    // The page's reset and poisoned inherited properties stop at the widget's edge.
    const look = await w.evaluate((el) => {
      const root = el.shadowRoot as ShadowRoot;
      const box = getComputedStyle(root.querySelector('.w') as Element);
      const h2 = getComputedStyle(root.querySelector('h2') as Element);
      const button = getComputedStyle(root.querySelector('button') as Element);
      return {
        background: box.backgroundColor,
        color: box.color,
        fontStyle: h2.fontStyle,
        family: h2.fontFamily,
        letterSpacing: h2.letterSpacing,
        transform: h2.textTransform,
        align: h2.textAlign,
        indent: h2.textIndent,
        whiteSpace: h2.whiteSpace,
        buttonHeight: Number.parseFloat(button.height),
        buttonBackground: button.backgroundColor,
      };
    });
    expect(look).toEqual({
      background: 'rgb(23, 25, 28)', // dark theme, from prefers-color-scheme
      color: 'rgb(236, 239, 243)',
      fontStyle: 'normal',
      family: 'system-ui, sans-serif',
      letterSpacing: 'normal',
      transform: 'none',
      align: 'start',
      indent: '0px',
      whiteSpace: 'normal',
      buttonHeight: 44,
      buttonBackground: 'rgb(138, 180, 248)',
    });

    const run = await completeFlow(page, await questionnaire(baseURL), VIGNETTE_ANSWERS['P05-cauda-equina'], {
      axeScope: 'hamstring-check',
    });
    expect(run.result.urgency.level).toBe('emergency');
    expect(problems).toEqual([]);
    await page.close();
  }, 90_000);

  it('defines no globals (not even Lit’s version lists: widget/scripts/lean-lit.ts), sets no cookie and stores nothing once the result shows', async () => {
    const { page, problems } = await openHost('/plain');
    await completeFlow(page, await questionnaire(baseURL), VIGNETTE_ANSWERS['P05-cauda-equina']);
    const added = await page.evaluate(() => {
      const before = new Set((window as unknown as { before: string[] }).before);
      // axe-core (and the core-js inside it) and this test's own list are ours, not the widget's.
      const testing = ['axe', '__core-js_shared__', 'before'];
      return Object.getOwnPropertyNames(window).filter(
        (name) => !before.has(name) && !testing.includes(name),
      );
    });
    expect(added).toEqual([]);
    expect(await page.evaluate(() => [document.cookie, sessionStorage.length, localStorage.length])).toEqual([
      '',
      0,
      0,
    ]);
    expect(await page.context().cookies()).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 90_000);
});
