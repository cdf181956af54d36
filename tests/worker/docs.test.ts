import { describe, expect, it } from 'vitest';
import { PROBLEM_SLUGS } from '../../worker/problems.ts';
import { siteFile } from './helpers.ts';

const res = siteFile('/docs');
const html = await res.text();
const doc = (await siteFile('/v1/openapi.json').json()) as {
  paths: Record<string, Record<string, { operationId: string }>>;
};

describe('GET /docs', () => {
  it('serves an HTML page under a strict CSP: no script at all, styles only from this origin', () => {
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('script-src');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('loads nothing from another origin and has no inline script or style', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<style/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/\son\w+=/i);
    for (const [, url] of html.matchAll(/\s(?:src|href)="([^"]*)"/g)) {
      expect(url, url).toMatch(/^(#|\/(?!\/))/);
    }
  });

  it('lists every endpoint of the OpenAPI document with its own anchor', () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        expect(html).toContain(`${method.toUpperCase()} ${path}`);
        expect(html).toContain(`id="op-${op.operationId}"`);
      }
    }
  });

  it('has a section for every problem type, where problem type URIs point', () => {
    for (const slug of PROBLEM_SLUGS) expect(html).toContain(`id="problem-${slug}"`);
  });

  it('documents the error format and shows examples', () => {
    expect(html).toContain('id="errors"');
    expect(html).toContain('application/problem+json');
    expect(html).toContain('<code>pointer</code>');
    expect(html).toContain('&quot;questionnaireVersion&quot;');
  });

  it('has no link to a missing anchor', () => {
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    for (const [, id] of html.matchAll(/href="#([^"]+)"/g)) expect(ids.has(id), id).toBe(true);
  });

  it('serves its stylesheet from the same origin, without imports or remote URLs', async () => {
    const css = siteFile('/docs/docs.css');
    expect(css.headers.get('content-type')).toBe('text/css');
    const text = await css.text();
    expect(text).not.toMatch(/@import|url\(|https?:/);
  });
});
