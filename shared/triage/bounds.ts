/**
 * @module What the ranking could still become. The urgency and the stretch verdict must never be
 * softened by what the runner could not tell us: a "not sure", a skipped check or a withheld one. So they
 * are decided over every condition that could still lead, or come close, once those answers are known,
 * not over today's first place alone.
 *
 * For each pair of conditions (c, d) this bounds how far the open answers could move c against d: a
 * question with one answer moves both by the same option, so its gain is the best option's; rules on
 * several questions, or on a multiple-choice one, each add their best case. The bound only grows as
 * answers become less certain, which is what makes "not sure never softens the advice" hold exactly.
 *
 * A required question nobody answered does not widen anything: it is not what the runner said, and the
 * flow asks it (see the red-flag screen's "not asked").
 */
import { type EvalContext, evalCond, F, questionsOf, T, type Truth } from '../logic/evaluate.ts';
import { reachTest } from '../logic/truth-test.ts';
import { optionIds, QUESTION_BY_ID } from '../questionnaire/flow.ts';
import type { ConditionId } from './conditions.ts';
import { CONDITIONS } from './conditions.ts';
import { EVIDENCE_RULES } from './evidence.ts';
import { CONTENTION } from './policy.ts';
import { RULE_EFFECTS as EFFECTS, CONDITION_INDEX as INDEX, N, RULE_READS } from './rule-index.ts';
import type { Scored } from './score.ts';

const add = (into: Float64Array, at: number, value: number) => {
  into[at] = (into[at] ?? 0) + value;
};

/**
 * For a single-answer question, the rules that read only it, and which of them each option fires:
 * the table lets one option move every condition at once.
 */
interface SingleAnswerRules {
  rules: number[];
  fires: number[][];
  /** Its lift by which of its rules are open (bit k for rules[k]), as met. */
  lifts: Map<number, Lift>;
}
const SINGLE_ANSWER_RULES: ReadonlyMap<string, SingleAnswerRules> = (() => {
  const byQuestion = new Map<string, number[]>();
  EVIDENCE_RULES.forEach((rule, i) => {
    const read = [...questionsOf(rule.when)];
    const question = read.length === 1 ? QUESTION_BY_ID.get(read[0] as string) : undefined;
    if (question && (question.type === 'single' || question.type === 'yes-no'))
      byQuestion.set(question.id, [...(byQuestion.get(question.id) ?? []), i]);
  });
  const table = new Map<string, SingleAnswerRules>();
  for (const [id, rules] of byQuestion) {
    const options = optionIds(QUESTION_BY_ID.get(id) as never).filter((o) => o !== 'unsure');
    const fires = options.map((option) => {
      const ctx: EvalContext = { answers: { [id]: option }, state: () => 'asked' };
      return rules.filter((i) => evalCond(EVIDENCE_RULES[i]?.when as never, ctx) === true);
    });
    table.set(id, { rules, fires, lifts: new Map() });
  }
  return table;
})();

/**
 * How far one open group of answers could move each condition up against each other, at most: only the
 * positive entries of the N x N table, by pair index c * N + d. Worked out once per rule, and once per
 * single-answer question and set of its rules left open, rather than pair by pair on every call.
 */
interface Lift {
  at: readonly number[];
  by: readonly number[];
  /** The whole table, for reading one pair. */
  table: Float64Array;
}

function liftOf(best: (c: number, d: number) => number): Lift {
  const at: number[] = [];
  const by: number[] = [];
  const table = new Float64Array(N * N);
  for (let c = 0; c < N; c++)
    for (let d = 0; d < N; d++) {
      const value = best(c, d);
      if (value > 0) {
        at.push(c * N + d);
        by.push(value);
        table[c * N + d] = value;
      }
    }
  return { at, by, table };
}

const addLift = (into: Float64Array, { at, by }: Lift) => {
  for (let k = 0; k < at.length; k++) add(into, at[k] as number, by[k] as number);
};

/** An open rule on its own: each condition it moves, up against every other. */
const RULE_LIFTS: readonly Lift[] = EFFECTS.map((effects) =>
  liftOf((c, d) => Math.max(0, (effects[c] ?? 0) - (effects[d] ?? 0))),
);

/** SINGLE_ANSWER_RULES as a list, in its order: what every ranking's bounds walk. */
const ANSWER_GROUPS = [...SINGLE_ANSWER_RULES].map(([question, group]) => ({ question, ...group }));

/** Which of a single-answer question's rules are open: bit k for rules[k]. */
function openMask(group: SingleAnswerRules, open: readonly boolean[]): number {
  let mask = 0;
  for (let k = 0; k < group.rules.length; k++) if (open[group.rules[k] as number]) mask |= 1 << k;
  return mask;
}

/** A single-answer question's open rules (`mask`): one option fires some of them together, the best option counts. */
function answerLift(group: SingleAnswerRules, mask: number, open: readonly boolean[]): Lift {
  let lift = group.lifts.get(mask);
  if (!lift) {
    const sums = group.fires.map((fired) => {
      const sum = new Float64Array(N);
      for (const i of fired) if (open[i]) for (let c = 0; c < N; c++) add(sum, c, EFFECTS[i]?.[c] ?? 0);
      return sum;
    });
    lift = liftOf((c, d) => {
      let best = 0;
      for (const sum of sums) best = Math.max(best, (sum[c] ?? 0) - (sum[d] ?? 0));
      return best;
    });
    group.lifts.set(mask, lift);
  }
  return lift;
}

