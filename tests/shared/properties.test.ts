/**
 * Properties of the engine over generated answer sets (fast-check), not only the vignettes: any valid
 * set gives a valid, complete, deterministic result; what the runner could not tell never softens the
 * advice; red flags only ever raise it; and the result never contradicts itself.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Answers,
  CONDITIONS,
  CONDITIONS_IN_FULL,
  evalCond,
  FLOW,
  flowState,
  PLAN_ITEMS,
  QUESTION_BY_ID,
  QUESTIONS,
  RED_FLAGS,
  STRETCH_VERDICTS,
  type StretchVerdict,
  text,
  triage,
  urgencyRank,
  validateAnswers,
} from '../../shared/index.ts';
import { FullTriageResultSchema, TriageResultSchema } from '../../shared/schemas/index.ts';
import { SAFETY_NET } from '../../shared/triage/safety-net.ts';
import { answersArbitrary } from './support/answer-arbitrary.ts';

const RUNS = { numRuns: 400 };
const run = (answers: Answers) => triage({ lang: 'en', answers });
const caution = (verdict: StretchVerdict) => STRETCH_VERDICTS.indexOf(verdict);
const PLAN_BY_ID = new Map<string, (typeof PLAN_ITEMS)[number]>(PLAN_ITEMS.map((item) => [item.id, item]));
const planOf = (result: ReturnType<typeof run>) => [
  ...result.plan.now,
  ...result.plan.exercises,
  ...result.plan.training,
];

/** The red-flag screen questions every runner is asked, and each option that reports a warning sign. */
const SCREEN_OPTIONS: Array<[string, string]> = QUESTIONS.filter(
  (q) => q.redFlag && !q.showIf && !q.clarifies,
).flatMap((q) => (q.options ?? []).map((option): [string, string] => [q.id, option]));

/** The same answers with a screen question answered definitely: its current options, or "none of these". */
function definite(answers: Answers, question: string): Answers {
  const current = answers[question];
  const kept = Array.isArray(current) ? current.filter((v) => v !== 'none' && v !== 'unsure') : [];
  const { [`${question}-check`]: _followUp, ...rest } = answers;
  return { ...rest, [question]: kept.length ? kept : ['none'] };
}

function withOption(answers: Answers, question: string, option: string): Answers {
  const kept = (answers[question] as string[]).filter((v) => v !== 'none');
  return { ...answers, [question]: [...new Set([...kept, option])] };
}

/** Every way to make one answer less certain: "not sure" where it is offered, or skipping an optional one. */
function lessCertain(answers: Answers): Answers[] {
  return Object.keys(answers).flatMap((id) => {
    const question = QUESTION_BY_ID.get(id);
    if (!question) return [];
    const variants: Answers[] = [];
    if (question.unsure && !String(answers[id]).includes('unsure')) {
      const multi = question.type === 'multi' || question.type === 'region';
      variants.push({ ...answers, [id]: multi ? ['unsure'] : 'unsure' });
    }
    if (question.optional) {
      const { [id]: _skipped, ...rest } = answers;
      variants.push(rest);
    }
    return variants;
  });
}

describe('engine properties', () => {
  it('accepts every generated answer set (the generator and the validator agree)', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => validateAnswers(answers).length === 0),
      RUNS,
    );
  });

  it('gives results their schemas accept, with a safety net, the most likely conditions and the whole ranking', () => {
    fc.assert(
      fc.property(answersArbitrary, fc.constantFrom('en' as const, 'es' as const), (answers, lang) => {
        const sent = TriageResultSchema.parse(triage({ lang, answers }, { expand: [] }));
        const whole = FullTriageResultSchema.parse(triage({ lang, answers }));
        return (
          sent.safetyNet.length > 0 &&
          sent.conditions.length === CONDITIONS_IN_FULL &&
          whole.conditions.length === CONDITIONS.length &&
          sent.disclaimer.length > 0
        );
      }),
      RUNS,
    );
  });

  it('gives the same result for the same answers', () => {
    fc.assert(
      fc.property(
        answersArbitrary,
        (answers) => JSON.stringify(run(answers)) === JSON.stringify(run(structuredClone(answers))),
      ),
      { numRuns: 100 },
    );
  });
});

