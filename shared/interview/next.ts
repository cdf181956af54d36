/**
 * @module The interview: which question to ask next, and when the answer is settled. The questionnaire
 * lists every question a runner might be asked; a good clinician asks only those that could still change
 * what they would say. So, after each answer:
 *
 * 1. the red-flag screen, in full and first, each "not sure" followed by its follow-up;
 * 2. any question a protection is waiting on: a red flag, a self-test blocker or a fresh injury that is
 *    neither ruled in nor out (an unknown is asked about, never taken as a no);
 * 3. of the rest, the question whose answer could change the most: the advice (the urgency or the stretch
 *    verdict) before the most likely cause; on a tie, the questionnaire's own order, which is how a
 *    clinician takes a history (the pain, how it behaves, its past, then the self-tests).
 *
 * "Could change" is tried, not guessed: every answer a question offers (interview/trials.ts) is run
 * through the engine's core and compared with what it says now. Once no single remaining answer could
 * change the urgency, the stretch verdict or the most likely cause, the interview is settled: the result
 * can be shown, and the runner may still answer on. Protections are decided exactly (three-valued logic:
 * a flag false with a question unanswered is false whatever the answer), so stopping never leaves one open.
 */
import { type EvalContext, evalCond, raised, reach, readsOf } from '../logic/evaluate.ts';
import { FLOW, QUESTION_BY_ID } from '../questionnaire/flow.ts';
import { FRESH_INJURY } from '../questionnaire/predicates.ts';
import type { QuestionId } from '../questionnaire/questions.ts';
import type { Cond } from '../schemas/condition.ts';
import type { Answers, StepReason } from '../schemas/values.ts';
import { type Assessment, adviceIfOpen, assess, outcomeWith } from '../triage/assess.ts';
import { STRETCH_CAUTION } from '../triage/conditions.ts';
import { SELF_TEST_BLOCKERS } from '../triage/red-flags.ts';
import { trialAnswers } from '../triage/trials.ts';
import { type StretchVerdict, urgencyRank } from '../vocabulary.ts';

const caution = (verdict: StretchVerdict) => STRETCH_CAUTION.indexOf(verdict);

export interface InterviewStep {
  /** The question to ask next; null when nothing is left to ask. */
  next: QuestionId | null;
  reason: StepReason | null;
  /** No single remaining answer could change the urgency, the stretch verdict or the most likely cause. */
  settled: boolean;
  /** A red flag that ends the questionnaire holds: the result now, nothing more to ask. */
  exit: boolean;
  /** Questions answered (or skipped) so far. */
  answered: number;
  /** Questions that could still change the result, as far as it can tell now: asked unless settled first. */
  toGo: number;
  /**
   * Questions that could still be asked at all, withheld self-tests included. Each answer lowers it by
   * at least one (a follow-up only replaces the "not sure" it follows), so answered / (answered + atMost)
   * never goes backwards.
   */
  atMost: number;
  /** Answers to questions the flow no longer asks (an earlier answer changed): drop them before the result. */
  stale: QuestionId[];
}

const PROTECTIONS: readonly Cond[] = [...SELF_TEST_BLOCKERS, FRESH_INJURY];

/** Neither ruled in nor out, and some answer to the unanswered questions could rule it out. */
function waiting(cond: Cond, ctx: EvalContext): boolean {
  return evalCond(cond, ctx) === undefined && reach(cond, ctx).canBeFalse;
}

interface Outcome {
  level: string;
  verdict: string;
  first: string | undefined;
}
const outcomeOf = (a: Assessment): Outcome => ({
  level: a.urgency.level,
  verdict: a.stretch.verdict,
  first: a.ranked[0]?.id,
});

/** 2: an answer could change the advice; 1: only the most likely cause; 0: nothing. */
function impact(id: string, current: Assessment, now: Outcome): 0 | 1 | 2 {
  const question = QUESTION_BY_ID.get(id);
  if (!question) return 0;
  let found: 0 | 1 | 2 = 0;
  for (const value of trialAnswers(question)) {
    const then = outcomeWith(current, id, value);
    if (then.level !== now.level || then.verdict !== now.verdict) return 2;
    if (then.first !== now.first) found = 1;
  }
  return found;
}

