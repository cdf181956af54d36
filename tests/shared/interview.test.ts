/**
 * The interview (shared/interview/next.ts): the red-flag screen first and in full, then only the
 * questions that could still change what the result says, stopping once no single answer could.
 * Checked on every vignette (public and our own) and over generated runners who answer everything.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Answers,
  evalCond,
  FLOW,
  LANGS,
  localizeQuestionnaire,
  nextStep,
  QUESTION_BY_ID,
  QUESTIONS,
  type Question,
  SELF_TEST_BLOCKERS,
  STRETCH_VERDICTS,
  triage,
  urgencyRank,
} from '../../shared/index.ts';
import { INTERVIEW_MINUTES, interviewSeconds } from '../../shared/interview/estimate.ts';
import { reach } from '../../shared/logic/evaluate.ts';
import { flowState } from '../../shared/logic/visibility.ts';
import { FRESH_INJURY } from '../../shared/questionnaire/predicates.ts';
import { InterviewStepSchema } from '../../shared/schemas/index.ts';
import { trialAnswers } from '../../shared/triage/trials.ts';
import { completeAnswersArbitrary } from './support/answer-arbitrary.ts';
import { walk } from './support/interview.ts';
import { VIGNETTE_ANSWERS } from './vignettes/answers.ts';
import { OWN_VIGNETTE_ANSWERS } from './vignettes/own-answers.ts';

const RUNS = { numRuns: 60 };
const outcome = (answers: Answers) => {
  const r = triage({ lang: 'en', answers });
  return {
    urgency: r.urgency.level,
    stretch: r.stretch.verdict,
    first: r.conditions[0]?.id,
    exit: r.earlyExit,
  };
};
const publicSets = Object.entries(VIGNETTE_ANSWERS) as Array<[string, Answers]>;
const ownSets = Object.entries(OWN_VIGNETTE_ANSWERS) as Array<[string, Answers]>;
const walks = new Map([...publicSets, ...ownSets].map(([id, answers]) => [id, walk(answers)]));
const walkOf = (id: string) => walks.get(id) as ReturnType<typeof walk>;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const redFlag = (id: string) => !!QUESTION_BY_ID.get(id)?.redFlag;

describe.each([...publicSets, ...ownSets])('the interview for vignette %s', (id, full) => {
  it('ends with the urgency, stretch verdict and most likely cause of answering everything', () => {
    const whole = outcome(full);
    const stopped = outcome(walkOf(id).answers);
    expect({ ...stopped, first: stopped.exit ? 'exit' : stopped.first }).toEqual({
      ...whole,
      first: whole.exit ? 'exit' : whole.first,
    });
  });
});

describe('the interview', () => {
  it('asks at most 20 questions, and 14 at the median, for the public vignettes', () => {
    const lengths = publicSets.map(([id]) => walkOf(id).asked.length);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(20);
    expect(median(lengths)).toBeLessThanOrEqual(14);
  });

  it('asks at most 20 questions, and 14 at the median, for our own vignettes', () => {
    const lengths = ownSets.map(([id]) => walkOf(id).asked.length);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(20);
    expect(median(lengths)).toBeLessThanOrEqual(14);
  });

  it('asks the whole red-flag screen before anything else, a follow-up right after its "not sure"', () => {
    for (const { asked, steps } of walks.values()) {
      const screen = asked.filter(redFlag);
      expect(asked.slice(0, screen.length)).toEqual(screen);
      const last = steps.at(-1);
      if (!last?.exit) {
        const shown = flowState(FLOW, last?.before ?? {}).asked.filter(redFlag);
        expect(screen).toEqual(shown);
      }
    }
  });

  it('ends at once, with nothing more to ask, when a red flag that ends it holds', () => {
    const step = nextStep({ 'rf-nerve': ['saddle'] });
    expect(step).toMatchObject({ exit: true, settled: true, next: null, toGo: 0, atMost: 0 });
  });

  it('starts with the red-flag screen', () => {
    expect(nextStep({})).toMatchObject({ next: QUESTIONS.find((q) => q.redFlag)?.id, reason: 'red-flag' });
  });

  it('never asks a question already answered or skipped', () => {
    const step = nextStep({}, ['rf-nerve']);
    expect(step.next).not.toBe('rf-nerve');
    expect(step.answered).toBe(1);
  });

  it('never offers a self-test while a red flag, an acute injury or its own caution is left open', () => {
    fc.assert(
      fc.property(completeAnswersArbitrary, (full) => {
        for (const step of walk(full).steps) {
          const question = step.next ? QUESTION_BY_ID.get(step.next) : undefined;
          if (!question?.selfTest) continue;
          const { ctx } = flowState(FLOW, step.before);
          const blockers = [...SELF_TEST_BLOCKERS, ...(question.withheldIf ? [question.withheldIf] : [])];
          expect(blockers.every((blocker) => evalCond(blocker, ctx) === false)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('stops with every red flag and the acute-injury caution decided, none waiting on a question', () => {
    fc.assert(
      fc.property(completeAnswersArbitrary, (full) => {
        const { answers, steps } = walk(full);
        if (steps.at(-1)?.exit) return;
        const result = triage({ lang: 'en', answers });
        expect(result.redFlags.filter((f) => f.status === 'not-asked')).toEqual([]);
        // Decided, or left open only by a "not sure" (which counts as raised), never by a question not asked.
        const { ctx } = flowState(FLOW, answers);
        expect(evalCond(FRESH_INJURY, ctx) !== undefined || !reach(FRESH_INJURY, ctx).canBeFalse).toBe(true);
      }),
      RUNS,
    );
  });

  it('stops only when no single remaining answer changes the urgency, stretch verdict or first cause', () => {
    for (const [id] of publicSets) {
      const { answers, skipped, steps } = walkOf(id);
      if (steps.at(-1)?.exit) continue;
      const now = outcome(answers);
      const { asked } = flowState(FLOW, answers);
      for (const q of asked.filter((q) => answers[q] === undefined && !skipped.includes(q))) {
        for (const value of trialAnswers(QUESTION_BY_ID.get(q) as never)) {
          const then = outcome({ ...answers, [q]: value });
          if (then.exit) continue;
          expect({ q, value, ...then }).toEqual({ q, value, ...now });
        }
      }
    }
  });

  it('never softens the advice of answering everything, for runners who would answer everything', () => {
    const caution = (v: string) => STRETCH_VERDICTS.indexOf(v as never);
    fc.assert(
      fc.property(completeAnswersArbitrary, (full) => {
        const whole = outcome(full);
        const stopped = outcome(walk(full).answers);
        if (whole.exit) return;
        expect(urgencyRank(stopped.urgency)).toBeGreaterThanOrEqual(urgencyRank(whole.urgency));
        expect(caution(stopped.stretch)).toBeGreaterThanOrEqual(caution(whole.stretch));
      }),
      RUNS,
    );
  });

  it('moves its progress (answered of answered plus at most to go) forward only', () => {
    const share = (s: { answered: number; atMost: number }) => s.answered / (s.answered + s.atMost || 1);
    fc.assert(
      fc.property(completeAnswersArbitrary, (full) => {
        const { steps } = walk(full);
        steps.slice(1).forEach((step, i) => {
          const before = steps[i] as (typeof steps)[number];
          if (!step.settled) expect(share(step)).toBeGreaterThanOrEqual(share(before));
        });
      }),
      RUNS,
    );
  });

  it('gives the same step for the same answers', () => {
    fc.assert(
      fc.property(completeAnswersArbitrary, (full) => {
        expect(nextStep(full)).toEqual(nextStep(structuredClone(full)));
      }),
      { numRuns: 30 },
    );
  });
});

const own = JSON.parse(readFileSync(new URL('./vignettes/own.json', import.meta.url), 'utf8'));
it('walks every one of our own vignettes', () => {
  expect(ownSets.map(([id]) => id).sort()).toEqual(own.vignettes.map((v: { id: string }) => v.id).sort());
});

describe('the time the intro promises', () => {
  it('is the median and the 90th percentile of every vignette interview, measured in each language', () => {
    for (const lang of LANGS) {
      const byId = new Map(localizeQuestionnaire(lang).questions.map((q) => [q.id, q]));
      const minutes = [...walks.values()]
        .map(({ asked }) => interviewSeconds(asked.map((id) => byId.get(id) as Question)) / 60)
        .sort((a, b) => a - b);
      const at = (p: number) => minutes[Math.floor(minutes.length * p)] ?? 0;
      expect({ lang, typical: Math.round(at(0.5)) }).toEqual({ lang, typical: INTERVIEW_MINUTES.typical });
      expect(Math.ceil(at(0.9))).toBeLessThanOrEqual(INTERVIEW_MINUTES.most);
      expect(Math.ceil(at(0.9))).toBeGreaterThanOrEqual(INTERVIEW_MINUTES.most - 1);
    }
  });
});

describe('the interview step on the wire', () => {
  it('matches its documented schema for every step of every vignette', () => {
    for (const { steps } of walks.values())
      for (const { before: _before, ...step } of steps) expect(InterviewStepSchema.parse(step)).toEqual(step);
  });
});
