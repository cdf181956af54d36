import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { VIGNETTE_ANSWERS } from '../shared/vignettes/answers.ts';
import { chromiumPerFile } from './chromium-per-file.ts';
import { type HostServer, serveHost, widgetHostPage } from './host-server.ts';
import { completeFlow, expectAccessible, resumeAtLastQuestion, sendResumed } from './widget-driver.ts';
import { heading, nextScreen, openPage, questionnaire, widget } from './widget-page.ts';

const baseURL = inject('baseURL');
const page = (lang: string, body: string) =>
  widgetHostPage(baseURL, lang, body, '<link rel="stylesheet" href="/host.css">');

const browser = chromiumPerFile();

/** The widget as a Lit element: `updateComplete` settles once it has rendered its latest state. */
type Rendered = HTMLElement & { updateComplete: Promise<boolean> };

/** What the layout-shift test keeps on the page's window. */
interface Shifts {
  cls: number;
  definedAt: number;
  shifts: PerformanceObserver;
  add(entries: PerformanceEntryList): void;
}
let host: HostServer;

beforeAll(async () => {
  host = await serveHost({
    '/es': page('es', '<hamstring-check></hamstring-check>'),
    '/es-attribute': page('en', '<hamstring-check lang="es-MX"></hamstring-check>'),
    '/scripted': page('en', '<aside></aside>'),
    '/themed': page(
      'en',
      '<hamstring-check theme="dark" class="brand"></hamstring-check><hamstring-check theme="light"></hamstring-check>',
    ),
    '/host.css': {
      type: 'text/css',
      body: `.brand { --hc-accent: #ffd166; --hc-accent-text: #1b1f24; --hc-radius: 0px; }
        .brand::part(primary) { text-transform: uppercase; }`,
    },
  });
});
afterAll(async () => {
  await host?.close();
});

