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
 *
 * A trial starts from the decision's own reading: only the questions whose state the answer changes are
 * decided again (logic/flow-trial.ts contextWith), and only the rules and blockers reading what
 * changed are evaluated again.
 */
import {
  type EvalContext,
  evalCond,
  isUnsure,
  questionNumber,
  questionsOf,
  type Truth,
  withAnswer,
} from '../logic/evaluate.ts';
import { contextWith } from '../logic/flow-trial.ts';
import { truthTest } from '../logic/truth-test.ts';
import { FLOW, QUESTION_BY_ID } from '../questionnaire/flow.ts';
import { QUESTIONS } from '../questionnaire/questions.ts';
import type { Cond } from '../schemas/condition.ts';
import type { Answers, AnswerValue } from '../schemas/values.ts';
import { SELF_TEST_BLOCKERS } from './red-flags.ts';
import {
  CONDITION_INDEX,
  leaderIndex,
  N,
  READERS,
  RULE_EFFECTS,
  RULE_READS,
  RULE_TRUTH,
  RULE_WEIGHTS,
  rescore,
  scoresOf,
} from './rule-index.ts';
import type { Scored } from './score.ts';
import { trialAnswers } from './trials.ts';

const SHOW_IF_READS = new Map<string, ReadonlySet<string>>(
  QUESTIONS.map((q) => [q.id, q.showIf ? questionsOf(q.showIf) : new Set<string>()]),
);
/** The questions whose showIf reads each question, directly or through another showIf. */
const SHOWN_BY: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  QUESTIONS.map((q) => {
    const reached = new Set<string>([q.id]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const [id, reads] of SHOW_IF_READS)
        if (!reached.has(id) && [...reads].some((r) => reached.has(r))) {
          reached.add(id);
          grew = true;
        }
    }
    reached.delete(q.id);
    return [q.id, reached];
  }),
);
/** SHOWN_BY's questions in flow order, with their showIf and what it reads. */
const SHOWN_IN_ORDER: ReadonlyMap<
  string,
  ReadonlyArray<{ id: string; showIf: Cond; reads: ReadonlySet<string> }>
> = new Map(
  QUESTIONS.map((q) => [
    q.id,
    QUESTIONS.flatMap((shown) =>
      shown.showIf && SHOWN_BY.get(q.id)?.has(shown.id)
        ? [{ id: shown.id, showIf: shown.showIf, reads: SHOW_IF_READS.get(shown.id) ?? new Set<string>() }]
        : [],
    ),
  ]),
);

/**
 * Asked questions whose visibility an answer to q could change. A showIf that is already true or false
 * stays so when an unknown becomes known, so only showIfs that are unknown now can flip, and only towards
 * hiding a question that is asked now. (Self-test blockers only flip by raising a red flag, and those
 * answers are not tried.) `asked` lists the asked questions (a list a few dozen long: looked through only
 * for the questions a showIf could hide, rather than made a Set for every result).
 */
function dependents(q: string, asked: readonly string[], ctx: EvalContext): ReadonlySet<string> {
  const shown = SHOWN_IN_ORDER.get(q);
  // Most questions show no other: one empty set serves them all (readers only iterate it).
  if (!shown?.length) return NONE;
  const out = new Set<string>();
  const changed = new Set([q]);
  const reachesChanged = (reads: ReadonlySet<string>) => {
    for (const r of reads) if (changed.has(r)) return true;
    return false;
  };
  for (const { id, showIf, reads } of shown) {
    if (!asked.includes(id) || !reachesChanged(reads) || evalCond(showIf, ctx) !== undefined) continue;
    out.add(id);
    changed.add(id);
  }
  return out;
}
const NONE: ReadonlySet<string> = new Set();

/** Rules read by a question that may become hidden, marked within one couldOvertake call. */
const EITHER_WAY = new Uint8Array(RULE_TRUTH.length);
/**
 * The rules that can go either way, and those that can only switch on, listed within one couldOvertake
 * call: typed arrays kept for the isolate's life (a rule is listed at most once in each), as the bound is
 * taken a dozen times per result and growing fresh lists for it was most of what the search allocated.
 */
