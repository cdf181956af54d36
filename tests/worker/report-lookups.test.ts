/**
 * Guessing report codes: past the ceiling on lookups of codes that do not exist (worker/http/limits.ts),
 * lookups pause for everyone, so a guess that would hit is refused too. The limiter here counts in fixed
 * windows of the test's clock, which runs ten minutes behind, so the pause it causes in this isolate is
 * over (in real time) before the next file runs.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FAILED_LOOKUP_LIMIT, RATE_LIMIT_BINDINGS } from '../../worker/http/limits.ts';
import { settled, withBindings } from './clinic-helpers.ts';
import { expectProblem, freshIp, jsonPost, triageBody } from './helpers.ts';

afterEach(() => vi.useRealTimers());

/** Every binding of wrangler.toml, with its configured limits, counting per key in fixed windows. */
function windowedLimiters() {
  const counts = new Map<string, number>();
  const binding = (name: keyof typeof RATE_LIMIT_BINDINGS) => ({
    async limit({ key }: { key: string }) {
      const { limit, period } = RATE_LIMIT_BINDINGS[name];
      const bucket = `${name}/${key}@${Math.floor(Date.now() / (period * 1000))}`;
      counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
      return { success: (counts.get(bucket) ?? 0) <= limit };
    },
  });
  const misses = () =>
    [...counts].filter(([bucket]) => bucket.includes(`/${FAILED_LOOKUP_LIMIT.prefix}:all@`)).length;
  return {
    bindings: withBindings({
      TRIAGE_LIMITER: binding('TRIAGE_LIMITER'),
      REPORTS_LIMITER: binding('REPORTS_LIMITER'),
    } as Partial<Env>),
    misses,
  };
}

/** A well-formed code that was never issued (the report's own codes are random: this one is not among them). */
const guess = (i: number) =>
  `ZZZZ-ZZZZ-${i
    .toString(32)
    .toUpperCase()
    .padStart(4, '0')
    .replace(/[ILOU]/g, 'Z')}`;

describe('the ceiling on lookups of codes that do not exist', () => {
  it(`lets ${FAILED_LOOKUP_LIMIT.limit} a minute through from any number of addresses, then pauses every lookup, hits included, until the window turns over`, async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // The start of a window, ten minutes ago.
    const period = FAILED_LOOKUP_LIMIT.period * 1000;
    vi.setSystemTime(Math.floor((Date.now() - 10 * 60_000) / period) * period);
    const { bindings, misses } = windowedLimiters();
    const open = (code: string, init: RequestInit = {}) =>
      settled(
        `/r/${code}`,
        { ...init, headers: { 'CF-Connecting-IP': freshIp(), ...init.headers } },
        bindings,
      );

    const shared = await settled('/v1/reports', jsonPost(triageBody()), bindings);
    const { code, deleteToken } = (await shared.json()) as { code: string; deleteToken: string };

    // Text that cannot be a code is never looked up, so it costs the ceiling nothing.
    for (let i = 0; i < 5; i++) expect((await open(`not-a-code-${i}`)).status).toBe(404);
    expect(misses()).toBe(0);

    const statuses: number[] = [];
    for (let i = 0; i <= FAILED_LOOKUP_LIMIT.limit; i++) statuses.push((await open(guess(i))).status);
    // Each guess is a miss, the one past the ceiling too: it learns nothing it could not have learned.
    expect(statuses).toEqual(Array(FAILED_LOOKUP_LIMIT.limit + 1).fill(404));

    const refused = await open(code);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe(String(FAILED_LOOKUP_LIMIT.period));
    expect(await refused.text()).toContain('This summary cannot be shown right now');
    const viaApi = await settled(
      `/v1/reports/${code}`,
      {
        method: 'DELETE',
        headers: { 'CF-Connecting-IP': freshIp(), Authorization: `Bearer ${deleteToken}` },
      },
      bindings,
    );
    expect((await expectProblem(viaApi, 429, 'rate-limited')).detail).toContain(
      'so that codes cannot be guessed',
    );

    vi.setSystemTime(Date.now() + period);
    expect((await open(code)).status).toBe(200);
  });
});
