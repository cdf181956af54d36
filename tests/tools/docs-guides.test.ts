/**
 * The guides of docs/ as the /docs page serves them (built in Node, since they are read from files): the
 * embed guide's parts, webhooks and API keys with curl, every in-page link resolving, and still no
 * script, no inline style and nothing from another origin.
 */
import { describe, expect, it } from 'vitest';
import { docsSite } from '../../worker/docs/site.ts';
import { loadGuides } from '../../worker/scripts/docs-guides.ts';

const guides = await loadGuides();
const html = docsSite(guides).find((f) => f.path === '/docs')?.body ?? '';

describe('the guides on /docs', () => {
  it.each([
    ['attributes', 'guide-attributes'],
    ['events', 'guide-events'],
    ['CSS custom properties', 'guide-css-custom-properties'],
    ['parts', 'guide-parts-and-slots'],
    ['the form field', 'guide-the-form-field'],
    ['the iframe', 'guide-the-iframe'],
    ['oEmbed', 'guide-oembed'],
    ['webhooks', 'guide-clinic-webhooks'],
    ['API keys', 'guide-api-keys-for-servers'],
    ['the clinic dashboard', 'guide-the-clinic-dashboard'],
  ])('has a section on %s', (_, id) => {
    expect(html).toContain(`id="${id}"`);
  });

  it('documents every attribute, event, custom property and the iframe listener', () => {
    for (const text of [
      '<code>lang</code>',
      '<code>clinic</code>',
      '<code>name</code>',
      '<code>required</code>',
    ])
      expect(html).toContain(text);
    for (const event of ['start', 'answer', 'complete', 'error'])
      expect(html).toContain(`hamstring-check:${event}`);
    for (const prop of ['--hc-accent', '--hc-surface', '--hc-font', '--hc-radius'])
      expect(html).toContain(prop);
    expect(html).toContain('hamstring-check:height');
    expect(html).toContain('frame-ancestors *');
  });

  it('shows API keys and webhook verification with runnable examples', () => {
    expect(html).toMatch(
      /curl -s https:\/\/YOUR-HOST\/v1\/triage[\s\S]*Authorization: Bearer \$HAMSTRING_CHECK_KEY/,
    );
    expect(html).toContain('webhook-signature');
    expect(html).toContain('new Webhook(process.env.HAMSTRING_CHECK_WEBHOOK_SECRET)');
  });

  it('links only to anchors that exist, and to nothing on another origin', () => {
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    for (const [, id] of html.matchAll(/href="#([^"]+)"/g)) expect(ids.has(id), id).toBe(true);
    for (const [, url] of html.matchAll(/\s(?:src|href)="([^"]*)"/g))
      expect(url, url).toMatch(/^(#|\/(?!\/))/);
  });

  it('still runs no script and has no inline style: the code samples are escaped text', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<style/i);
    expect(html).not.toMatch(/\sstyle="/i);
    expect(html).toContain('&lt;script type=&quot;module&quot;');
  });
});