const EITHER_WAY_LIST = new Int32Array(RULE_TRUTH.length);
const SWITCH_ON_LIST = new Int32Array(RULE_TRUTH.length);

/**
 * Whether an answer to q could move some challenger to or past the leader, at most. With `leftOff`, for
 * one answer: the rules on q it cannot switch on (marked 1) are left out.
 */
function couldOvertake(
  q: string,
  ranking: Ranking,
  truths: readonly Truth[],
  maybeHidden: ReadonlySet<string>,
  leftOff?: Uint8Array,
): boolean {
  const { index, score } = ranking;
  if (!index.length) return false;
  // A rule that reads q can only switch on (one that already holds keeps holding); a rule on a question
  // that may become hidden can go either way.
  const eitherWay = EITHER_WAY_LIST;
  let eitherCount = 0;
  for (const d of maybeHidden) {
    const readers = READERS.get(d);
    if (readers)
      for (let r = 0; r < readers.length; r++) {
        const i = readers[r] as number;
        if (!EITHER_WAY[i]) {
          EITHER_WAY[i] = 1;
          eitherWay[eitherCount++] = i;
        }
      }
  }
  const switchOn = SWITCH_ON_LIST;
  let switchCount = 0;
  const readers = READERS.get(q);
  if (readers)
    for (let r = 0; r < readers.length; r++) {
      const i = readers[r] as number;
      if (truths[i] !== true && !EITHER_WAY[i] && !leftOff?.[i]) switchOn[switchCount++] = i;
    }
  for (let e = 0; e < eitherCount; e++) EITHER_WAY[eitherWay[e] as number] = 0;
  // No rule's swing for any pair exceeds its spread, and a sum of bounds (added in the same order, and
  // floating-point addition is monotone) bounds the sum; challengers trail further and further in rank
  // order, so once one trails by more than that, none after it can close its gap.
  let most = 0;
  for (let e = 0; e < eitherCount; e++) most += SPREAD[eitherWay[e] as number] as number;
  for (let s = 0; s < switchCount; s++) most += SPREAD[switchOn[s] as number] as number;
  const l = index[0] as number;
  for (let k = 1; k < index.length; k++) {
    if ((score[0] as number) - (score[k] as number) > most) return false;
    const c = index[k] as number;
    let swing = 0;
    for (let e = 0; e < eitherCount; e++) swing += Math.abs(effectGap(eitherWay[e] as number, c, l));
    for (let s = 0; s < switchCount; s++) swing += Math.max(0, effectGap(switchOn[s] as number, c, l));
    if ((score[0] as number) - (score[k] as number) <= swing) return true;
  }
  return false;
}

/** The ranking by rank: condition indices and scores, looked up once for every question's bound. */
interface Ranking {
  index: number[];
  score: number[];
}

/** Each question's trial answers (trials.ts, no "none"): the same for every result, so listed once. */
const TRIALS: ReadonlyMap<string, readonly AnswerValue[]> = new Map(
  QUESTIONS.map((q) => [q.id, trialAnswers(q, { none: false })]),
);

/**
 * For each question, the rules that read it alone and, by trial answer (the very values in TRIALS), those
 * of them the answer switches on. Such a rule's truth once q is answered is the answer's alone (q stays
 * asked, and an answer other than "not sure" is not narrowed), so one answer's bound can leave out the
 * rest. A multiple choice's trial is one option, so its rules are as settled as a single choice's.
 */
const ALONE_ON: ReadonlyMap<
  string,
  { rules: ReadonlySet<number>; fires: ReadonlyMap<AnswerValue, ReadonlySet<number>> }
