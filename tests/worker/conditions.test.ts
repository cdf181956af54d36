import { describe, expect, it } from 'vitest';
import { CONDITION_IDS } from '../../shared/index.ts';
import { ConditionInfoSchema } from '../../shared/schemas/index.ts';
import { ConditionListSchema } from '../../worker/schemas.ts';
import { api, expectProblem } from './helpers.ts';

describe('GET /v1/conditions', () => {
  it('lists every condition of the catalogue in the negotiated language', async () => {
    const res = await api('/v1/conditions', { headers: { 'Accept-Language': 'es-ES' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-language')).toBe('es');
    const list = ConditionListSchema.parse(await res.json());
    expect(list.lang).toBe('es');
    expect(list.conditions.map((c) => c.id)).toEqual([...CONDITION_IDS]);
  });

  it('is cacheable with an ETag and answers 304 when it is current', async () => {
    const res = await api('/v1/conditions');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=86400');
    expect(res.headers.get('vary')).toBe('Accept-Language');
    const etag = res.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const again = await api('/v1/conditions', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });

  it('answers 400 for an unsupported lang', async () => {
    await expectProblem(await api('/v1/conditions?lang=de'), 400, 'invalid-request');
  });
});

describe('GET /v1/conditions/:id', () => {
  it('serves one condition', async () => {
    const res = await api('/v1/conditions/proximal-tendinopathy?lang=en');
    expect(res.status).toBe(200);
    const info = ConditionInfoSchema.parse(await res.json());
    expect(info.id).toBe('proximal-tendinopathy');
    expect(info.stretching.verdict).toBe('avoid');
  });

  it('is cacheable with its own ETag and answers 304 when it is current', async () => {
    const one = await api('/v1/conditions/doms');
    const other = await api('/v1/conditions/si-joint');
    const etag = one.headers.get('etag') ?? '';
    expect(etag).not.toBe(other.headers.get('etag'));
    expect((await api('/v1/conditions/doms', { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });

  it('answers a 404 problem that lists the valid ids for an unknown id', async () => {
    const problem = await expectProblem(await api('/v1/conditions/hamstring-cramp'), 404, 'not-found');
    expect(problem.detail).toContain('"hamstring-cramp"');
    for (const id of CONDITION_IDS) expect(problem.detail).toContain(id);
  });

  it('does not echo a long unknown id in full', async () => {
    const problem = await expectProblem(await api(`/v1/conditions/${'x'.repeat(5000)}`), 404, 'not-found');
    expect(problem.detail.length).toBeLessThan(500);
  });
});
