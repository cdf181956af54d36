import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRE_VERSION } from '../../shared/index.ts';
import { TriageResultSchema } from '../../shared/schemas/index.ts';
import { ApiError, createClient } from '../../worker/client.ts';
import { BASE, triageBody } from './helpers.ts';

const worker = (input: RequestInfo | URL, init?: RequestInit) =>
  exports.default.fetch(
    new Request(input, { ...init, headers: { ...init?.headers, 'CF-Connecting-IP': '2001:db8::c1' } }),
  );

describe('the typed client', () => {
  const client = createClient(`${BASE}/`, worker);

  it('fetches the questionnaire, the catalogue and health', async () => {
    const questionnaire = await client.questionnaire('es');
    expect(questionnaire).toMatchObject({ version: QUESTIONNAIRE_VERSION, lang: 'es' });
    expect((await client.conditions()).conditions.length).toBeGreaterThan(10);
    expect((await client.condition('doms', 'en')).id).toBe('doms');
    expect((await client.health()).status).toBe('ok');
  });

  it('posts answers and returns the triage result', async () => {
    const result = await client.triage(triageBody());
    expect(TriageResultSchema.parse(result).conditions[0]?.id).toBe('proximal-tendinopathy');
  });

  it('throws an ApiError carrying the problem', async () => {
    const error = await client.triage({ questionnaireVersion: 'old', answers: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem).toMatchObject({ status: 409, currentVersion: QUESTIONNAIRE_VERSION });
    const missing = await client.condition('nope').catch((e: unknown) => e);
    expect((missing as ApiError).problem.status).toBe(404);
  });

  it('turns a response that is not a problem into an ApiError with its status', async () => {
    const gateway = createClient(BASE, async () => new Response('<h1>Bad gateway</h1>', { status: 502 }));
    const error = await gateway.health().catch((e: unknown) => e);
    expect((error as ApiError).problem).toMatchObject({ status: 502, type: 'about:blank' });
  });
});
