import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Answers,
  CONDITIONS_IN_FULL,
  EXPANSIONS,
  type Expansion,
  type Lang,
  triage,
} from '../../shared/index.ts';
import { TriageResultSchema } from '../../shared/schemas/index.ts';
import { answersArbitrary } from './support/answer-arbitrary.ts';
import { VIGNETTE_ANSWERS } from './vignettes/answers.ts';

const sets: Answers[] = [
  ...Object.values(VIGNETTE_ANSWERS),
  ...fc.sample(answersArbitrary, { numRuns: 150, seed: 15 }),
];
const cases = sets.flatMap((answers) => (['en', 'es'] as const).map((lang) => ({ lang, answers })));

/** What the API answers, the whole result, and the ids that sort the one into the other. */
function both(lang: Lang, answers: Answers, expand: readonly Expansion[]) {
  const full = triage({ lang, answers });
  const sent = triage({ lang, answers }, { expand });
  const negative = full.redFlags.filter((f) => f.status === 'negative');
  return { full, sent, negative };
}

describe('the result the API sends', () => {
  it("leaves out the clinician summary, the negative flags texts and the sources' citations unless asked", () => {
    for (const { lang, answers } of cases) {
      const { full, sent, negative } = both(lang, answers, []);
      expect(TriageResultSchema.parse(sent)).toEqual(sent);
      expect(sent.clinicianSummary).toBeUndefined();
      expect(sent.sources).toBeUndefined();
      expect(sent.redFlags).toEqual(full.redFlags.filter((f) => f.status !== 'negative'));
      expect(sent.clearedFlags).toEqual(negative.map((f) => f.id));
    }
  });

  it('never moves an unsure or unasked flag to the cleared ids', () => {
    for (const { lang, answers } of cases) {
      const { sent } = both(lang, answers, []);
      const unknown = sent.redFlags.filter((f) => f.status === 'unsure' || f.status === 'not-asked');
      for (const flag of unknown) expect(sent.clearedFlags).not.toContain(flag.id);
    }
  });

  it('gives the three most likely conditions unless every one is asked for', () => {
    for (const { lang, answers } of cases) {
      const { full, sent } = both(lang, answers, []);
      expect(sent.conditions).toEqual(full.conditions.slice(0, CONDITIONS_IN_FULL));
    }
  });

  it('says each part in full when it is asked for, and the rest as by default', () => {
    for (const { lang, answers } of cases.slice(0, 40)) {
      const { full, sent: byDefault } = both(lang, answers, []);
      expect(triage({ lang, answers }, { expand: ['clinicianSummary'] })).toEqual({
        ...byDefault,
        clinicianSummary: full.clinicianSummary,
      });
      expect(triage({ lang, answers }, { expand: ['redFlags'] })).toEqual({
        ...byDefault,
        redFlags: full.redFlags,
      });
      expect(triage({ lang, answers }, { expand: ['conditions'] })).toEqual({
        ...byDefault,
        conditions: full.conditions,
      });
      expect(triage({ lang, answers }, { expand: ['sources'] })).toEqual({
        ...byDefault,
        sources: full.sources,
      });
    }
  });

  it('with every part asked for, is the whole result plus the cleared flags ids', () => {
    for (const { lang, answers } of cases) {
      const { full, sent, negative } = both(lang, answers, EXPANSIONS);
      expect(sent).toEqual({
        ...full,
        clearedFlags: negative.map((f) => f.id),
      });
      expect(JSON.stringify(sent.clinicianSummary)).toBe(JSON.stringify(full.clinicianSummary));
    }
  });

  it('keeps the documented key order', () => {
    const sent = triage({ lang: 'en', answers: sets[0] ?? {} }, { expand: EXPANSIONS });
    expect(Object.keys(sent)).toEqual(Object.keys(TriageResultSchema.shape));
  });
});
