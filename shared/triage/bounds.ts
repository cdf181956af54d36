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
import { type EvalContext, evalCond, questionsOf, reach } from '../logic/evaluate.ts';
import { optionIds, QUESTION_BY_ID } from '../questionnaire/flow.ts';
import type { ConditionId } from './conditions.ts';
import { CONDITIONS } from './conditions.ts';
import { EVIDENCE_RULES } from './evidence.ts';
import { CONTENTION } from './policy.ts';
import type { Scored } from './score.ts';

const N = CONDITIONS.length;
const add = (into: Float64Array, at: number, value: number) => {
  into[at] = (into[at] ?? 0) + value;
};
const INDEX = new Map<ConditionId, number>(CONDITIONS.map((c, i) => [c.id, i]));

/** Each rule's effect on every condition, by condition index. */
const EFFECTS: readonly Float64Array[] = EVIDENCE_RULES.map((rule) => {
  const effects = new Float64Array(N);
  for (const [id, weight] of Object.entries(rule.effects))
    effects[INDEX.get(id as ConditionId) ?? 0] = weight;
  return effects;
});

/**
 * For a single-answer question, the rules that read only it, and which of them each option fires:
 * the table lets one option move every condition at once.
 */
const SINGLE_ANSWER_RULES: ReadonlyMap<string, { rules: number[]; fires: number[][] }> = (() => {
  const byQuestion = new Map<string, number[]>();
  EVIDENCE_RULES.forEach((rule, i) => {
    const read = [...questionsOf(rule.when)];
    const question = read.length === 1 ? QUESTION_BY_ID.get(read[0] as string) : undefined;
    if (question && (question.type === 'single' || question.type === 'yes-no'))
      byQuestion.set(question.id, [...(byQuestion.get(question.id) ?? []), i]);
  });
  const table = new Map<string, { rules: number[]; fires: number[][] }>();
  for (const [id, rules] of byQuestion) {
    const options = optionIds(QUESTION_BY_ID.get(id) as never).filter((o) => o !== 'unsure');
    const fires = options.map((option) => {
      const ctx: EvalContext = { answers: { [id]: option }, state: () => 'asked' };
      return rules.filter((i) => evalCond(EVIDENCE_RULES[i]?.when as never, ctx) === true);
    });
    table.set(id, { rules, fires });
  }
  return table;
})();

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
function openRules(ctx: EvalContext): boolean[] {
  return EVIDENCE_RULES.map((rule) => {
    if (evalCond(rule.when, ctx) !== undefined) return false;
    const { canBeFalse, canBeTrue } = reach(rule.when, ctx);
    return !(canBeFalse && canBeTrue);
  });
}

export function rankingBounds(scored: readonly Scored[], ctx: EvalContext): Bounds {
  const open = openRules(ctx);
  const score = new Float64Array(N);
  for (const s of scored) score[INDEX.get(s.id) ?? 0] = s.score;

  // gain[c * N + d]: how far the open answers could move c up against d, at most.
  const gain = new Float64Array(N * N);
  const tips = new Map<string, Float64Array>();
  const addTip = (question: string, c: number, d: number, value: number) => {
    if (value <= 0) return;
    const row = tips.get(question) ?? new Float64Array(N * N);
    tips.set(question, row);
    add(row, c * N + d, value);
  };
  const grouped = new Set<number>();
  for (const [question, { rules, fires }] of SINGLE_ANSWER_RULES) {
    if (!rules.some((i) => open[i])) continue;
    for (const i of rules) grouped.add(i);
    const sums = fires.map((fired) => {
      const sum = new Float64Array(N);
      for (const i of fired) if (open[i]) for (let c = 0; c < N; c++) add(sum, c, EFFECTS[i]?.[c] ?? 0);
      return sum;
    });
    for (let c = 0; c < N; c++)
      for (let d = 0; d < N; d++) {
        let best = 0;
        for (const sum of sums) best = Math.max(best, (sum[c] ?? 0) - (sum[d] ?? 0));
        add(gain, c * N + d, best);
        addTip(question, c, d, best);
      }
  }
  EVIDENCE_RULES.forEach((rule, i) => {
    if (!open[i] || grouped.has(i)) return;
    const effects = EFFECTS[i] as Float64Array;
    const read = [...questionsOf(rule.when)];
    for (let c = 0; c < N; c++)
      for (let d = 0; d < N; d++) {
        const best = Math.max(0, (effects[c] ?? 0) - (effects[d] ?? 0));
        add(gain, c * N + d, best);
        for (const q of read) addTip(q, c, d, best);
      }
  });

  const within = (c: number, points: number) => {
    for (let d = 0; d < N; d++)
      if (d !== c && (score[c] ?? 0) - (score[d] ?? 0) + (gain[c * N + d] ?? 0) < -points) return false;
    return true;
  };
  const ids = (points: number) => CONDITIONS.flatMap((c, i) => (within(i, points) ? [c.id] : []));
  const couldLead = ids(0);
  const leader = INDEX.get(scored[0]?.id as ConditionId) ?? 0;
  const tippedBy = new Map<ConditionId, string[]>();
  for (const id of couldLead) {
    const c = INDEX.get(id) ?? 0;
    if (c === leader) continue;
    const questions = [...tips].filter(([, row]) => (row[c * N + leader] ?? 0) > 0).map(([q]) => q);
    tippedBy.set(id, questions);
  }
  const lift = (question: string, up: ConditionId, against: ConditionId) =>
    tips.get(question)?.[(INDEX.get(up) ?? 0) * N + (INDEX.get(against) ?? 0)] ?? 0;
  return { couldLead, close: ids(CONTENTION.close), possible: ids(CONTENTION.possible), tippedBy, lift };
}
