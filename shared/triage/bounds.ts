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
import { type EvalContext, evalCond, questionsOf, reach, type Truth } from '../logic/evaluate.ts';
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
function openRules(truths: readonly Truth[], ctx: EvalContext): boolean[] {
  return EVIDENCE_RULES.map((rule, i) => {
    if (truths[i] !== undefined) return false;
    const { canBeFalse, canBeTrue } = reach(rule.when, ctx);
    return !(canBeFalse && canBeTrue);
  });
}

/**
 * `truths` are the rules' truths for these answers (rule-index.ts ruleTruths): they do not depend on
 * which unanswered questions `ctx` reads as open, so one set serves every reading.
 */
export function rankingBounds(scored: readonly Scored[], ctx: EvalContext, truths: readonly Truth[]): Bounds {
  const open = openRules(truths, ctx);
  const score = new Float64Array(N);
  for (const s of scored) score[INDEX.get(s.id) ?? 0] = s.score;

  // gain[c * N + d]: how far the open answers could move c up against d, at most.
  const gain = new Float64Array(N * N);
  // tips: the same, per question. A question's row is made at its first lift, so rows keep that order.
  const tips = new Map<string, Float64Array>();
  const tipRow = (question: string) => {
    let row = tips.get(question);
    if (!row) {
      row = new Float64Array(N * N);
      tips.set(question, row);
    }
    return row;
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
    let row = tips.get(question);
    for (let c = 0; c < N; c++)
      for (let d = 0; d < N; d++) {
        let best = 0;
        for (const sum of sums) best = Math.max(best, (sum[c] ?? 0) - (sum[d] ?? 0));
        add(gain, c * N + d, best);
        if (best > 0) {
          row ??= tipRow(question);
          add(row, c * N + d, best);
        }
      }
  }
  EVIDENCE_RULES.forEach((_rule, i) => {
    if (!open[i] || grouped.has(i)) return;
    const effects = EFFECTS[i] as Float64Array;
    const read = RULE_READS[i] ?? [];
    let rows: Float64Array[] | undefined;
    for (let c = 0; c < N; c++)
      for (let d = 0; d < N; d++) {
        const best = Math.max(0, (effects[c] ?? 0) - (effects[d] ?? 0));
        add(gain, c * N + d, best);
        if (best > 0) {
          rows ??= read.map(tipRow);
          for (const row of rows) add(row, c * N + d, best);
        }
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
