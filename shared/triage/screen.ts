/**
 * @module Runs the red-flag screen: each flag is positive, negative, unsure (unknown after some of its
 * questions were answered) or not asked (none of its questions were answered, e.g. after an early exit).
 * Unsure and not-asked both count as "not ruled out".
 */
import { type EvalContext, evalCond, questionsOf } from '../logic/evaluate.ts';
import type { RedFlagStatus } from '../schemas/triage.ts';
import { RED_FLAGS, type RedFlagRule } from './red-flags.ts';

export interface FlagOutcome {
  flag: RedFlagRule;
  status: RedFlagStatus;
}

const FLAG_QUESTIONS = new Map(RED_FLAGS.map((flag) => [flag.id, [...questionsOf(flag.when)]]));

export function screenRedFlags(ctx: EvalContext): FlagOutcome[] {
  return RED_FLAGS.map((flag) => {
    const truth = evalCond(flag.when, ctx);
    if (truth !== undefined) return { flag, status: truth ? 'positive' : 'negative' };
    const answeredAny = (FLAG_QUESTIONS.get(flag.id) ?? []).some((q) => ctx.answers[q] !== undefined);
    return { flag, status: answeredAny ? 'unsure' : 'not-asked' };
  });
}

export const isPositive = (outcome: FlagOutcome) => outcome.status === 'positive';
export const isOpen = (outcome: FlagOutcome) => outcome.status === 'unsure' || outcome.status === 'not-asked';