> = (() => {
  const table = new Map<string, { rules: Set<number>; fires: Map<AnswerValue, Set<number>> }>();
  for (const question of QUESTIONS) {
    const rules = new Set((READERS.get(question.id) ?? []).filter((i) => RULE_READS[i]?.length === 1));
    if (!rules.size) continue;
    const fires = new Map<AnswerValue, Set<number>>();
    for (const option of TRIALS.get(question.id) ?? []) {
      const ctx: EvalContext = { answers: { [question.id]: option }, state: () => 'asked' };
      fires.set(option, new Set([...rules].filter((i) => RULE_TRUTH[i]?.(ctx) === true)));
    }
    table.set(question.id, { rules, fires });
  }
  return table;
})();

/**
 * For each question, by trial answer (in TRIALS' order), the rules ALONE_ON says that answer cannot
 * switch on, marked 1 by rule index; no entry where it cannot tell.
 */
const LEFT_OFF: ReadonlyMap<string, ReadonlyArray<Uint8Array | undefined>> = new Map(
  [...ALONE_ON].map(([q, { rules, fires }]) => [
    q,
    (TRIALS.get(q) ?? []).map((value) => {
      const fired = fires.get(value);
      if (!fired) return undefined;
      const leftOff = new Uint8Array(RULE_TRUTH.length);
      for (const i of rules) if (!fired.has(i)) leftOff[i] = 1;
      return leftOff;
    }),
  ]),
);

/** How much more rule i can add to one condition than to another, at most. */
const SPREAD: readonly number[] = RULE_EFFECTS.map((effects) => Math.max(...effects) - Math.min(...effects));

/** How much more rule i adds to condition c than to condition l. */
const effectGap = (i: number, c: number, l: number) => {
  const effects = RULE_EFFECTS[i] as Float64Array;
  return (effects[c] as number) - (effects[l] as number);
};

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
function leaderWith(q: string, value: AnswerValue, base: Base): number {
  // The ranking's own scores: scoreConditions sums them with scoresOf too, so they are the same bits.
  const scores = base.scores.slice();
  const { ctx } = base;
  // A finished pass is read in place with the answer swapped in, and put back: its rules then read it as
  // any pass, by position, rather than through a trial context's lookups by id (q's state, and every
  // other answer and state, are the base's either way).
  const pass = ctx.byNumber;
  const n = questionNumber(q);
  const k = pass && n < pass.position.length ? (pass.position[n] as number) : -1;
  const inPlace = pass !== undefined && k >= 0 && pass.cursor >= pass.required.length;
  const trial: EvalContext = inPlace
    ? ctx
    : {
        answers: withAnswer(ctx.answers, q, value),
        state: (id) => ctx.state(id),
        narrowed: (id) => ctx.narrowed?.(id),
      };
  const before = inPlace ? pass.values[k] : undefined;
  if (inPlace) pass.values[k] = value;
  try {
    for (const i of READERS.get(q) ?? []) {
      const change = Number(RULE_TRUTH[i]?.(trial) === true) - Number(base.truths[i] === true);
      if (change)
        for (const [index, weight] of RULE_WEIGHTS[i] ?? [])
          scores[index] = (scores[index] ?? 0) + change * weight;
    }
  } finally {
    if (inPlace) pass.values[k] = before;
  }
  return leaderIndex(scores);
}

/** The self-test blockers that read each question, by blocker index. */
const BLOCKERS_READING: ReadonlyMap<string, readonly number[]> = (() => {
  const readers = new Map<string, number[]>();
  SELF_TEST_BLOCKERS.forEach((blocker, i) => {
    for (const q of questionsOf(blocker)) readers.set(q, [...(readers.get(q) ?? []), i]);
  });
  return readers;
})();

/** Each self-test blocker compiled (logic/truth-test.ts), by blocker index. */
const BLOCKER_TRUTH = SELF_TEST_BLOCKERS.map(truthTest);

/** The decision's own reading of the answers, which every trial starts from. */
interface Base {
  ctx: EvalContext;
  truths: readonly Truth[];
  /** Each condition's score for `truths` (rule-index.ts scoresOf), by condition index. */
  scores: readonly number[];
  /** Whether self-test blocker i holds: each read once, when a trial first needs it. */
  raised(i: number): boolean;
  /** A copy of `truths` a trial writes into, each trial leaving it as it found it. */
  trial: Truth[];
}

