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

  it('is cacheable: strong ETag, public max-age with stale-while-revalidate, Vary: Accept-Language', async () => {
    const res = await api('/v1/questionnaire');
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=86400');
    expect(res.headers.get('vary')).toBe('Accept-Language');
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