export interface Bounds {
  /** Could rank first once the open answers are known (ties included). */
  couldLead: ConditionId[];
  /** Could come within one point (half the odds) of the first. */
  close: ConditionId[];
  /** Could come within two points (a quarter of the odds) of the first. */
  possible: ConditionId[];
  /** Questions whose open answer could lift a condition to the lead, by condition. */
  tippedBy: ReadonlyMap<ConditionId, string[]>;
  /** How far a question's open answer could move one condition up against another, at most. */
  lift(question: string, up: ConditionId, against: ConditionId): number;
}

/**
 * Rules left open by what the runner said: unknown, and not merely waiting on a required question nobody
 * answered (answers to those alone could settle it either way).
 */
export function openRules(truths: readonly Truth[], ctx: EvalContext): boolean[] {
  return truths.map((truth, i) => isOpenRule(i, truth, ctx));
}

export function isOpenRule(i: number, truth: Truth, ctx: EvalContext): boolean {
  if (truth !== undefined) return false;
  const values = (RULE_REACH[i] as (ctx: EvalContext) => number)(ctx);
  return !(values & F && values & T);
}
const RULE_REACH = EVIDENCE_RULES.map((rule) => reachTest(rule.when));

/**
 * `truths` are the rules' truths for these answers (rule-index.ts ruleTruths): they do not depend on
 * which unanswered questions `ctx` reads as open, so one set serves every reading. `open` is
 * openRules(truths, ctx), when already known.
 */
const GAIN = new Float64Array(N * N);
/** Rules a single-answer question's lift covers, marked per call in one array (as GAIN). */
const GROUPED = new Uint8Array(EVIDENCE_RULES.length);

export function rankingBounds(
  scored: ReadonlyArray<Pick<Scored, 'id' | 'score'>>,
  ctx: EvalContext,
  truths: readonly Truth[],
  open: readonly boolean[] = openRules(truths, ctx),
): Bounds {
  const score = new Array<number>(N).fill(0);
  for (const s of scored) score[INDEX.get(s.id) ?? 0] = s.score;

  // gain[c * N + d]: how far the open answers could move c up against d, at most. Read only within this
  // call, so one table serves every call rather than a new one each time.
  const gain = GAIN.fill(0);
  // What each question's open answer contributes to `gain`, as met: grouped by question only if some
  // reader asks which questions tip a condition (most rankings have one that could lead, and no reader).
  const tipQuestions: string[] = [];
  const tipLifts: Lift[] = [];
  const tip = (question: string, lift: Lift) => {
    tipQuestions.push(question);
    tipLifts.push(lift);
  };
  let byQuestion: Map<string, Lift[]> | undefined;
  /** The contributions by question, in the order questions first contribute. */
  const tips = () => {
    if (!byQuestion) {
      byQuestion = new Map();
      tipQuestions.forEach((question, k) => {
        const lifts = byQuestion?.get(question);
        if (lifts) lifts.push(tipLifts[k] as Lift);
        else byQuestion?.set(question, [tipLifts[k] as Lift]);
      });
    }
    return byQuestion;
  };
  const grouped = GROUPED.fill(0);
  for (const group of ANSWER_GROUPS) {
    const mask = openMask(group, open);
    if (!mask) continue;
    for (const i of group.rules) grouped[i] = 1;
    const lift = answerLift(group, mask, open);
    addLift(gain, lift);
    if (lift.at.length) tip(group.question, lift);
  }
  for (let i = 0; i < EVIDENCE_RULES.length; i++) {
    if (!open[i] || grouped[i]) continue;
    const lift = RULE_LIFTS[i] as Lift;
    addLift(gain, lift);
    if (lift.at.length) for (const question of RULE_READS[i] ?? []) tip(question, lift);
  }
  /** How far a question's open answer could move c up against d: its contributions, added in order. */
  const tipOf = (question: string, at: number) => {
    let sum = 0;
    for (const lift of tips().get(question) ?? []) sum += lift.table[at] ?? 0;
    return sum;
  };

  // c's margin, at best, over the rival it trails most: worked out once, for every threshold below.
  // (No margin is NaN, so `<` picks the least as Math.min would; a -0 it might keep instead of 0 compares
  // the same below.)
  const closest = new Array<number>(N);
  for (let c = 0; c < N; c++) {
    const own = score[c] as number;
    let least = Number.POSITIVE_INFINITY;
    for (let d = 0; d < N; d++) {
      if (d === c) continue;
      const margin = own - (score[d] as number) + (gain[c * N + d] as number);
      if (margin < least) least = margin;
    }
    closest[c] = least;
  }
  const ids = (points: number) => {
    const found: ConditionId[] = [];
    for (let c = 0; c < N; c++)
      if (!((closest[c] as number) < -points)) found.push(CONDITIONS[c]?.id as ConditionId);
    return found;
  };
  const couldLead = ids(0);
  const leader = INDEX.get(scored[0]?.id as ConditionId) ?? 0;
  const tippedBy = new Map<ConditionId, string[]>();
  for (const id of couldLead) {
    const c = INDEX.get(id) ?? 0;
    if (c === leader) continue;
    const questions = [...tips().keys()].filter((question) => tipOf(question, c * N + leader) > 0);
    tippedBy.set(id, questions);
  }
  const lift = (question: string, up: ConditionId, against: ConditionId) =>
    tipOf(question, (INDEX.get(up) ?? 0) * N + (INDEX.get(against) ?? 0));
  return { couldLead, close: ids(CONTENTION.close), possible: ids(CONTENTION.possible), tippedBy, lift };
}
