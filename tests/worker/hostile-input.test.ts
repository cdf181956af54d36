/**
 * Hostile bodies must get a 4xx problem, never a 5xx, and never lose a key silently. The later fuzzing
 * issue runs thousands of these; here each kind is pinned once.
 */
import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRE_VERSION } from '../../shared/index.ts';
import { errorsByPointer, expectProblem, postTriage, SITTING_BONE_ACHE } from './helpers.ts';

const withAnswers = (answersJson: string) =>
  `{"questionnaireVersion":"${QUESTIONNAIRE_VERSION}","lang":"en","answers":${answersJson}}`;

describe('POST /v1/triage with hostile input', () => {
  it.each([
    ['a string', '"x"'],
    ['a list', '["a"]'],
    ['an object', '{"age": 45}'],
    ['a number', '1'],
  ])(
    'reports an answer keyed "__proto__" (%s) as an unknown question instead of dropping it',
    async (_, value) => {
      const res = await postTriage(withAnswers(`{"age":45,"__proto__":${value}}`));
      const problem = await expectProblem(res, 400, 'invalid-answers');
      expect(errorsByPointer(problem)).toEqual({
        '/answers/__proto__': `answers.__proto__ is not a question in questionnaire ${QUESTIONNAIRE_VERSION}`,
      });
    },
  );

  it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    'reports an answer keyed "%s" as an unknown question',
    async (key) => {
      const res = await postTriage(withAnswers(`{"${key}":"x"}`));
      expect(Object.keys(errorsByPointer(await expectProblem(res, 400, 'invalid-answers')))).toEqual([
        `/answers/${key}`,
      ]);
    },
  );

  it('rejects "__proto__" as an unknown field at the top level', async () => {
    const res = await postTriage(withAnswers('{}').replace('{', '{"__proto__":{"lang":"es"},'));
    expect(Object.keys(errorsByPointer(await expectProblem(res, 400, 'invalid-request')))).toEqual([
      '/__proto__',
    ]);
  });

  it('answers 4xx for deeply nested JSON', async () => {
    const depth = 10_000;
    for (const body of [
      '['.repeat(depth) + ']'.repeat(depth),
      withAnswers(`{"age":${'['.repeat(depth)}${']'.repeat(depth)}}`),
      `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
      '['.repeat(30_000),
    ]) {
      const res = await postTriage(body);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      await res.body?.cancel();
    }
  });

  it.each([
    ['a number too large for a double', '1e999'],
    ['a huge integer', '123456789012345678901234567890'],
    ['a negative huge number', '-1e308'],
    ['a fraction', '45.5'],
  ])('answers 400 for an age that is %s', async (_, age) => {
    const res = await postTriage(withAnswers(`{"age":${age}}`));
    expect(res.status).toBe(400);
    await res.body?.cancel();
  });

  it('answers 400 without echoing very long strings in full', async () => {
    const long = 'x'.repeat(20_000);
    const res = await postTriage(withAnswers(`{"${long}":"${long.slice(0, 5000)}"}`));
    const problem = await expectProblem(res, 400, 'invalid-request');
    expect(problem.detail.length).toBeLessThan(300);
  });

  it('lists at most 50 field errors however many fields are wrong', async () => {
    const answers = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`q${i}`, 'x']));
    const problem = await expectProblem(
      await postTriage(withAnswers(JSON.stringify(answers))),
      400,
      'invalid-answers',
    );
    expect(problem.errors).toHaveLength(50);
    expect(problem.detail).toBe(
      `400 answers are not accepted by questionnaire ${QUESTIONNAIRE_VERSION}; fix each one listed in errors. The first 50 are listed.`,
    );
  });

  it.each([
    ['answers as an array of pairs', withAnswers('[["age",45]]')],
    ['an answer list of objects', withAnswers('{"where":[{"id":"buttock"}]}')],
    ['a list of 21 options', withAnswers(JSON.stringify({ where: Array(21).fill('buttock') }))],
    ['a null answer', withAnswers('{"age":null}')],
    ['a boolean answer', withAnswers('{"age":true}')],
    ['an empty question id', withAnswers('{"":"x"}')],
    ['a version that is a number', JSON.stringify({ questionnaireVersion: 1, answers: SITTING_BONE_ACHE })],
    ['a NUL character in an option', withAnswers('{"sides":"one\\u0000"}')],
    ['a lone surrogate', withAnswers('{"sides":"\\ud800"}')],
  ])('answers 400 for %s', async (_, body) => {
    const res = await postTriage(body);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    await res.body?.cancel();
  });
});
