/**
 * The engine tries single answers by starting from what it already worked out (flowStateWith,
 * assessWith) rather than from scratch. Shortcuts must not change a result: each is checked against the
 * full computation for the changed answers, over generated answer sets and every answer a question offers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Answers, FLOW, flowState, QUESTIONS } from '../../shared/index.ts';
import { flowStateWith } from '../../shared/logic/flow-trial.ts';
import { type Assessment, assess, assessWith, outcomeWith } from '../../shared/triage/assess.ts';
import { trialAnswers } from '../../shared/triage/trials.ts';
import { answersArbitrary } from './support/answer-arbitrary.ts';

/** Answers, and one question with one answer it offers to try in their place. */
const trialArbitrary = answersArbitrary.chain((answers) =>
  fc
    .constantFrom(...QUESTIONS)
    .chain((question) =>
      fc
        .constantFrom(...trialAnswers(question))
        .map((value) => ({ answers: answers as Answers, id: question.id, value })),
    ),
);

/** What an assessment says, without its context object and the bounds' lift function. */
const said = ({ ctx: _ctx, bounds: { lift: _lift, ...bounds }, ...rest }: Assessment) => ({
  ...rest,
  bounds,
});

describe('trying one answer from what is already known', () => {
  it('gives the flow state of the changed answers', () => {
    fc.assert(
      fc.property(trialArbitrary, ({ answers, id, value }) => {
        const changed = { ...answers, [id]: value };
        const tried = flowStateWith(FLOW, flowState(FLOW, answers).ctx, id, value);
        const full = flowState(FLOW, changed);
        expect(tried.asked).toEqual(full.asked);
        expect(tried.withheld).toEqual(full.withheld);
        for (const question of QUESTIONS)
          expect([question.id, tried.ctx.state(question.id)]).toEqual([
            question.id,
            full.ctx.state(question.id),
          ]);
      }),
      { numRuns: 300 },
    );
  });

  it('names every question whose state it changes among those to read again', () => {
    fc.assert(
      fc.property(trialArbitrary, ({ answers, id, value }) => {
        const before = flowState(FLOW, answers).ctx;
        const tried = flowStateWith(FLOW, before, id, value);
        const moved = QUESTIONS.filter((q) => tried.ctx.state(q.id) !== before.state(q.id)).map((q) => q.id);
        expect([...tried.reread]).toEqual(expect.arrayContaining([id, ...moved]));
      }),
      { numRuns: 300 },
    );
  });

  it('assesses the changed answers as a full assessment does', () => {
    fc.assert(
      fc.property(trialArbitrary, ({ answers, id, value }) => {
        const tried = assessWith(assess(answers), id, value);
        expect(said(tried)).toEqual(said(assess({ ...answers, [id]: value })));
      }),
      { numRuns: 200 },
    );
  });

  it('advises and ranks first what a full assessment of the changed answers does', () => {
    fc.assert(
      fc.property(trialArbitrary, ({ answers, id, value }) => {
        const full = assess({ ...answers, [id]: value });
        expect(outcomeWith(assess(answers), id, value)).toEqual({
          level: full.urgency.level,
          verdict: full.stretch.verdict,
          first: full.ranked[0]?.id,
        });
      }),
      { numRuns: 200 },
    );
  });
});
