import { fingerprint } from '../logic/fingerprint.ts';
import type { Flow } from '../schemas/questionnaire.ts';
import { RED_FLAGS, SELF_TEST_BLOCKERS } from '../triage/red-flags.ts';
import type { QuestionDef } from './definition.ts';
import { QUESTIONS } from './questions.ts';

/** The questionnaire's flow: which questions exist, when each is asked, and when self-tests are withheld. */
export const FLOW: Flow = {
  questions: QUESTIONS,
  selfTestBlockers: SELF_TEST_BLOCKERS,
  exits: RED_FLAGS.filter((flag) => flag.exit),
};

/**
 * The questionnaire's version: the fingerprint of its flow (questions, options, when each is asked,
 * exits, blockers). Answers are only accepted for the current one, so a change always reaches clients
 * (a 409), and wording alone never invalidates answers.
 */
export const QUESTIONNAIRE_VERSION = fingerprint({
  questions: QUESTIONS,
  exits: FLOW.exits.map(({ when }) => when),
  blockers: SELF_TEST_BLOCKERS,
});

export const QUESTION_BY_ID: ReadonlyMap<string, QuestionDef> = new Map(QUESTIONS.map((q) => [q.id, q]));

/** Every option id a question accepts, generic "none of these" and "not sure" included. */
export function optionIds(question: QuestionDef): string[] {
  const base = question.type === 'yes-no' ? ['yes', 'no'] : [...(question.options ?? [])];
  if (question.none) base.push('none');
  if (question.unsure) base.push('unsure');
  return base;
}

/** Options chosen alone in a multiple-choice question. */
export function isExclusive(question: QuestionDef, option: string): boolean {
  return (
    (question.type === 'multi' || question.type === 'region') &&
    (option === 'unsure' || (option === 'none' && !!question.none))
  );
}
