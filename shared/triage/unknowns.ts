/**
 * @module Unanswered questions whose answer could change which condition ranks first: for each asked
 * question without an answer (or answered "not sure"), try every answer it offers and re-rank.
 * Red-flag questions are reported through the red-flag screen instead.
 */
import { flowState } from '../logic/visibility.ts';
import type { QuestionDef } from '../questionnaire/definition.ts';
import { FLOW, optionIds, QUESTION_BY_ID } from '../questionnaire/flow.ts';
import type { Answers } from '../schemas/answers.ts';
import { scoreConditions } from './score.ts';

/** Ages either side of the thresholds the rules use. */
const TRIAL_AGES = [18, 30, 45, 55];

function trialValues(question: QuestionDef): Answers[string][] {
  if (question.type === 'number') return TRIAL_AGES;
  const options = optionIds(question).filter((id) => id !== 'unsure' && id !== 'none');
  return question.type === 'multi' || question.type === 'region' ? options.map((id) => [id]) : options;
}

function firstRanked(answers: Answers): string | undefined {
  return scoreConditions(flowState(FLOW, answers).ctx)[0]?.id;
}

export function rankingUnknowns(answers: Answers, asked: readonly string[], currentFirst: string): string[] {
  const open = asked.filter((id) => {
    const value = answers[id];
    return value === undefined || value === 'unsure' || (Array.isArray(value) && value.includes('unsure'));
  });
  return open.filter((id) => {
    const question = QUESTION_BY_ID.get(id);
    if (!question || question.redFlag) return false;
    return trialValues(question).some((value) => firstRanked({ ...answers, [id]: value }) !== currentFirst);
  });
}
