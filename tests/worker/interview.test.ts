import { describe, expect, it } from 'vitest';
import { type Answers, nextStep, QUESTIONNAIRE_VERSION } from '../../shared/index.ts';
import { InterviewStepSchema, TriageResultSchema } from '../../shared/schemas/index.ts';
import { VIGNETTE_ANSWERS } from '../shared/vignettes/answers.ts';
import { api, expectProblem, jsonPost, postTriage, SITTING_BONE_ACHE, triageBody } from './helpers.ts';

const step = (answers: Answers, skipped: string[] = [], extra: Record<string, unknown> = {}) =>
  api(
    '/v1/interview/next',
    jsonPost({ questionnaireVersion: QUESTIONNAIRE_VERSION, answers, skipped, ...extra }),
  );

describe('POST /v1/interview/next', () => {
  it('starts with the red-flag screen', async () => {
    const res = await step({});
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = InterviewStepSchema.parse(await res.json());
    expect(body).toMatchObject({ next: 'rf-nerve', reason: 'red-flag', settled: false, answered: 0 });
  });

  it('returns exactly the step the shared interview computes', async () => {
    const answers = { 'rf-nerve': ['none'], 'rf-now': ['none'], 'rf-serious': ['none'] };
    expect(await (await step(answers, ['age'])).json()).toEqual(nextStep(answers, ['age']));
  });

  it('walks a vignette to a settled step whose answers the triage accepts', async () => {
    const full = VIGNETTE_ANSWERS['P02-high-hamstring-tendinopathy'] as Answers;
    const answers: Answers = {};
    const skipped: string[] = [];
    for (let i = 0; i < 40; i++) {
      const { next, settled, exit } = InterviewStepSchema.parse(await (await step(answers, skipped)).json());
      if (settled || exit || !next) break;
      const value = full[next];
      if (value === undefined) skipped.push(next);
      else answers[next] = value;
    }
    expect(Object.keys(answers).length).toBeLessThan(Object.keys(full).length);
    const res = await postTriage(triageBody(answers));
    expect(res.status).toBe(200);
    expect(TriageResultSchema.parse(await res.json()).conditions[0]?.id).toBe('proximal-tendinopathy');
  });

  it('names answers the flow no longer asks instead of refusing them', async () => {
    const answers = { 'rf-nerve': ['none'], 'rf-now': ['none'], 'rf-serious': ['none'], onset: 'gradual' };
    const body = InterviewStepSchema.parse(await (await step({ ...answers, moment: ['pop'] })).json());
    expect(body.stale).toEqual(['moment']);
  });

  it('returns 400 when an answer is not one of the options', async () => {
    const problem = await expectProblem(await step({ onset: 'yesterday' }), 400, 'invalid-answers');
    expect(problem.errors?.[0]?.pointer).toBe('/answers/onset');
  });

  it('returns 400 when a skipped id is not a question, pointing at it', async () => {
    const problem = await expectProblem(await step({}, ['age', 'colour']), 400, 'invalid-answers');
    expect(problem.errors?.map((e) => e.pointer)).toEqual(['/skipped/1']);
  });

  it('returns 400 when a question is both answered and skipped', async () => {
    const problem = await expectProblem(await step({ age: 30 }, ['age']), 400, 'invalid-answers');
    expect(problem.errors?.[0]?.detail).toMatch(/answered or skipped/);
  });

  it('returns 409 for answers collected with another questionnaire', async () => {
    const res = await step(SITTING_BONE_ACHE, [], { questionnaireVersion: 'old' });
    await expectProblem(res, 409, 'stale-questionnaire');
  });

  it('returns 400 for fields it does not know', async () => {
    await expectProblem(await step({}, [], { lang: 'en' }), 400, 'invalid-request');
  });
});
