/**
 * API keys on POST /v1/triage: keyless public use unchanged; a valid key from a server gets its own,
 * higher limit and is counted per key; a bad, revoked or page-borne key is refused with a problem that
 * says what to do.
 */
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KEYED_TRIAGE_LIMIT } from '../../worker/http/limits.ts';
import { type ApiKeyRecord, newApiKey } from '../../worker/keys/api-key.ts';
import { readKeyUsage } from '../../worker/keys/store.ts';
import { sha256Hex } from '../../worker/secrets.ts';
import { brokenKv, settled, today, withBindings } from './clinic-helpers.ts';
import { expectProblem, inOneWindow, jsonPost, postTriage, preflight, triageBody } from './helpers.ts';

afterEach(() => vi.restoreAllMocks());

/** Stores a key as `npm run clinic -- create-key` does; returns the key and its record. */
async function putKey(extra: Partial<ApiKeyRecord> = {}) {
  const { id, key } = newApiKey();
  const record: ApiKeyRecord = {
    id,
    clinic: 'riverside-physio',
    label: 'booking server',
    hash: await sha256Hex(key),
    createdAt: new Date().toISOString(),
    ...extra,
  };
  await env.API_KEYS.put(id, JSON.stringify(record));
  return { key, record };
}

/** The key with its last symbol changed (to one it surely is not). */
const otherLastSymbol = (key: string) => `${key.slice(0, -1)}${key.endsWith('0') ? '1' : '0'}`;

const bearer = (key: string, extra: Record<string, string> = {}) => ({
  headers: { Authorization: `Bearer ${key}`, ...extra },
});

describe('API keys on POST /v1/triage', () => {
  it('answers a server that sends a valid key, and counts its requests per key and day', async () => {
    const { key, record } = await putKey();
    for (let i = 0; i < 3; i++) {
      const res = await settled(
        '/v1/triage',
        jsonPost(triageBody(), { Authorization: `Bearer ${key}`, 'CF-Connecting-IP': '203.0.113.9' }),
      );
      expect(res.status).toBe(200);
    }
    expect(await readKeyUsage(env.DB, record.clinic, today(), today())).toEqual([
      { id: record.id, requests: 3 },
    ]);
  });

  it("lets a key's holder past the 60 a minute of one IP, which still holds for keyless calls", async () => {
    const { key } = await putKey();
    const { ip, statuses, limited } = await inOneWindow(60, async (ip) => {
      const statuses: number[] = [];
      for (let i = 0; i < 60; i++) statuses.push((await postTriage(triageBody(), { ip })).status);
      return { ip, statuses, limited: await postTriage(triageBody(), { ip }) };
    });
    expect(statuses).toEqual(Array(60).fill(200));
    await expectProblem(limited, 429, 'rate-limited');
    for (let i = 0; i < 61; i++)
      expect((await postTriage(triageBody(), { ip, ...bearer(key) })).status).toBe(200);
  });

  it(`answers 429 naming the key's limit of ${KEYED_TRIAGE_LIMIT.limit} a minute when it is used up`, async () => {
    const { key } = await putKey();
    const spent = { limit: async () => ({ success: false }) } as unknown as RateLimit;
    const res = await settled(
      '/v1/triage',
      jsonPost(triageBody(), { Authorization: `Bearer ${key}` }),
      withBindings({ KEYED_TRIAGE_LIMITER: spent }),
    );
    const problem = await expectProblem(res, 429, 'rate-limited');
    expect(problem.detail).toContain(`${KEYED_TRIAGE_LIMIT.limit} a minute`);
    expect(res.headers.get('retry-after')).toBe('60');
  });

  it('refuses a revoked key with a 401 that says it was revoked and how to get another', async () => {
    const { key } = await putKey({ revokedAt: '2026-11-30T09:00:00.000Z' });
    const res = await postTriage(triageBody(), bearer(key));
    const problem = await expectProblem(res, 401, 'unauthorized');
    expect(problem.detail).toContain('revoked on 2026-11-30');
    expect(problem.detail).toContain('create-key');
    expect(res.headers.get('www-authenticate')).toContain('error="invalid_token"');
  });

  it.each([
    ['an unknown key', () => newApiKey().key],
    ['a wrong secret for a real key id', async () => otherLastSymbol((await putKey()).key)],
    ['something that is not a key', () => 'hcs_0123456789abcdefghjkmnpqrs'],
  ])(
    'refuses %s with a 401 invalid_token problem, never falling back to the public limit',
    async (_, make) => {
      const res = await postTriage(triageBody(), bearer(await make()));
      const problem = await expectProblem(res, 401, 'unauthorized');
      expect(problem.detail).toContain('not valid');
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="api key", error="invalid_token"');
    },
  );

  it('asks for Bearer when Authorization uses another scheme', async () => {
    const res = await postTriage(triageBody(), { headers: { Authorization: 'Basic dXNlcjpwYXNz' } });
    await expectProblem(res, 401, 'unauthorized');
  });

  it.each([
    ['Origin', { Origin: 'https://blog.example' }],
    ['Fetch Metadata', { 'Sec-Fetch-Site': 'same-origin' }],
  ])('refuses even a valid key from a web page (%s) with a 403', async (_, page) => {
    const { key } = await putKey();
    const problem = await expectProblem(await postTriage(triageBody(), bearer(key, page)), 403, 'forbidden');
    expect(problem.detail).toContain('servers');
  });

  it('keeps browsers from sending a key at all: the CORS preflight does not allow Authorization', async () => {
    const res = await preflight('/v1/triage', 'https://blog.example', 'POST', 'content-type, authorization');
    expect(res.headers.get('access-control-allow-headers') ?? '').not.toMatch(/authorization/i);
  });

  it('answers keyless requests as before, under the per-IP limit', async () => {
    expect((await postTriage(triageBody())).status).toBe(200);
  });

  it('answers 503 when the key store is down, saying that keyless calls still work', async () => {
    const { key } = await putKey();
    const res = await settled(
      '/v1/triage',
      jsonPost(triageBody(), { Authorization: `Bearer ${key}` }),
      withBindings({ API_KEYS: brokenKv }),
    );
    const problem = await expectProblem(res, 503, 'service-unavailable');
    expect(problem.detail).toContain('without a key');
  });
});
