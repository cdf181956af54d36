/**
 * @module Checks a set of answers against the questionnaire and says, per field, what is wrong and what
 * is allowed: an unknown question, a value of the wrong type, an option not offered, an answer to a
 * question the flow does not ask given the other answers. Messages are for the developer calling the API.
 */
import { type ValueRule, valueProblem } from '../logic/value-check.ts';
import { flowState } from '../logic/visibility.ts';
import type { Cond } from '../schemas/condition.ts';
import type { Answers, AnswerValue } from '../schemas/values.ts';
import type { QuestionDef } from './definition.ts';
import { FLOW, isExclusive, optionIds, QUESTION_BY_ID, QUESTIONNAIRE_VERSION } from './flow.ts';

export interface FieldProblem {
  field: string;
  reason: string;
}

const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/** A condition in words, for telling a caller when a question is asked. */
export function describeCond(cond: Cond): string {
  if ('all' in cond) return `(${cond.all.map(describeCond).join(' and ')})`;
  if ('any' in cond) return `(${cond.any.map(describeCond).join(' or ')})`;
  if ('not' in cond) return `not (${describeCond(cond.not)})`;
  if ('sure' in cond) return `(${describeCond(cond.sure)}, known for sure)`;
  if ('is' in cond) return `${cond.q} is "${cond.is}"`;
  if ('in' in cond) return `${cond.q} is one of ${quoted(cond.in)}`;
  if ('has' in cond) return `${cond.q} includes "${cond.has}"`;
  if ('hasAny' in cond) return `${cond.q} includes any of ${quoted(cond.hasAny)}`;
  return 'gte' in cond ? `${cond.q} ≥ ${cond.gte}` : `${cond.q} ≤ ${cond.lte}`;
}

/**
 * Each question as the value check reads it, its options spelled out: made once per isolate rather than
 * for every answer of every request.
 */
const valueRule = (question: QuestionDef): ValueRule => ({
  ...question,
  options: optionIds(question).map((id) => ({ id, exclusive: isExclusive(question, id) })),
});
const VALUE_RULES = new Map([...QUESTION_BY_ID.values()].map((question) => [question, valueRule(question)]));

function checkValue(question: QuestionDef, value: AnswerValue): string | undefined {
  const rule = VALUE_RULES.get(question) ?? valueRule(question);
  const problem = valueProblem(rule, value);
  if (problem === undefined) return undefined;
  const options = optionIds(question);
  const { min, max } = question;
  switch (problem) {
    case 'type':
      if (question.type === 'number') return `must be a number from ${min} to ${max}`;
      return question.type === 'multi' || question.type === 'region'
        ? `must be a list of option ids from ${quoted(options)}`
        : `must be one option id, one of ${quoted(options)}`;
    case 'whole':
      return `must be a whole number from ${min} to ${max}`;
    case 'range':
      return `must be from ${min} to ${max}, got ${value}`;
    case 'option': {
      if (!Array.isArray(value)) return `"${value}" is not an option; allowed: ${quoted(options)}`;
      const unknown = value.filter((v) => !options.includes(v));
      return `${quoted(unknown)} ${unknown.length > 1 ? 'are not options' : 'is not an option'}; allowed: ${quoted(options)}`;
    }
    case 'repeat':
      return 'lists an option more than once';
    case 'alone':
      return `${quoted((value as string[]).filter((v) => isExclusive(question, v)))} must be chosen alone`;
    default:
      return undefined;
  }
}

function hiddenReason(question: QuestionDef): string {
  if (question.showIf)
    return `is not asked with these answers: it is only asked when ${describeCond(question.showIf)}`;
  return 'is not asked with these answers: self-tests are not offered when a red flag is present or after an acute injury with bruising';
}

/**
 * Every problem with a set of answers, in one pass: values of the wrong shape, and answers to questions
 * the flow does not ask (decided from the answers that are well formed, so one bad value does not hide
 * another problem and a caller can fix everything at once). With `stale`, answers to questions the flow
 * no longer asks are accepted.
 */
export function validateAnswers(answers: Answers, { stale = false } = {}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const wellFormed: Answers = {};
  for (const [id, value] of Object.entries(answers)) {
    const question = QUESTION_BY_ID.get(id);
    if (!question) {
      problems.push({
        field: `answers.${id}`,
        reason: `is not a question in questionnaire ${QUESTIONNAIRE_VERSION}`,
      });
      continue;
    }
    const reason = checkValue(question, value);
    if (reason) problems.push({ field: `answers.${id}`, reason });
    else wellFormed[id] = value;
  }
  // The interview takes answers the flow no longer asks (a runner went back and changed one) and names them.
  if (stale) return problems;
  const asked = new Set(flowState(FLOW, wellFormed).asked);
  for (const id of Object.keys(wellFormed)) {
    const question = QUESTION_BY_ID.get(id);
    if (question && !asked.has(id)) problems.push({ field: `answers.${id}`, reason: hiddenReason(question) });
  }
  return problems;
}
