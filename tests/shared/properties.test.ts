/**
 * Properties of the engine over generated answer sets (fast-check): any valid set gives a valid, complete,
 * deterministic result; red flags only ever raise the urgency; "not sure" never lowers it; the plan never
 * contradicts the stretch verdict.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  type Answers,
  PLAN_ITEMS,
  QUESTION_BY_ID,
  RED_FLAGS,
  triage,
  urgencyRank,
  validateAnswers,
} from '../../shared/index.ts';
import { TriageResultSchema } from '../../shared/schemas/index.ts';
import { answersArbitrary } from './support/answer-arbitrary.ts';

const RUNS = { numRuns: 300 };
const run = (answers: Answers) => triage({ lang: 'en', answers });

/**
 * The options of the always-asked screening questions that some red flag reads directly ("yes, I have
 * this"). Follow-ups such as the hip-replacement one are only asked after their gate, so adding to them
 * alone is not a meaningful change.
 */
const RED_FLAG_OPTIONS: Array<[string, string]> = RED_FLAGS.flatMap(({ when }) => {
  const question = 'q' in when ? QUESTION_BY_ID.get(when.q) : undefined;
  if (!('q' in when) || !question?.redFlag || question.showIf) return [];
  const options = 'has' in when ? [when.has] : 'hasAny' in when ? when.hasAny : [];
  return options.map((option): [string, string] => [when.q, option]);
});
const LENGTHENING = new Set(PLAN_ITEMS.filter((item) => item.lengthens).map((item) => item.id));

/**
 * The same answers with a red-flag question answered definitely: its current yes-options, or "none of
 * these". (Starting from unanswered would also imply answers to other questions: ticking only "cancer"
 * also says "no hip replacement", which hides the hip follow-up. The unanswered case has its own property.)
 */
function definite(answers: Answers, question: string): Answers {
  const current = answers[question];
  const kept = Array.isArray(current) ? current.filter((v) => v !== 'none' && v !== 'unsure') : [];
  return { ...answers, [question]: kept.length ? kept : ['none'] };
}

function withOption(answers: Answers, question: string, option: string): Answers {
  const kept = (answers[question] as string[]).filter((v) => v !== 'none');
  return { ...answers, [question]: [...new Set([...kept, option])] };
}

describe('engine properties', () => {
  it('accepts every generated answer set (the generator and the validator agree)', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => validateAnswers(answers).length === 0),
      RUNS,
    );
  });

  it('gives a result the published schema accepts, with a safety net and every condition ranked', () => {
    fc.assert(
      fc.property(answersArbitrary, fc.constantFrom('en' as const, 'es' as const), (answers, lang) => {
        const result = TriageResultSchema.parse(triage({ lang, answers }));
        return result.safetyNet.length > 0 && result.conditions.length === 14 && result.disclaimer.length > 0;
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

  it("never lowers the urgency when a red-flag answer is added, and reaches at least that flag's level", () => {
    fc.assert(
      fc.property(answersArbitrary, fc.constantFrom(...RED_FLAG_OPTIONS), (generated, [question, option]) => {
        const answers = definite(generated, question);
        const before = run(answers).urgency.level;
        const after = run(withOption(answers, question, option)).urgency.level;
        const flagLevel = RED_FLAGS.filter(
          (f) => 'has' in f.when && f.when.q === question && f.when.has === option,
        )
          .concat(
            RED_FLAGS.filter(
              (f) => 'hasAny' in f.when && f.when.q === question && f.when.hasAny.includes(option),
            ),
          )
          .map((f) => urgencyRank(f.urgency));
        return (
          urgencyRank(after) >= urgencyRank(before) && flagLevel.every((rank) => urgencyRank(after) >= rank)
        );
      }),
      RUNS,
    );
  });

  it('never lowers the urgency when a red-flag "none" becomes "not sure"', () => {
    fc.assert(
      fc.property(
        answersArbitrary,
        fc.constantFrom('rf-nerve', 'rf-now', 'rf-serious'),
        (answers, question) => {
          const none = run({ ...answers, [question]: ['none'] }).urgency.level;
          const unsure = run({ ...answers, [question]: ['unsure'] }).urgency.level;
          return urgencyRank(unsure) >= urgencyRank(none) && unsure !== 'self-care';
        },
      ),
      RUNS,
    );
  });

  it('keeps self-care only for results where every red flag was answered and negative', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = run(answers);
        return result.urgency.level !== 'self-care' || result.redFlags.every((f) => f.status === 'negative');
      }),
      RUNS,
    );
  });

  it('never puts a stretch or a lengthening exercise in the plan when the verdict is "avoid" or "not yet"', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const { stretch, plan } = run(answers);
        if (stretch.verdict !== 'avoid' && stretch.verdict !== 'not-yet') return true;
        return [...plan.now, ...plan.exercises, ...plan.training].every((item) => !LENGTHENING.has(item.id));
      }),
      RUNS,
    );
  });

  it('answers "not yet" and offers no exercises whenever a red flag is positive', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = run(answers);
        if (!result.redFlags.some((f) => f.status === 'positive')) return true;
        return result.stretch.verdict === 'not-yet' && result.plan.exercises.length === 0;
      }),
      RUNS,
    );
  });
});
