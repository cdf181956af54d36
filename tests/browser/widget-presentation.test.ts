import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { VIGNETTE_ANSWERS } from '../shared/vignettes/answers.ts';
import { chromiumPerFile } from './chromium-per-file.ts';
import { type HostServer, serveHost, widgetHostPage } from './host-server.ts';
import { completeFlow, expectAccessible } from './widget-driver.ts';
import { heading, nextScreen, openPage, questionnaire, widget } from './widget-page.ts';

const baseURL = inject('baseURL');
const page = (lang: string, body: string) =>
  widgetHostPage(baseURL, lang, body, '<link rel="stylesheet" href="/host.css">');

const browser = chromiumPerFile();
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
    await p.evaluate(() => {
      const el = document.querySelector('hamstring-check') as Element;
      document.querySelector('aside')?.append(el);
      document.querySelector('main')?.prepend(el);
    });
    await sleep(500);
    expect(fetched).toHaveLength(1);
    expect(fetched[0]).toContain('lang=es');
    await p.close();
  });

  it('follows theme="dark" and theme="light" whatever the system says, and the host’s custom properties and parts', async () => {
    const p = await browser().newPage();
    await p.emulateMedia({ colorScheme: 'dark' });
    await p.goto(`${host.url}/themed`);
    const [dark, light] = [p.locator('hamstring-check').nth(0), p.locator('hamstring-check').nth(1)];
    await dark.locator('h2').waitFor();
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
        const w = window as unknown as { cls: number; definedAt: number };
        w.cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[])
            if (!e.hadRecentInput) w.cls += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        customElements.whenDefined('hamstring-check').then(() => (w.definedAt = performance.now()));
      });
      // A slow network: the page paints long before the widget's script has run.
      await p.route(`${baseURL}/v1/hamstring-check.js`, async (route) => {
        await sleep(1500);
        await route.continue();
      });
      await p.goto(`${baseURL}/`);
      await widget(p).locator('h2').waitFor();
      await sleep(500);
      const { cls, definedAt, paintedAt } = await p.evaluate(() => ({
        ...(window as unknown as { cls: number; definedAt: number }),
        paintedAt: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
      }));
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
    expect(await p.evaluate(() => navigator.clipboard.readText())).toBe(run.result.clinicianSummary.text);

    await p.emulateMedia({ media: 'print' });
    expect(await w.locator('[part~=summary] pre').isVisible()).toBe(true);
    for (const part of ['urgency', 'stretch', 'flags', 'safety'])
      expect(await w.locator(`[part~=${part}]`).isVisible(), part).toBe(false);
    expect(await w.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    await context.close();
  }, 60_000);

  it('lets the runner answer the questions that could change the result, then shows the new result', async () => {
    const { page: p } = await openPage(browser(), `${baseURL}/`);
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
    const run = await completeFlow(p, q, answers);
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
