/**
 * @module Unanswered questions whose answer could change which condition ranks first: for each asked
 * question without an answer (or answered "not sure"), try every answer it offers and re-rank. Answers
 * that would raise a red flag are not tried: the red-flag screen and the safety net report those, and a
 * red flag changes the advice, not the differential. Red-flag questions are likewise left to the screen.
 *
 * Re-ranking is the engine's most expensive step, so a question is first tested against a bound: an
 * answer to q can only switch on rules that read q (Kleene logic is monotone, so a rule that already
 * holds keeps holding when an unknown becomes known) or change rules that read questions whose
 * visibility depends on q. If no challenger could close its gap to the leader even if every such rule
 * swung its way, q cannot change the first rank and is skipped without re-ranking.
 */
import { type EvalContext, evalCond, isUnsure, questionsOf } from '../logic/evaluate.ts';
import { flowState } from '../logic/visibility.ts';
import { FLOW, QUESTION_BY_ID } from '../questionnaire/flow.ts';
import { QUESTIONS } from '../questionnaire/questions.ts';
import type { Answers } from '../schemas/values.ts';
import { CONDITIONS, type ConditionId } from './conditions.ts';
import { EVIDENCE_RULES, type EvidenceRule } from './evidence.ts';
import { SELF_TEST_BLOCKERS } from './red-flags.ts';
import { firedRules, leaderOf, type Scored } from './score.ts';
import { trialAnswers } from './trials.ts';

/** The evidence rules that read each question. */
const READERS: ReadonlyMap<string, readonly EvidenceRule[]> = (() => {
  const readers = new Map<string, EvidenceRule[]>();
  for (const rule of EVIDENCE_RULES) {
    for (const q of questionsOf(rule.when)) readers.set(q, [...(readers.get(q) ?? []), rule]);
  }
  return readers;
})();
const SHOW_IF_READS = new Map<string, ReadonlySet<string>>(
  QUESTIONS.map((q) => [q.id, q.showIf ? questionsOf(q.showIf) : new Set<string>()]),
);
/**
 * Asked questions whose visibility an answer to q could change. A showIf that is already true or false
 * stays so when an unknown becomes known, so only showIfs that are unknown now can flip, and only towards
 * hiding a question that is asked now. (Self-test blockers only flip by raising a red flag, and those
 * answers are not tried.)
 */
function dependents(q: string, asked: readonly string[], ctx: EvalContext): Set<string> {
  const changed = new Set([q]);
  const out = new Set<string>();
  const reachesChanged = (reads: ReadonlySet<string>) => {
    for (const r of reads) if (changed.has(r)) return true;
    return false;
  };
  for (const id of asked) {
    const question = QUESTION_BY_ID.get(id);
    if (!question || id === q) continue;
    const showIfMayFlip =
      question.showIf !== undefined &&
      reachesChanged(SHOW_IF_READS.get(id) ?? new Set()) &&
      evalCond(question.showIf, ctx) === undefined;
    if (showIfMayFlip) {
      out.add(id);
      changed.add(id);
    }
  }
  return out;
}

/** Whether an answer to q could move some challenger to or past the leader, at most. */
function couldOvertake(
  q: string,
  ranked: readonly Scored[],
  holding: ReadonlySet<EvidenceRule>,
  maybeHidden: ReadonlySet<string>,
): boolean {
  const [leader, ...challengers] = ranked;
  if (!leader) return false;
  // A rule that reads q can only switch on (one that already holds keeps holding); a rule on a question
  // that may become hidden can go either way.
  const switchOn = (READERS.get(q) ?? []).filter((rule) => !holding.has(rule));
  const eitherWay = new Set([...maybeHidden].flatMap((d) => READERS.get(d) ?? []));
  return challengers.some((c) => {
    let swing = 0;
    const delta = (rule: EvidenceRule) => (rule.effects[c.id] ?? 0) - (rule.effects[leader.id] ?? 0);
    for (const rule of eitherWay) swing += Math.abs(delta(rule));
    for (const rule of switchOn) if (!eitherWay.has(rule)) swing += Math.max(0, delta(rule));
    return leader.score - c.score <= swing;
  });
}

/**
 * Questions whose answer moves nothing but the evidence rules that read them: no showIf, self-test
 * blocker or caution reads them and no follow-up clarifies them, so which questions are asked, and how,
 * stays as it is whatever they are answered.
 */
const LOCAL: ReadonlySet<string> = (() => {
  const visibility = new Set<string>();
  for (const q of QUESTIONS) {
    if (q.showIf) questionsOf(q.showIf, visibility);
    if (q.withheldIf) questionsOf(q.withheldIf, visibility);
    if (q.clarifies) visibility.add(q.clarifies);
  }
  for (const blocker of SELF_TEST_BLOCKERS) questionsOf(blocker, visibility);
  return new Set(QUESTIONS.map((q) => q.id).filter((id) => !visibility.has(id)));
})();

/** The first-ranked condition with q answered `value`, re-reading only the rules on q (q in LOCAL). */
function leaderWith(q: string, value: Answers[string], ctx: EvalContext, ranked: readonly Scored[]) {
  const scores = new Map(ranked.map((s) => [s.id, s.score]));
  const trial: EvalContext = {
    ...ctx,
    answers: { ...ctx.answers, [q]: value },
    omitted: (id) => id !== q && !!ctx.omitted?.(id),
    memo: undefined,
  };
  for (const rule of READERS.get(q) ?? []) {
    const change = Number(evalCond(rule.when, trial) === true) - Number(evalCond(rule.when, ctx) === true);
    if (change)
      for (const [id, weight] of Object.entries(rule.effects))
        scores.set(id as ConditionId, (scores.get(id as ConditionId) ?? 0) + change * weight);
  }
  // The ranking's own order: score, then the condition that matters more if missed, then vocabulary.
  let best: (typeof CONDITIONS)[number] | undefined;
  for (const condition of CONDITIONS) {
    const diff = (scores.get(condition.id) ?? 0) - (best ? (scores.get(best.id) ?? 0) : -Infinity);
    if (diff > 0 || (diff === 0 && condition.serious && !best?.serious)) best = condition;
  }
  return best?.id;
}

/** The first-ranked condition for these answers, or undefined if they raise a red flag not raised before. */
function leaderWithoutNewRedFlag(answers: Answers, raised: readonly boolean[]): string | undefined {
  const { ctx } = flowState(FLOW, answers);
  if (SELF_TEST_BLOCKERS.some((blocker, i) => !raised[i] && evalCond(blocker, ctx) === true))
    return undefined;
  return leaderOf(ctx);
}

export function rankingUnknowns(
  answers: Answers,
  asked: readonly string[],
  ctx: EvalContext,
  ranked: readonly Scored[],
): string[] {
  const first = ranked[0]?.id;
  if (!first) return [];
  const holding = new Set(firedRules(ctx));
  const raised = SELF_TEST_BLOCKERS.map((blocker) => evalCond(blocker, ctx) === true);
  return asked.filter((id) => {
    const question = QUESTION_BY_ID.get(id);
    const answer = answers[id];
    if (!question || question.redFlag || (answer !== undefined && !isUnsure(answer))) return false;
    if (!couldOvertake(id, ranked, holding, dependents(id, asked, ctx))) return false;
    return trialAnswers(question, { none: false }).some((value) => {
      const leader = LOCAL.has(id)
        ? leaderWith(id, value, ctx, ranked)
        : leaderWithoutNewRedFlag({ ...answers, [id]: value }, raised);
      return leader !== undefined && leader !== first;
    });
  });
}
