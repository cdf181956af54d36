import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../shared/index.ts';

describe('GET /v1/health', () => {
  it('answers 200 with status ok and the release version', async () => {
    const res = await exports.default.fetch('https://hc.test/v1/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ status: 'ok', version: APP_VERSION });
  });
});
