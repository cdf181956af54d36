/**
 * No two screens in a row ask the same or nearly the same question, in either language: over the
 * interviews of every vignette and of generated runners, consecutive questions share less than half
 * their words (the "pick all that fit" instruction aside).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Answers, LANGS, localizeQuestionnaire } from '../../shared/index.ts';
import { completeAnswersArbitrary } from './support/answer-arbitrary.ts';
import { walk } from './support/interview.ts';
import { VIGNETTE_ANSWERS } from './vignettes/answers.ts';
import { OWN_VIGNETTE_ANSWERS } from './vignettes/own-answers.ts';

const runners: Answers[] = [
  ...Object.values(VIGNETTE_ANSWERS),
  ...Object.values(OWN_VIGNETTE_ANSWERS),
  ...fc.sample(completeAnswersArbitrary, { numRuns: 150, seed: 13 }),
];
const consecutive = new Set<string>();
for (const runner of runners) {
  const { asked } = walk(runner);
  for (let i = 1; i < asked.length; i++) consecutive.add(`${asked[i - 1]} ${asked[i]}`);
}

describe.each(LANGS)('the interview in %s', (lang) => {
  const texts = new Map(localizeQuestionnaire(lang).questions.map((q) => [q.id, q.text]));
  // A closing sentence that several questions share is an instruction, not what they ask.
  const closings = [...texts.values()].map((t) => t.match(/[^.?!¿¡]+[.]$/)?.[0]?.trim() ?? '');
  const instructions = new Set(closings.filter((c) => c && closings.filter((d) => d === c).length >= 3));
  const words = (id: string) => {
    let text = texts.get(id) ?? '';
    for (const instruction of instructions) text = text.replace(instruction, '');
    return new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  };
  const overlap = (a: string, b: string) => {
    const [x, y] = [words(a), words(b)];
    const shared = [...x].filter((w) => y.has(w)).length;
    return shared / new Set([...x, ...y]).size;
  };

  it('never asks two nearly identical questions in a row', () => {
    const alike = [...consecutive]
      .map((pair) => pair.split(' ') as [string, string])
      .filter(([a, b]) => overlap(a, b) >= 0.5)
      .map(([a, b]) => `${texts.get(a)} → ${texts.get(b)}`);
    expect(alike).toEqual([]);
  });
});