/**
 * A trial's scratch, kept for the isolate's life (a trial runs to the end before another starts): the
 * conditions a changed rule moves, and the rules it wrote, at most every rule once per question it reads.
 */
const MOVED = new Uint8Array(N);
const WRITTEN = new Int32Array(RULE_READS.reduce((sum, reads) => sum + reads.length, 0));

/**
 * Whether q answered `value` ranks another condition first, without raising a red flag not raised
 * before. A condition reads only its questions, so only the rules and blockers on questions the answer
 * changed are evaluated again, and only the conditions a rule that changed moves are scored again, summed
 * afresh in data order. The blockers are read last, and only if the first rank changes: most trials leave
 * it as it was, and then whether one would be raised does not matter.
 */
function movesLeader(q: string, value: Answers[string], base: Base, first: number | undefined): boolean {
  const { ctx, reread } = contextWith(FLOW, base.ctx, q, value);
  // The trial's truths in the base's own copy, put back once scored: a trial changes a handful of the
  // rules, and copying all of them for each one was most of what it allocated.
  const truths = base.trial;
  const written = WRITTEN;
  let count = 0;
  const moved = MOVED.fill(0);
  for (const id of reread) {
    const readers = READERS.get(id);
    if (readers)
      for (let r = 0; r < readers.length; r++) {
        const i = readers[r] as number;
        const truth = (RULE_TRUTH[i] as (typeof RULE_TRUTH)[number])(ctx);
        if ((truth === true) !== (truths[i] === true)) for (const [c] of RULE_WEIGHTS[i] ?? []) moved[c] = 1;
        truths[i] = truth;
        written[count++] = i;
      }
  }
  const scores = base.scores.slice();
  for (let c = 0; c < N; c++) if (moved[c]) rescore(scores, truths, c);
  for (let w = 0; w < count; w++) truths[written[w] as number] = base.truths[written[w] as number];
  if (leaderIndex(scores) === first) return false;
  for (const id of reread)
    for (const i of BLOCKERS_READING.get(id) ?? [])
      if (!base.raised(i) && BLOCKER_TRUTH[i]?.(ctx) === true) return false;
  return true;
}

export function rankingUnknowns(
  answers: Answers,
  asked: readonly string[],
  ctx: EvalContext,
  ranked: readonly Scored[],
  truths: readonly Truth[],
): string[] {
  const first = ranked[0]?.id;
  if (!first) return [];
  const firstIndex = CONDITION_INDEX.get(first);
  const raised: Array<boolean | undefined> = [];
  const base: Base = {
    ctx,
    truths,
    scores: scoresOf(truths),
    raised: (i) => {
      raised[i] ??= BLOCKER_TRUTH[i]?.(ctx) === true;
      return raised[i];
    },
    trial: truths.slice(),
  };
  const ranking: Ranking = {
    index: ranked.map((s) => CONDITION_INDEX.get(s.id) ?? 0),
    score: ranked.map((s) => s.score),
  };
  return asked.filter((id) => {
    const question = QUESTION_BY_ID.get(id);
    const answer = answers[id];
    if (!question || question.redFlag || (answer !== undefined && !isUnsure(answer))) return false;
    const maybeHidden = dependents(id, asked, ctx);
    if (!couldOvertake(id, ranking, truths, maybeHidden)) return false;
    const leftOff = LEFT_OFF.get(id);
    return (TRIALS.get(id) ?? []).some((value, t) => {
      if (LOCAL.has(id)) return leaderWith(id, value, base) !== firstIndex;
      // A trial that decides the flow again costs far more than its bound: skip answers that cannot
      // close the gap.
      const off = leftOff?.[t];
      if (off && !couldOvertake(id, ranking, truths, maybeHidden, off)) return false;
      return movesLeader(id, value, base, firstIndex);
    });
  });
}
