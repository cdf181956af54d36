/**
 * Our own runner vignettes (vignettes/own.json): 67 stories written blind from the clinical reference
 * (§1, §3, §8) before the engine ran them, each expectation with its reason, and mapped to answers blind
 * to the engine (vignettes/own-answers.ts). They cover the runners the public set misses: the unsure one,
 * the teenager, the 70-year-old, the one on blood thinners, red flags that only show together.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type Answers,
  STRETCH_VERDICTS,
  type StretchVerdict,
  type TriageResult,
  triage,
  type Urgency,
  urgencyRank,
  validateAnswers,
} from '../../shared/index.ts';
import { OWN_VIGNETTE_ANSWERS } from './vignettes/own-answers.ts';

interface OwnVignette {
  id: string;
  flag: boolean;
  expect: { urgency: Urgency[]; stretch: StretchVerdict[]; top?: string[] };
}

const { vignettes } = JSON.parse(readFileSync(new URL('./vignettes/own.json', import.meta.url), 'utf8')) as {
  vignettes: OwnVignette[];
};
const answersOf = (id: string): Answers =>
  (OWN_VIGNETTE_ANSWERS as Readonly<Record<string, Answers>>)[id] ?? {};
const results = new Map(vignettes.map((v) => [v.id, triage({ lang: 'en', answers: answersOf(v.id) })]));
const resultOf = (v: OwnVignette) => results.get(v.id) as TriageResult;
const caution = (verdict: StretchVerdict) => STRETCH_VERDICTS.indexOf(verdict);

describe.each(vignettes)('own vignette $id', (v) => {
  it('has answers the questionnaire accepts', () => {
    expect(validateAnswers(answersOf(v.id))).toEqual([]);
  });

  it('is never under-triaged', () => {
    const least = Math.min(...v.expect.urgency.map(urgencyRank));
    expect(urgencyRank(resultOf(v).urgency.level)).toBeGreaterThanOrEqual(least);
  });

  it('never gives a stretch verdict looser than the story allows', () => {
    const loosest = Math.min(...v.expect.stretch.map(caution));
    expect(caution(resultOf(v).stretch.verdict)).toBeGreaterThanOrEqual(loosest);
  });
});

describe('across our own vignettes', () => {
  it('gives an acceptable urgency and stretch verdict for at least 66 of the 67', () => {
    expect(vignettes).toHaveLength(67);
    const urgency = vignettes.filter((v) => v.expect.urgency.includes(resultOf(v).urgency.level));
    const stretch = vignettes.filter((v) => v.expect.stretch.includes(resultOf(v).stretch.verdict));
    expect(urgency.length).toBeGreaterThanOrEqual(66);
    expect(stretch.length).toBeGreaterThanOrEqual(66);
  });

  it('ranks an acceptable condition first for at least 36 of the 38 that name one', () => {
    const named = vignettes.filter((v) => v.expect.top);
    const right = named.filter((v) => v.expect.top?.includes(resultOf(v).conditions[0]?.id ?? ''));
    expect(named).toHaveLength(38);
    expect(right.length).toBeGreaterThanOrEqual(36);
  });

  it('sends at most 2 of the runners without a red flag to a higher level than their story warrants', () => {
    const over = vignettes.filter((v) => {
      const most = Math.max(...v.expect.urgency.map(urgencyRank));
      return !v.flag && urgencyRank(resultOf(v).urgency.level) > most;
    });
    expect(over.length).toBeLessThanOrEqual(2);
  });
});
