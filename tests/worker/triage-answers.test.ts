/** What POST /v1/triage says about a well-formed body it cannot evaluate: schema, version, answers. */
import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRE_VERSION } from '../../shared/index.ts';
import { errorsByPointer, expectProblem, postTriage, SITTING_BONE_ACHE, triageBody } from './helpers.ts';

describe('POST /v1/triage request schema', () => {
  it('answers 400 invalid-request with one error per invalid field, each with a JSON Pointer', async () => {
    const res = await postTriage({ lang: 'fr', answers: { age: 'x'.repeat(65), where: [] }, user: 'me' });
    const problem = await expectProblem(res, 400, 'invalid-request');
    expect(errorsByPointer(problem)).toEqual({
      '/questionnaireVersion': 'questionnaireVersion is required (a string)',
      '/lang': 'lang must be one of "en", "es"',
      '/answers/age': 'answers.age must have at most 64 characters',
      '/answers/where': 'answers.where must have at least 1 item',
      '/user':
        'user is not a field of this request; the fields are questionnaireVersion, lang, answers and expand',
    });
    expect(problem.detail).toBe('5 fields are invalid; fix each one listed in errors.');
  });

  it.each([
    ['an array', []],
    ['a string', 'answers'],
    ['null', null],
    ['a number', 42],
  ])('answers 400 invalid-request when the body is %s', async (_, body) => {
    const problem = await expectProblem(await postTriage(JSON.stringify(body)), 400, 'invalid-request');
    expect(errorsByPointer(problem)).toEqual({ '': 'The body must be a JSON object' });
  });

  it('says answers must be an object when it is an array', async () => {
    const problem = await expectProblem(await postTriage(triageBody([] as never)), 400, 'invalid-request');
    expect(errorsByPointer(problem)).toEqual({ '/answers': 'answers must be a JSON object' });
  });

  it('explains the shapes an answer may take when it has none of them', async () => {
    const problem = await expectProblem(
      await postTriage(triageBody({ age: { years: 45 } } as never)),
      400,
      'invalid-request',
    );
    expect(errorsByPointer(problem)['/answers/age']).toMatch(
      /option id .* list of 1 to 20 option ids, or a finite number/,
    );
  });
});

describe('POST /v1/triage questionnaire version', () => {
  it('answers 409 with the current version and where to fetch it for a stale version', async () => {
    const res = await postTriage(triageBody(SITTING_BONE_ACHE, { questionnaireVersion: '2026-01-15.1' }));
    const problem = await expectProblem(res, 409, 'stale-questionnaire');
    expect(problem.currentVersion).toBe(QUESTIONNAIRE_VERSION);
    expect(problem.detail).toContain(QUESTIONNAIRE_VERSION);
    expect(problem.detail).toContain('GET /v1/questionnaire');
  });

  it('checks the version before the answers', async () => {
    const res = await postTriage(triageBody({ nonsense: 'x' }, { questionnaireVersion: 'unknown' }));
    expect(res.status).toBe(409);
  });
});

describe('POST /v1/triage answers', () => {
  const answerErrors = async (answers: Record<string, unknown>) => {
    const res = await postTriage(triageBody(answers as never));
    return errorsByPointer(await expectProblem(res, 400, 'invalid-answers'));
  };

  it('names an unknown question', async () => {
    expect(await answerErrors({ ...SITTING_BONE_ACHE, colour: 'red' })).toEqual({
      '/answers/colour': `answers.colour is not a question in questionnaire ${QUESTIONNAIRE_VERSION}`,
    });
  });

  it('says which type a question takes', async () => {
    const errors = await answerErrors({
      ...SITTING_BONE_ACHE,
      age: 'forty',
      sides: ['one'],
      where: 'buttock',
    });
    expect(errors['/answers/age']).toBe('answers.age must be a number from 10 to 100');
    expect(errors['/answers/sides']).toMatch(/^answers\.sides must be one option id, one of "one", /);
    expect(errors['/answers/where']).toMatch(
      /^answers\.where must be a list of option ids from "low-back", /,
    );
  });

  it('lists the allowed options for an option the question does not offer', async () => {
    const errors = await answerErrors({ ...SITTING_BONE_ACHE, onset: 'slowly', age: 7 });
    expect(errors['/answers/onset']).toMatch(
      /^answers\.onset "slowly" is not an option; allowed: "sudden", /,
    );
    expect(errors['/answers/age']).toBe('answers.age must be from 10 to 100, got 7');
  });

  it('says when exclusive options are combined', async () => {
    const errors = await answerErrors({ ...SITTING_BONE_ACHE, 'rf-nerve': ['none', 'saddle'] });
    expect(errors['/answers/rf-nerve']).toBe('answers.rf-nerve "none" must be chosen alone');
  });

  it('says when a question is asked, for an answer to one the flow does not ask', async () => {
    const errors = await answerErrors({ ...SITTING_BONE_ACHE, moment: ['pop'] });
    expect(errors['/answers/moment']).toMatch(
      /^answers\.moment is not asked with these answers: it is only asked when onset is "sudden"/,
    );
  });

  it('escapes a question id in the pointer as RFC 6901 requires', async () => {
    expect(Object.keys(await answerErrors({ 'a/b~c': 'x' }))).toEqual(['/answers/a~1b~0c']);
  });
});
