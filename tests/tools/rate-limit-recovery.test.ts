/**
 * The rate limit refuses with a 429 and then lets the client back in when its window turns over: the
 * deployed bundle in Miniflare with a limit of 3 per 10 s (the production binding's 60 s window would make
 * this test a minute long; the code path is the same).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalWorker, startLocalWorker } from '../bench/local-worker.ts';
import { jsonPost, triageBody } from '../shared/support/triage-body.ts';
import { VIGNETTE_ANSWERS } from '../shared/vignettes/answers.ts';

let worker: LocalWorker;
beforeAll(async () => {
  worker = await startLocalWorker({ triageLimit: { limit: 3, period: 10 } });
}, 60_000);
afterAll(async () => {
  await worker?.stop();
});

const triage = () => fetch(`${worker.url}/v1/triage`, jsonPost(triageBody(VIGNETTE_ANSWERS['P16-doms'])));

describe('rate limit', () => {
  it('answers 429 with Retry-After once the limit is spent, and 200 again in the next window', async () => {
    // Start at the beginning of a window, so the test cannot straddle two.
    await new Promise((resolve) => setTimeout(resolve, 10_000 - (Date.now() % 10_000) + 200));
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await triage()).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await triage();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);

    await new Promise((resolve) => setTimeout(resolve, 10_000 - (Date.now() % 10_000) + 200));
    expect((await triage()).status).toBe(200);
  }, 60_000);
});
