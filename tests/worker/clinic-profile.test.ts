import { afterEach, describe, expect, it, vi } from 'vitest';
import { URGENCY_LEVELS } from '../../shared/index.ts';
import { PublicClinicProfileSchema } from '../../worker/schemas.ts';
import { brokenKv, CLINIC_SITE, OTHER_SITE, putClinic, settled, withBindings } from './clinic-helpers.ts';
import { api, expectProblem, jsonPost, triageBody } from './helpers.ts';

afterEach(() => vi.restoreAllMocks());

const { clinic } = await putClinic();
const path = `/v1/clinics/${clinic.id}`;

describe('GET /v1/clinics/:id', () => {
  it('serves the public profile: no token hash, no allowed origins, no bookkeeping dates', async () => {
    const res = await api(path);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    PublicClinicProfileSchema.parse(body);
    expect(body).toMatchObject({
      id: 'riverside-physio',
      name: 'Riverside Sports Physiotherapy',
      phone: '01632 960000',
      tel: 'tel:01632960000',
      accent: '#0f6e6a',
      defaultLang: 'en',
    });
    expect(Object.keys(body).sort()).toEqual(
      ['accent', 'bookingUrl', 'callToAction', 'defaultLang', 'id', 'name', 'phone', 'tel'].sort(),
    );
    const text = JSON.stringify(body);
    for (const secret of [clinic.statsTokenHash, clinic.createdAt, 'statsToken', 'origins', 'shareParam'])
      expect(text).not.toContain(secret);
  });

  it('lets one of the allowed origins read it, naming that origin and varying on Origin', async () => {
    const res = await api(path, { headers: { Origin: CLINIC_SITE } });
    expect(res.headers.get('access-control-allow-origin')).toBe(CLINIC_SITE);
    expect(res.headers.get('vary')).toContain('Origin');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('gives a page that is not allowed no CORS header at all, so its browser withholds the profile', async () => {
    for (const origin of [
      OTHER_SITE,
      'null',
      `${CLINIC_SITE}.evil.example`,
      'http://www.riverside-physio.example',
    ]) {
      const res = await api(path, { headers: { Origin: origin } });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin'), origin).toBeNull();
      expect(res.headers.get('vary')).toContain('Origin');
    }
  });

  it('answers a request without Origin (same-origin page, curl) with the profile', async () => {
    const res = await api(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('is cacheable briefly: a profile holds nothing secret and changes rarely', async () => {
    expect((await api(path)).headers.get('cache-control')).toBe('public, max-age=60');
  });

  it.each(['no-such-clinic', 'Riverside-Physio', '-bad-', 'a'.repeat(65)])(
    'answers an unknown clinic id (%s) with a 404 problem and no CORS header',
    async (id) => {
      const res = await api(`/v1/clinics/${id}`, { headers: { Origin: CLINIC_SITE } });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      // Whether a page may read even a 404 depends on the page: shared caches must keep them apart.
      expect(res.headers.get('vary')).toContain('Origin');
      const problem = await expectProblem(res, 404, 'not-found');
      expect(problem.detail).toContain('no clinic');
    },
  );

  it('leads with urgent care for same-day and emergency results, and books the levels the clinic books', async () => {
    const { callToAction } = (await (await api(path)).json()) as { callToAction: Record<string, string> };
    expect(Object.keys(callToAction).sort()).toEqual([...URGENCY_LEVELS].sort());
    expect(callToAction).toEqual({
      'self-care': 'book-if-not-better',
      routine: 'book',
      'within-week': 'book',
      'same-day': 'urgent-care',
      emergency: 'urgent-care',
    });
  });

  it('books self-care outright only when the clinic lists it, and gives the advice for levels it does not book', async () => {
    await putClinic({ id: 'self-care-clinic', bookingLevels: ['self-care', 'routine'] });
    const { callToAction } = (await (await api('/v1/clinics/self-care-clinic')).json()) as {
      callToAction: Record<string, string>;
    };
    expect(callToAction).toMatchObject({ 'self-care': 'book', routine: 'book', 'within-week': 'advice' });
    expect(callToAction['same-day']).toBe('urgent-care');
  });

  it('answers 503 when the profile store fails, while triage for that clinic still succeeds', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = withBindings({ CLINICS: brokenKv });
    const res = await settled(path, {}, broken);
    expect(res.headers.get('retry-after')).toBe('60');
    const problem = await expectProblem(res, 503, 'service-unavailable');
    expect(problem.detail).toContain('unbranded');
    const triage = await settled(`/v1/triage?clinic=${clinic.id}`, jsonPost(triageBody()), broken);
    expect(triage.status).toBe(200);
  });

  it('treats a stored profile that fails the schema as unavailable, never as data to serve', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { env } = await import('cloudflare:workers');
    await env.CLINICS.put(
      'hand-edited',
      JSON.stringify({ id: 'hand-edited', name: '<b>x</b>', bookingUrl: 'javascript:alert(1)' }),
    );
    const res = await api('/v1/clinics/hand-edited');
    await expectProblem(res, 503, 'service-unavailable');
    expect(log).toHaveBeenCalledWith('clinic profile hand-edited does not pass the profile schema');
  });

  it('accepts only GET and HEAD', async () => {
    const res = await api(path, { method: 'POST' });
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    await expectProblem(res, 405, 'method-not-allowed');
  });
});
