import { exports } from 'cloudflare:workers';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { QUESTIONNAIRE_VERSION, type TriageRequest, type TriageResult } from '../../shared/index.ts';
import { TriageResultSchema } from '../../shared/schemas/index.ts';
import { apiClient } from '../../worker/client.ts';
import { ProblemSchema } from '../../worker/schemas.ts';
import { BASE, triageBody } from './helpers.ts';

/** The Worker as the client's fetch, from one client address. */
const worker = (input: RequestInfo | URL, init?: RequestInit) => {
  const request = new Request(input, init);
  request.headers.set('CF-Connecting-IP', '2001:db8::c1');
  return exports.default.fetch(request);
};

describe('the typed client (Hono hc over the API routes)', () => {
  const client = apiClient(`${BASE}/`, { fetch: worker });

  it('fetches the questionnaire, the catalogue and health', async () => {
    const questionnaire = await (await client.questionnaire.$get({ query: { lang: 'es' } })).json();
    expect(questionnaire).toMatchObject({ version: QUESTIONNAIRE_VERSION, lang: 'es' });
    const catalogue = await (await client.conditions.$get({ query: {} })).json();
    expect(catalogue.conditions.length).toBeGreaterThan(10);
    const doms = await client.conditions[':id'].$get({ param: { id: 'doms' }, query: { lang: 'en' } });
    expect((await doms.json()).id).toBe('doms');
    expect((await (await client.health.$get()).json()).status).toBe('ok');
  });

  it('posts answers as JSON and returns the triage result', async () => {
    const res = await client.triage.$post({ json: triageBody() });
    expect(res.status).toBe(200);
    expect(TriageResultSchema.parse(await res.json()).conditions[0]?.id).toBe('proximal-tendinopathy');
  });

  it('gives a failure as its status and problem document', async () => {
    const stale = await client.triage.$post({ json: { questionnaireVersion: 'old', answers: {} } });
    expect(stale.status).toBe(409);
    expect(ProblemSchema.parse(await stale.json())).toMatchObject({ currentVersion: QUESTIONNAIRE_VERSION });
    const missing = await client.conditions[':id'].$get({ param: { id: 'nope' }, query: {} });
    expect(missing.status).toBe(404);
  });

  it('types requests and results from the routes themselves', () => {
    expectTypeOf(client.triage.$post).parameter(0).toHaveProperty('json').toEqualTypeOf<TriageRequest>();
    type Sent = Awaited<ReturnType<Awaited<ReturnType<typeof client.triage.$post>>['json']>>;
    expectTypeOf<Sent>().toEqualTypeOf<TriageResult>();
  });
});