describe('what the runner could not tell never softens the advice', () => {
  it('never lowers the urgency or loosens the stretch verdict when any answer becomes "not sure" or an optional one is skipped', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const before = run(answers);
        for (const variant of lessCertain(answers)) {
          const after = run(variant);
          expect(urgencyRank(after.urgency.level), 'urgency').toBeGreaterThanOrEqual(
            urgencyRank(before.urgency.level),
          );
          expect(caution(after.stretch.verdict), 'stretch').toBeGreaterThanOrEqual(
            caution(before.stretch.verdict),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps self-care only for results where every red flag was answered and ruled out', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = run(answers);
        return result.urgency.level !== 'self-care' || result.redFlags.every((f) => f.status === 'negative');
      }),
      RUNS,
    );
  });

  it('withholds every self-test while a red flag holds or is left open by a "not sure"', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const raised = run(answers).redFlags.some((f) => f.status === 'positive' || f.status === 'unsure');
        const offered = flowState(FLOW, answers).asked.filter((id) => QUESTION_BY_ID.get(id)?.selfTest);
        return !raised || offered.length === 0;
      }),
      RUNS,
    );
  });
});

describe('red flags only ever raise the advice', () => {
  it("never lowers the urgency when a red-flag answer is added, and reaches at least that flag's level", () => {
    fc.assert(
      fc.property(answersArbitrary, fc.constantFrom(...SCREEN_OPTIONS), (generated, [question, option]) => {
        const answers = definite(generated, question);
        const before = run(answers).urgency.level;
        const after = run(withOption(answers, question, option));
        expect(urgencyRank(after.urgency.level)).toBeGreaterThanOrEqual(urgencyRank(before));
        for (const flag of RED_FLAGS) {
          if (after.redFlags.find((f) => f.id === flag.id)?.status === 'positive')
            expect(urgencyRank(after.urgency.level), flag.id).toBeGreaterThanOrEqual(
              urgencyRank(flag.urgency),
            );
        }
      }),
      { numRuns: 800 },
    );
  });

  it('answers "not yet" and offers no exercises whenever a red flag holds or is left open', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = run(answers);
        if (!result.redFlags.some((f) => f.status === 'positive' || f.status === 'unsure')) return true;
        return result.stretch.verdict === 'not-yet' && result.plan.exercises.length === 0;
      }),
      RUNS,
    );
  });
});

describe('the result never contradicts itself', () => {
  it('puts nothing in the plan that the stretch verdict forbids, unless the item says why', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = run(answers);
        const { verdict } = result.stretch;
        for (const item of planOf(result)) {
          const def = PLAN_BY_ID.get(item.id);
          if (!(def?.stretches || def?.lengthens) || verdict === 'stretch' || verdict === 'gentle') continue;
          expect(def.allowedUnder, `${item.id} under ${verdict}`).toContain(verdict);
          expect(item.note, item.id).toBeTruthy();
        }
      }),
      RUNS,
    );
  });

  it('gives running guidance for every condition in the top three', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = run(answers);
        const training = result.plan.training.map((item) => PLAN_BY_ID.get(item.id));
        for (const { id } of result.conditions.slice(0, 3)) {
          expect(
            training.some((item) => item?.coversAll || item?.conditions?.includes(id)),
            id,
          ).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('shows texts about a condition only when that condition is in the top three', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = run(answers);
        const topThree = result.conditions.slice(0, 3).map((c) => c.id);
        for (const item of planOf(result)) {
          const about = PLAN_BY_ID.get(item.id)?.about;
          if (about)
            expect(
              about.some((id) => topThree.includes(id)),
              item.id,
            ).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('never asks the runner to watch for what they already reported', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const { ctx } = flowState(FLOW, answers);
        const shown = run(answers).safetyNet;
        for (const item of SAFETY_NET) {
          if (item.watchesFor && evalCond(item.watchesFor, ctx) === true)
            expect(shown, item.id).not.toContain(text('en', `safety.${item.id}`));
        }
      }),
      RUNS,
    );
  });

  it('gives only urgency reasons that set the level, and never one about a flag that is ruled out', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = run(answers);
        const status = new Map(result.redFlags.map((f) => [f.id, f]));
        for (const reason of result.urgency.reasons) {
          if (reason.kind !== 'red-flag' && reason.kind !== 'red-flag-unsure') continue;
          const flag = status.get(reason.id);
          expect(flag?.status, reason.id).toBe(reason.kind === 'red-flag' ? 'positive' : 'unsure');
          expect(flag?.urgency, reason.id).toBe(result.urgency.level);
        }
      }),
      RUNS,
    );
  });
});
