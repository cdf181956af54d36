/**
 * The iframe page /embed and oEmbed (/oembed): framing policy, options, the iframe snippet as oEmbed's
 * html with maxwidth and maxheight honoured, a 404 problem for any URL that is not one of this site's
 * pages, and the discovery link on the demo pages.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_CLINIC_ID } from '../../worker/clinics/demo.ts';
import { accentStyle } from '../../worker/embed/page.ts';
import { CLINIC_SITE, putClinic } from './clinic-helpers.ts';
import { api, BASE, expectProblem } from './helpers.ts';

await putClinic();

const csp = (res: Response) => res.headers.get('content-security-policy') ?? '';

describe('GET /embed', () => {
  it('serves the widget alone, frameable by any site: frame-ancestors *, no X-Frame-Options', async () => {
    const res = await api('/embed');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(csp(res)).toContain('frame-ancestors *');
    expect(csp(res)).toContain("script-src 'self'");
    const html = await res.text();
    expect(html).toContain('<script type="module" src="/v1/hamstring-check.js"></script>');
    expect(html).toContain('<script src="/embed/height.js" defer></script>');
    expect(html).toMatch(/<hamstring-check lang="en"><\/hamstring-check>/);
    expect(html).not.toMatch(/<script>/);
  });

  it('passes lang and theme to the widget, and picks the language from Accept-Language without lang', async () => {
    const html = await (await api('/embed?lang=es-MX&theme=dark')).text();
    expect(html).toContain('<hamstring-check lang="es-MX" theme="dark">');
    expect(html).toContain('<html lang="es-MX">');
    const negotiated = await api('/embed', { headers: { 'Accept-Language': 'es-AR,es;q=0.9' } });
    expect(await negotiated.text()).toContain('<hamstring-check lang="es">');
    expect(negotiated.headers.get('vary')).toContain('Accept-Language');
  });

  it('ignores values it does not know rather than breaking the frame', async () => {
    const html = await (await api('/embed?lang=fr&theme=neon&clinic=%3Cscript%3E&accent=red')).text();
    expect(html).toContain('<hamstring-check lang="en"></hamstring-check>');
    expect(html).not.toContain('<style>');
  });

  it("lets only the clinic's own sites frame a clinic's branded frame", async () => {
    const res = await api(`/embed?clinic=${DEMO_CLINIC_ID}`);
    expect(csp(res)).toContain(`frame-ancestors 'self' ${CLINIC_SITE}`);
    expect(await res.text()).toContain(`clinic="${DEMO_CLINIC_ID}"`);
    const unknown = await api('/embed?clinic=no-such-clinic');
    expect(csp(unknown)).toContain('frame-ancestors *');
    expect(await unknown.text()).not.toContain('clinic=');
  });

  it('sets the accent colour with a style element its policy allows by hash, and nothing else inline', async () => {
    const res = await api('/embed?accent=B4451F');
    const { css, source } = await accentStyle('#b4451f');
    expect(await res.text()).toContain(`<style>${css}</style>`);
    expect(csp(res)).toContain(`style-src 'self' ${source}`);
  });
});

const oembed = (query: string) => api(`/oembed?${query}`);
const page = (path: string) => encodeURIComponent(`${BASE}${path}`);

describe('GET /oembed', () => {
  it('answers oEmbed 1.0 rich JSON for the demo blog post, its html the iframe snippet with the auto-height lines', async () => {
    const res = await oembed(`url=${page('/')}&format=json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'hamstring-check',
      provider_url: `${BASE}/`,
      width: 640,
      height: 640,
    });
    expect(body.html).toContain(`<iframe src="${BASE}/embed" `);
    expect(body.html).toContain('width="640" height="640"');
    expect(body.html).toContain(`e.origin !== '${BASE}'`);
  });

  it('embeds the demo clinic for its booking page, and keeps the options of an /embed URL', async () => {
    const clinic = (await (await oembed(`url=${page('/demo/clinic')}`)).json()) as { html: string };
    expect(clinic.html).toContain(`${BASE}/embed?clinic=${DEMO_CLINIC_ID}`);
    const url = page('/embed?theme=dark&lang=es&junk=1');
    const embed = (await (await oembed(`url=${url}`)).json()) as { html: string };
    expect(embed.html).toContain(`${BASE}/embed?lang=es&amp;theme=dark"`);
  });

  it('honours maxwidth and maxheight; with maxheight the frame keeps its height (no auto-height lines)', async () => {
    const small = (await (await oembed(`url=${page('/')}&maxwidth=320&maxheight=400`)).json()) as {
      width: number;
      height: number;
      html: string;
    };
    expect(small).toMatchObject({ width: 320, height: 400 });
    expect(small.html).toContain('width="320" height="400"');
    expect(small.html).not.toContain('<script>');
    const large = (await (await oembed(`url=${page('/')}&maxwidth=2000`)).json()) as { width: number };
    expect(large.width).toBe(640);
  });

  it.each([
    ['another site', 'https://evil.example/'],
    ['another page of this site', `${BASE}/docs`],
    ['this site over another scheme', BASE.replace('https:', 'http:')],
    ['something that is no URL', 'not a url'],
  ])('answers %s with a 404 problem naming the pages it covers', async (_, url) => {
    const problem = await expectProblem(await oembed(`url=${encodeURIComponent(url)}`), 404, 'not-found');
    expect(problem.detail).toContain(`${BASE}/demo/clinic`);
  });

  it('answers 400 without url or with a maxwidth that is not a number of pixels, and 501 for XML', async () => {
    await expectProblem(await oembed('format=json'), 400, 'invalid-request');
    await expectProblem(await oembed(`url=${page('/')}&maxwidth=-5`), 400, 'invalid-request');
    await expectProblem(await oembed(`url=${page('/')}&format=xml`), 501, 'not-implemented');
  });
});

describe('oEmbed discovery', () => {
  it.each(['/', '/demo/clinic'])('%s advertises its oEmbed URL in a link in its head', async (path) => {
    const res = await api(path);
    expect(res.status).toBe(200);
    const html = await res.text();
    const link = `<link rel="alternate" type="application/json+oembed" href="${BASE}/oembed?url=${page(path)}&amp;format=json"`;
    expect(html).toContain(link);
    expect(html.indexOf(link)).toBeLessThan(html.indexOf('</head>'));
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it.each(['/', '/demo/clinic'])('%s still answers a reload with the ETag it sent by 304', async (path) => {
    const etag = (await api(path)).headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    const res = await api(path, { headers: { 'If-None-Match': etag } });
    expect(res.status).toBe(304);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
