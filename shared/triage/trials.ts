/**
 * @module The answers worth trying for a question, to see what knowing it could change: each option
 * on its own (a multiple choice's "none of these" too), and for a number the values just either side of
 * every threshold the rules compare it with, so every interval between thresholds is tried. "Not sure"
 * is never tried: it adds no knowledge, and what it would open is the result's own concern.
 */

import type { QuestionDef } from '../questionnaire/definition.ts';
import { optionIds } from '../questionnaire/flow.ts';
import { FRESH_INJURY } from '../questionnaire/predicates.ts';
import { QUESTIONS } from '../questionnaire/questions.ts';
import type { Cond } from '../schemas/condition.ts';
import type { AnswerValue } from '../schemas/values.ts';
import { CONDITIONS } from './conditions.ts';
import { EVIDENCE_RULES } from './evidence.ts';
import { RED_FLAGS } from './red-flags.ts';

/** Every condition that can move the urgency, the stretch verdict or the ranking. */
const DECIDING: readonly Cond[] = [
  ...RED_FLAGS.map((flag) => flag.when),
  ...EVIDENCE_RULES.map((rule) => rule.when),
  ...CONDITIONS.flatMap((condition) => (condition.urgencyIf ?? []).map((rule) => rule.when)),
  ...QUESTIONS.flatMap((question) => [question.showIf, question.withheldIf].filter((c) => c !== undefined)),
  FRESH_INJURY,
];

const TRIAL_NUMBERS: ReadonlyMap<string, readonly number[]> = (() => {
  const trials = new Map<string, Set<number>>();
  const visit = (cond: Cond) => {
    if ('all' in cond) cond.all.forEach(visit);
    else if ('any' in cond) cond.any.forEach(visit);
    else if ('not' in cond) visit(cond.not);
    else if ('sure' in cond) visit(cond.sure);
    else if ('gte' in cond || 'lte' in cond) {
      const at = 'gte' in cond ? cond.gte : cond.lte;
      const set = trials.get(cond.q) ?? new Set<number>();
      for (const n of [at - 1, at, at + 1]) set.add(n);
      trials.set(cond.q, set);
    }
  };
  DECIDING.forEach(visit);
  return new Map([...trials].map(([q, set]) => [q, [...set].sort((a, b) => a - b)]));
})();

/** The answers to try; `none` false leaves out a multiple choice's "none of these". */
export function trialAnswers(question: QuestionDef, { none = true } = {}): AnswerValue[] {
  if (question.type === 'number') return [...(TRIAL_NUMBERS.get(question.id) ?? [])];
  const options = optionIds(question).filter((id) => id !== 'unsure' && (none || id !== 'none'));
  return question.type === 'multi' || question.type === 'region' ? options.map((id) => [id]) : options;
}