describe('<hamstring-check> language, theme and fit', () => {
  it('speaks Spanish on a Spanish page: its own words, the questions and the result', async () => {
    const { page: p } = await openPage(browser(), `${host.url}/es`);
    const es = await questionnaire(baseURL, 'es');
    expect(await heading(p)).toBe('¿Dolor en la parte de atrás del muslo?');
    const run = await completeFlow(p, es, VIGNETTE_ANSWERS['P05-cauda-equina']);
    expect(run.request.lang).toBe('es');
    expect(run.result.lang).toBe('es');
    expect(await heading(p)).toBe(run.result.urgency.title);
    expect(await widget(p).locator('[part~=flags] h3').textContent()).toBe('Por qué es urgente');
    expect(await widget(p).getByRole('button', { name: 'Empezar de nuevo' }).count()).toBe(1);
    expect(await widget(p).locator('.w').getAttribute('lang')).toBe('es');
    await p.close();
  }, 60_000);

  it('takes its language from its own lang attribute first (es-MX counts as Spanish)', async () => {
    const { page: p } = await openPage(browser(), `${host.url}/es-attribute`);
    expect(await widget(p).getByRole('button', { name: 'Empezar' }).count()).toBe(1);
    await widget(p).evaluate((el) => el.setAttribute('lang', 'en'));
    await expect.poll(() => heading(p)).toBe('Pain at the back of your thigh?');
    await p.close();
  });

  it('speaks the language a script sets just after adding it, and fetches the questionnaire once however the page moves it', async () => {
    const p = await browser().newPage();
    const fetched: string[] = [];
    await p.route(`${baseURL}/v1/questionnaire*`, (route) => {
      fetched.push(route.request().url());
      return route.continue();
    });
    await p.goto(`${host.url}/scripted`);
    await p.evaluate(async () => {
      await customElements.whenDefined('hamstring-check');
      const el = document.createElement('hamstring-check');
      document.querySelector('main')?.append(el);
      el.setAttribute('lang', 'es');
    });
    await widget(p).getByRole('button', { name: 'Empezar' }).waitFor();
    // Moved twice, then a request of the page's own: anything the moves made the widget fetch comes first.
    const probe = `${baseURL}/v1/health?probe`;
    await p.evaluate(async (url) => {
      const el = document.querySelector('hamstring-check') as Rendered;
      document.querySelector('aside')?.append(el);
      document.querySelector('main')?.prepend(el);
      await el.updateComplete;
      await fetch(url);
    }, probe);
    expect(fetched).toHaveLength(1);
    expect(fetched[0]).toContain('lang=es');
    await p.close();
  });

  it('shows the language set last when the page switches quickly and the first language’s questionnaire is still on its way', async () => {
    const p = await browser().newPage();
    const isEnglish = (r: Request) => r.url() === `${baseURL}/v1/questionnaire?lang=en`;
    // How the English request ends: the widget aborts it, or (without AbortSignal.any) it answers late.
    const englishEnded = new Promise<string>((resolve) => {
      p.on('requestfailed', (r) => isEnglish(r) && resolve(r.failure()?.errorText ?? 'failed'));
      p.on('requestfinished', (r) => isEnglish(r) && resolve('finished'));
    });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await p.route(`${baseURL}/v1/questionnaire?lang=en`, async (route) => {
      await held;
      await route.continue().catch(() => {}); // an aborted request has nothing left to continue
    });
    await p.goto(`${host.url}/scripted`);
    await p.evaluate(async () => {
      await customElements.whenDefined('hamstring-check');
      const el = document.createElement('hamstring-check') as Rendered;
      document.querySelector('main')?.append(el);
      await el.updateComplete; // rendered: the English questionnaire is on its way
      el.setAttribute('lang', 'es');
    });
    await widget(p).getByRole('button', { name: 'Empezar' }).waitFor();
    release();
    expect(await englishEnded).toBe('net::ERR_ABORTED');
    expect(await heading(p)).toBe('¿Dolor en la parte de atrás del muslo?');
    expect(await widget(p).locator('.w').getAttribute('lang')).toBe('es');
    await p.close();
  });

  it('follows theme="dark" and theme="light" whatever the system says, and the host’s custom properties and parts', async () => {
    const p = await browser().newPage();
    await p.emulateMedia({ colorScheme: 'dark' });
    await p.goto(`${host.url}/themed`);
    const [dark, light] = [p.locator('hamstring-check').nth(0), p.locator('hamstring-check').nth(1)];
    // Each widget fetches its own questionnaire: wait until both show their Start button.
    for (const el of [dark, light]) await el.locator('.primary').waitFor();
    const look = (el: typeof dark) =>
      el.evaluate((host) => {
        const root = host.shadowRoot as ShadowRoot;
        const w = getComputedStyle(root.querySelector('.w') as Element);
        const b = getComputedStyle(root.querySelector('.primary') as Element);
        return [w.backgroundColor, b.backgroundColor, b.color, b.textTransform, b.borderTopLeftRadius];
      });
    expect(await look(dark)).toEqual([
      'rgb(23, 25, 28)',
      'rgb(255, 209, 102)',
      'rgb(27, 31, 36)',
      'uppercase',
      '0px',
    ]);
    expect(await look(light)).toEqual([
      'rgb(255, 255, 255)',
      'rgb(11, 92, 173)',
      'rgb(255, 255, 255)',
      'none',
      '7.2px',
    ]);
    await expectAccessible(p, 'two themed widgets');
    await p.close();
  });

  for (const width of [1280, 320]) {
    it(`reserves its first screen’s height at ${width} px, so the page does not move when the script arrives late`, async () => {
      // Tall enough that the widget and the text after it are on screen: shifts out of view do not count.
      const p = await browser().newPage({ viewport: { width, height: 2400 } });
      await p.addInitScript(() => {
        const w = window as unknown as Shifts;
        w.cls = 0;
        w.add = (entries) => {
          for (const e of entries as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!e.hadRecentInput) w.cls += e.value;
        };
        w.shifts = new PerformanceObserver((list) => w.add(list.getEntries()));
        w.shifts.observe({ type: 'layout-shift', buffered: true });
        customElements.whenDefined('hamstring-check').then(() => (w.definedAt = performance.now()));
      });
      // A slow network: the widget's script arrives only once the page has painted.
      await p.route(`${baseURL}/v1/hamstring-check.js`, async (route) => {
        await p.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
        await route.continue();
      });
      await p.goto(`${baseURL}/`);
      await widget(p).locator('h2').waitFor();
      const { cls, definedAt, paintedAt } = await p.evaluate(async () => {
        // A shift is recorded with the frame that made it: two frames after the intro shows, every shift
        // it caused is recorded, delivered to the observer or still queued for it.
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        const w = window as unknown as Shifts;
        w.add(w.shifts.takeRecords());
        return {
          cls: w.cls,
          definedAt: w.definedAt,
          paintedAt: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
        };
      });
      expect(paintedAt).toBeLessThan(definedAt);
      expect(cls).toBeLessThan(0.01);
      await p.close();
    });
  }

  it('prints only the clinician summary, and Copy puts the summary on the clipboard', async () => {
    const context = await browser().newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const p = await context.newPage();
    await p.goto(`${baseURL}/`);
    await widget(p).locator('h2').waitFor();
    const run = await completeFlow(p, await questionnaire(baseURL), VIGNETTE_ANSWERS['P05-cauda-equina']);
    const w = widget(p);
    await w.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => w.locator('[part~=summary] button').first().textContent()).toBe('Copied');
    expect(await p.evaluate(() => navigator.clipboard.readText())).toBe(run.result.clinicianSummary?.text);

    await p.emulateMedia({ media: 'print' });
    expect(await w.locator('[part~=summary] pre').isVisible()).toBe(true);
    for (const part of ['urgency', 'stretch', 'flags', 'safety'])
      expect(await w.locator(`[part~=${part}]`).isVisible(), part).toBe(false);
    expect(await w.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    await context.close();
  }, 60_000);

  it('lets the runner answer the questions that could change the result, then shows the new result', async () => {
    // P11 (pain for months, a first episode) with every check answered "I did not try it": the standing
    // hamstring test could still change the leader.
    const answers = {
      ...Object.fromEntries(
        Object.entries(VIGNETTE_ANSWERS['P11-ischial-bursitis']).filter(([id]) => !id.startsWith('st-')),
      ),
      since: 'months-3-plus',
      previous: 'no',
    };
    const q = await questionnaire(baseURL);
    const { page: p } = await openPage(browser(), `${baseURL}/`, {
      prepare: (page) => resumeAtLastQuestion(page, q, answers),
    });
    const run = await sendResumed(p);
    expect(run.result.unknowns.map((u) => u.question)).toEqual(['st-puranen']);
    const before = await heading(p);
    await widget(p).getByRole('button', { name: 'Answer these' }).click();
    await nextScreen(p, before);
    const puranen = q.questions.find((x) => x.id === 'st-puranen');
    expect(await heading(p)).toBe(puranen?.text);
    expect(await widget(p).locator('[part~=self-test]').textContent()).toContain(puranen?.stop);
    await expectAccessible(p, 'a self-test reopened from the result');
    const resubmitted = p.waitForRequest((r) => r.url().endsWith('/v1/triage'));
    await widget(p).getByRole('radio', { name: 'Yes' }).check();
    await widget(p).getByRole('button', { name: 'See my result' }).click();
    expect((await resubmitted).postDataJSON().answers).toEqual({
      ...run.request.answers,
      'st-puranen': 'yes',
    });
    await nextScreen(p, puranen?.text ?? '');
    expect(await widget(p).locator('.result').count()).toBe(1);
    await p.close();
  }, 90_000);
});
