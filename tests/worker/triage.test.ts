import { describe, expect, it } from 'vitest';
import { triage } from '../../shared/index.ts';
import { TriageResultSchema } from '../../shared/schemas/index.ts';
import { VIGNETTE_ANSWERS } from '../shared/vignettes/answers.ts';
import { postTriage, SITTING_BONE_ACHE, triageBody } from './helpers.ts';

describe('POST /v1/triage', () => {
  it('returns what the runner reads for a realistic answer set', async () => {
    const res = await postTriage(triageBody());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const result = TriageResultSchema.parse(await res.json());
    expect(result.conditions[0]?.id).toBe('proximal-tendinopathy');
    expect(result.stretch.verdict).toBe('avoid');
    expect(result.urgency.reasons.length).toBeGreaterThan(0);
    expect(result.conditions[0]?.for.length).toBeGreaterThan(0);
    expect(result.plan.exercises.length).toBeGreaterThan(0);
    expect(result.clinicianSummary).toBeUndefined();
    expect(result.disclaimer).not.toBe('');
    expect(result.plan.exercises[0]?.sources.length).toBeGreaterThan(0);
  });

  it('returns exactly what the engine computes', async () => {
    const res = await postTriage(triageBody());
    expect(await res.json()).toEqual(triage({ lang: 'en', answers: SITTING_BONE_ACHE }, { expand: [] }));
  });

  it('is never cached and says its language', async () => {
    const res = await postTriage(triageBody(SITTING_BONE_ACHE, { lang: 'es' }));
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-language')).toBe('es');
    expect(TriageResultSchema.parse(await res.json()).lang).toBe('es');
  });

  it('gives the same JSON for the same request', async () => {
    const first = await (await postTriage(triageBody())).text();
    const second = await (await postTriage(triageBody())).text();
    expect(second).toBe(first);
  });

  it('defaults lang to English and accepts a charset parameter', async () => {
    const { lang: _lang, ...body } = triageBody();
    const res = await postTriage(body, { headers: { 'Content-Type': 'application/json; charset=UTF-8' } });
    expect(res.status).toBe(200);
    expect(TriageResultSchema.parse(await res.json()).lang).toBe('en');
  });

  it('escalates a red flag that ends the questionnaire early', async () => {
    const res = await postTriage(triageBody(VIGNETTE_ANSWERS['P05-cauda-equina']));
    const result = TriageResultSchema.parse(await res.json());
    expect(result.earlyExit).toBe(true);
    expect(result.urgency.level).toBe('emergency');
  });

  it('accepts an empty answer set', async () => {
    const res = await postTriage(triageBody({}));
    expect(res.status).toBe(200);
    TriageResultSchema.parse(await res.json());
  });
});
