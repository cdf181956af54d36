import { describe, expect, it } from 'vitest';
import { APP_VERSION, QUESTIONNAIRE_VERSION } from '../../shared/index.ts';
import { api } from './helpers.ts';

describe('GET /v1/health', () => {
  it('answers 200 with status ok, the release and the current questionnaire version', async () => {
    const res = await api('/v1/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({
      status: 'ok',
      version: APP_VERSION,
      questionnaireVersion: QUESTIONNAIRE_VERSION,
    });
  });

  it('gives every response a request id and nosniff', async () => {
    const res = await api('/v1/health');
    expect(res.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('chooses the request id itself: an X-Request-Id sent by the client is not echoed or used', async () => {
    const res = await api('/v1/health', { headers: { 'X-Request-Id': 'chosen-by-the-client' } });
    expect(res.headers.get('x-request-id')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
  });
});