export function nextStep(answers: Answers, skipped: readonly string[] = []): InterviewStep {
  const current = assess(answers);
  const { asked, withheld, ctx } = current;
  const remaining = asked.filter((id) => answers[id] === undefined && !skipped.includes(id));
  // A question may be asked once what decides whether it applies is known, or left open by a "not sure".
  // Worked out once per question and step: the search below asks it for every pair of questions.
  const readiness = new Map<string, boolean>();
  const ready = (id: string) => {
    let isReady = readiness.get(id);
    if (isReady === undefined) {
      const showIf = QUESTION_BY_ID.get(id)?.showIf;
      isReady = !showIf || raised(showIf, ctx);
      readiness.set(id, isReady);
    }
    return isReady;
  };
  /** The first of these that can be asked now; a question behind another's showIf waits for that one. */
  const firstReady = (wanted: Set<string>) => {
    for (const id of remaining)
      if (wanted.has(id) && !ready(id))
        for (const read of readsOf(QUESTION_BY_ID.get(id)?.showIf as Cond)) wanted.add(read);
    return remaining.find((id) => wanted.has(id) && ready(id));
  };
  const waitedOn = (conds: readonly Cond[]) => {
    const reads = new Set<string>();
    for (const cond of conds) if (waiting(cond, ctx)) for (const read of readsOf(cond)) reads.add(read);
    return firstReady(reads);
  };
  // Questions that can be asked now, or once the questions they wait for are answered.
  // (A question ready now is what firstReady finds for it alone: only one that waits needs the search.)
  const askable = remaining.filter((id) => ready(id) || firstReady(new Set([id])) !== undefined);
  const step = (next: string | undefined, reason: StepReason, toGo = askable.length): InterviewStep => ({
    next: (next ?? null) as QuestionId | null,
    reason: next ? reason : null,
    settled: false,
    exit: false,
    answered: asked.length - remaining.length,
    toGo,
    stale: Object.keys(answers).filter((id) => !asked.includes(id)) as QuestionId[],
    // A withheld self-test may come back: "new pain, unexplained" is lifted by a later explanation.
    atMost: askable.length + withheld.filter((id) => !skipped.includes(id)).length,
  });

  if (FLOW.exits.some((exit) => evalCond(exit.when, ctx) === true))
    return { ...step(undefined, 'more', 0), settled: true, exit: true, atMost: 0 };
  const screen = remaining.find((id) => QUESTION_BY_ID.get(id)?.redFlag);
  if (screen) return step(screen, 'red-flag');
  const followUp = remaining.find((id) => QUESTION_BY_ID.get(id)?.clarifies);
  if (followUp) return step(followUp, 'follow-up');
  const safety = waitedOn(PROTECTIONS);
  if (safety) return step(safety, 'safety');

  const now = outcomeOf(current);
  let best: string | undefined;
  let bestImpact = 0;
  let toGo = 0;
  for (const id of remaining.filter(ready)) {
    const found = impact(id, current, now);
    if (found > 0) toGo++;
    if (found > bestImpact) [best, bestImpact] = [id, found];
  }
  if (best) {
    // A self-test whose own safety condition is still open waits for the questions that settle it.
    const withheldIf = QUESTION_BY_ID.get(best)?.withheldIf;
    const first = (withheldIf && waitedOn([withheldIf])) || best;
    return step(first, first !== best ? 'safety' : bestImpact === 2 ? 'advice' : 'cause', toGo);
  }
  const hidden = hiddenThreat(current, askable);
  if (hidden) return step(firstReady(new Set([hidden])), 'advice', 1);
  return { ...step(remaining.find(ready), 'more', 0), settled: true };
}

/**
 * No single answer changes the advice, but could several together? If reading every unasked question as
 * open makes the advice more cautious, the question that could lift the conditions behind that caution
 * the most is asked, rather than the advice escalated by default or the protection dropped.
 */
function hiddenThreat(current: Assessment, questions: readonly string[]): string | undefined {
  if (!questions.length) return undefined;
  const joint = adviceIfOpen(current, questions);
  const graver = urgencyRank(joint.urgency.level) > urgencyRank(current.urgency.level);
  const warier = caution(joint.stretch.verdict) > caution(current.stretch.verdict);
  if (!graver && !warier) return undefined;
  const leader = current.ranked[0]?.id;
  const known = new Set([...current.bounds.close, ...current.bounds.possible]);
  const threats = [...joint.bounds.close, ...joint.bounds.possible].filter((id) => !known.has(id));
  if (!leader) return questions[0];
  let best = questions[0];
  let most = 0;
  for (const q of questions) {
    const lift = threats.reduce((sum, t) => sum + joint.bounds.lift(q, t, leader), 0);
    if (lift > most) [best, most] = [q, lift];
  }
  return best;
}
