/**
 * fast-check arbitraries for answer sets the questionnaire accepts: each question, in order, is either
 * skipped or answered with a valid value, and only if the flow asks it given the answers before it.
 * Shared by the engine property tests and (later) the API fuzz tests.
 */
import fc from 'fast-check';
import {
  type Answers,
  type AnswerValue,
  askedQuestions,
  FLOW,
  optionIds,
  QUESTIONS,
  type QuestionDef,
} from '../../../shared/index.ts';

export function valueArbitrary(question: QuestionDef): fc.Arbitrary<AnswerValue> {
  const options = optionIds(question);
  switch (question.type) {
    case 'number':
      return fc.integer({ min: question.min ?? 0, max: question.max ?? 100 });
    case 'single':
    case 'yes-no':
      return fc.constantFrom(...options);
    case 'multi':
    case 'region': {
      const exclusive = options.filter((o) => o === 'unsure' || (o === 'none' && question.none));
      const plain = options.filter((o) => !exclusive.includes(o));
      const subset = fc.uniqueArray(fc.constantFrom(...plain), { minLength: 1, maxLength: plain.length });
      return exclusive.length
        ? fc.oneof(
            subset,
            fc.constantFrom(...exclusive).map((o) => [o]),
          )
        : subset;
    }
  }
}

/** A candidate per question (or undefined = skipped), then pruned to what the flow asks, in order. */
export const answersArbitrary: fc.Arbitrary<Answers> = fc
  .tuple(...QUESTIONS.map((q) => fc.option(valueArbitrary(q), { nil: undefined, freq: 3 })))
  .map((candidates) => {
    const answers: Answers = {};
    QUESTIONS.forEach((question, i) => {
      const value = candidates[i];
      if (value === undefined) return;
      if (askedQuestions(FLOW, answers).includes(question.id)) answers[question.id] = value;
    });
    return answers;
  });

/**
 * A runner who answers every question the flow asks (an optional one now and then left out), the
 * red-flag screen mostly "none of these", so most sets get past the screen to the questions about the pain.
 */
export const completeAnswersArbitrary: fc.Arbitrary<Answers> = fc
  .tuple(
    ...QUESTIONS.map((q) =>
      fc.record({ value: valueArbitrary(q), calm: fc.boolean(), dice: fc.integer({ min: 0, max: 9 }) }),
    ),
  )
  .map((candidates) => {
    const answers: Answers = {};
    QUESTIONS.forEach((question, i) => {
      const candidate = candidates[i];
      if (!candidate || !askedQuestions(FLOW, answers).includes(question.id)) return;
      if (question.optional && candidate.dice < 3) return;
      const screen = question.redFlag && !question.clarifies && question.none;
      answers[question.id] = screen && (candidate.calm || candidate.dice < 6) ? ['none'] : candidate.value;
    });
    return answers;
  });
