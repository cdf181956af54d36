/**
 * The condition language's three-valued semantics as a table of cases, GrowthBook-style:
 * [name, condition, answers, expected], where expected is true, false or undefined (unknown).
 */
import { describe, expect, it } from 'vitest';
import { type Answers, type Cond, type EvalContext, evalCond, type Truth } from '../../shared/index.ts';

const hidden = new Set(['hidden-q']);
const ctx = (answers: Answers): EvalContext => ({
  answers,
  state: (id) => (hidden.has(id) ? 'hidden' : 'asked'),
});

const CASES: Array<[string, Cond, Answers, Truth]> = [
  ['is matches the chosen option', { q: 'a', is: 'x' }, { a: 'x' }, true],
  ['is fails on another option', { q: 'a', is: 'x' }, { a: 'y' }, false],
  ['an unanswered question is unknown', { q: 'a', is: 'x' }, {}, undefined],
  ['"not sure" is unknown, not a no', { q: 'a', is: 'x' }, { a: 'unsure' }, undefined],
  [
    'a hidden question does not apply, so its leaf is false',
    { q: 'hidden-q', is: 'x' },
    { 'hidden-q': 'x' },
    false,
  ],
  ['in matches one of several options', { q: 'a', in: ['x', 'y'] }, { a: 'y' }, true],
  ['has finds an option in a multiple choice', { q: 'm', has: 'x' }, { m: ['w', 'x'] }, true],
  ['has fails when "none of these" was chosen', { q: 'm', has: 'x' }, { m: ['none'] }, false],
  ['has is unknown when "not sure" was chosen', { q: 'm', has: 'x' }, { m: ['unsure'] }, undefined],
  ['hasAny finds any listed option', { q: 'm', hasAny: ['p', 'x'] }, { m: ['x'] }, true],
  ['gte compares numbers', { q: 'n', gte: 26 }, { n: 26 }, true],
  ['lte compares numbers', { q: 'n', lte: 25 }, { n: 26 }, false],
  ['a number leaf on a non-number is unknown', { q: 'n', gte: 1 }, { n: 'x' }, undefined],
  [
    'all is true when every part is true',
    {
      all: [
        { q: 'a', is: 'x' },
        { q: 'b', is: 'y' },
      ],
    },
    { a: 'x', b: 'y' },
    true,
  ],
  [
    'all is false as soon as one part is false, even with unknowns',
    {
      all: [
        { q: 'a', is: 'x' },
        { q: 'b', is: 'y' },
      ],
    },
    { a: 'z' },
    false,
  ],
  [
    'all is unknown when no part is false and one is unknown',
    {
      all: [
        { q: 'a', is: 'x' },
        { q: 'b', is: 'y' },
      ],
    },
    { a: 'x' },
    undefined,
  ],
  [
    'any is true as soon as one part is true, even with unknowns',
    {
      any: [
        { q: 'a', is: 'x' },
        { q: 'b', is: 'y' },
      ],
    },
    { a: 'x' },
    true,
  ],
  [
    'any is unknown when no part is true and one is unknown',
    {
      any: [
        { q: 'a', is: 'x' },
        { q: 'b', is: 'y' },
      ],
    },
    { a: 'z' },
    undefined,
  ],
  [
    'any is false when every part is false',
    {
      any: [
        { q: 'a', is: 'x' },
        { q: 'b', is: 'y' },
      ],
    },
    { a: 'z', b: 'z' },
    false,
  ],
  ['not flips a known value', { not: { q: 'a', is: 'x' } }, { a: 'y' }, true],
  ['not keeps an unknown unknown', { not: { q: 'a', is: 'x' } }, {}, undefined],
  ['not of a hidden question is true: it does not apply', { not: { q: 'hidden-q', is: 'x' } }, {}, true],
];

describe('evalCond', () => {
  it.each(CASES)('%s', (_name, cond, answers, expected) => {
    expect(evalCond(cond, ctx(answers))).toBe(expected);
  });
});
