import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRE_VERSION } from '../../shared/index.ts';
import { QuestionnaireSchema } from '../../shared/schemas/index.ts';
import { api, errorsByPointer, expectProblem } from './helpers.ts';

describe('GET /v1/questionnaire', () => {
  it('serves the questionnaire in English by default, with its version', async () => {
    const res = await api('/v1/questionnaire');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-language')).toBe('en');
    const questionnaire = QuestionnaireSchema.parse(await res.json());
    expect(questionnaire).toMatchObject({ version: QUESTIONNAIRE_VERSION, lang: 'en' });
    expect(questionnaire.questions.length).toBeGreaterThan(10);
  });

  it('is cacheable at the edge: strong ETag, an hour in shared caches, stale-while-revalidate, Vary: Accept-Language', async () => {
    const res = await api('/v1/questionnaire');
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/);
    expect(res.headers.get('cache-control')).toBe(
      'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400',
    );
    expect(res.headers.get('vary')).toBe('Accept-Language');
  });

  it('serves the same bytes and ETag to every request in a language', async () => {
    const [a, b] = await Promise.all([api('/v1/questionnaire?lang=es'), api('/v1/questionnaire?lang=es')]);
    expect(a.headers.get('etag')).toBe(b.headers.get('etag'));
    expect(await a.text()).toBe(await b.text());
  });

  it('carries the first step, so a client shows the first question without another request', async () => {
    const questionnaire = QuestionnaireSchema.parse(await (await api('/v1/questionnaire')).json());
    const first = questionnaire.questions.find((q) => q.id === questionnaire.start.next);
    expect(first, 'start.next names a question of this questionnaire').toBeDefined();
    expect(questionnaire.start.answered).toBe(0);
  });

  it('answers a 304 with what a cross-origin page and a shared cache need to reuse their copy', async () => {
    const full = await api('/v1/questionnaire?lang=es');
    const res = await api('/v1/questionnaire?lang=es', {
      headers: { 'If-None-Match': full.headers.get('etag') ?? '', Origin: 'https://running-blog.example' },
    });
    expect(res.status).toBe(304);
    for (const header of ['etag', 'cache-control', 'vary', 'content-language'])
      expect(res.headers.get(header), header).toBe(full.headers.get(header));
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toBe('ETag,Retry-After,X-Request-Id');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers 304 without a body when If-None-Match holds the current ETag, weak or strong', async () => {
    const etag = (await api('/v1/questionnaire')).headers.get('etag') ?? '';
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const res = await api('/v1/questionnaire', { headers: { 'If-None-Match': ifNoneMatch } });
      expect(res.status, ifNoneMatch).toBe(304);
      expect(await res.text()).toBe('');
      expect(res.headers.get('etag')).toBe(etag);
      expect(res.headers.get('cache-control')).toMatch(/^public/);
    }
    const stale = await api('/v1/questionnaire', { headers: { 'If-None-Match': '"0123"' } });
    expect(stale.status).toBe(200);
  });

  it('gives each language its own ETag', async () => {
    const en = await api('/v1/questionnaire?lang=en');
    const es = await api('/v1/questionnaire?lang=es');
    expect(en.headers.get('etag')).not.toBe(es.headers.get('etag'));
    const cross = await api('/v1/questionnaire?lang=es', {
      headers: { 'If-None-Match': en.headers.get('etag') ?? '' },
    });
    expect(cross.status).toBe(200);
  });

  it('takes the language from the lang parameter before Accept-Language', async () => {
    const res = await api('/v1/questionnaire?lang=es', { headers: { 'Accept-Language': 'en' } });
    expect(res.headers.get('content-language')).toBe('es');
    expect(QuestionnaireSchema.parse(await res.json()).lang).toBe('es');
  });

  it.each([
    ['es-MX,es;q=0.9', 'es'],
    ['es', 'es'],
    ['fr-FR,fr;q=0.9,es;q=0.5', 'es'],
    ['en-GB,es;q=0.9', 'en'],
    ['es;q=0.2,en;q=0.8', 'en'],
    ['de,fr', 'en'],
    ['es;q=0,*', 'en'],
    ['', 'en'],
  ])('negotiates Accept-Language %j to %s', async (acceptLanguage, lang) => {
    const res = await api('/v1/questionnaire', { headers: { 'Accept-Language': acceptLanguage } });
    expect(res.headers.get('content-language')).toBe(lang);
    expect(QuestionnaireSchema.parse(await res.json()).lang).toBe(lang);
  });

  it('answers 400 naming the allowed values for an unsupported lang', async () => {
    for (const lang of ['fr', 'EN', '', 'es-MX']) {
      const res = await api(`/v1/questionnaire?lang=${lang}`);
      const problem = await expectProblem(res, 400, 'invalid-request');
      expect(problem.detail).toContain('"en", "es"');
      expect(errorsByPointer(problem)).toEqual({ '?lang': 'must be one of "en", "es"' });
    }
  });

  it('answers HEAD like GET without a body', async () => {
    const res = await api('/v1/questionnaire', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toMatch(/^"/);
    expect(await res.text()).toBe('');
  });
});
