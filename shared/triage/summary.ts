/**
 * @module What the clinician summary holds, decided as ids: the answers that are not a plain no, the
 * shortlist of sources with their strongest evidence, the in-clinic tests for the first two (with
 * published accuracy only where the clinical reference gives it unflagged) and the outcome measures.
 * localize/summary.ts writes it out.
 */
import { QUESTION_BY_ID } from '../questionnaire/flow.ts';
import type { QuestionId } from '../questionnaire/questions.ts';
import type { Answers, Band } from '../schemas/values.ts';
import {
  type ClinicianTestId,
  CONDITION_BY_ID,
  type ConditionId,
  type OutcomeMeasureId,
} from './conditions.ts';
import type { EvidenceRuleId } from './evidence.ts';
import type { Scored } from './score.ts';
import type { SourceId } from './sources.ts';

export type MeasureId = OutcomeMeasureId | 'nprs-psfs';

export interface SummaryDecision {
  /** Every asked question whose answer is not a plain no, with the values that are not. */
  positives: Array<{ question: QuestionId; values: Array<string | number> }>;
  shortlist: Array<{ id: ConditionId; band: Band; for: EvidenceRuleId[]; against: EvidenceRuleId[] }>;
  tests: Array<{ test: ClinicianTestId; condition: ConditionId; accuracy?: string; source: SourceId }>;
  measures: MeasureId[];
}

const NEGATIVE = new Set(['no', 'none', 'normal', 'fine']);

function positives(answers: Answers, asked: readonly string[]): SummaryDecision['positives'] {
  return asked.flatMap((id) => {
    const value = answers[id];
    if (!QUESTION_BY_ID.has(id) || value === undefined) return [];
    const values = (Array.isArray(value) ? value : [value]).filter(
      (v) => typeof v === 'number' || !NEGATIVE.has(v),
    );
    return values.length ? [{ question: id as QuestionId, values }] : [];
  });
}

export function decideSummary(
  answers: Answers,
  asked: readonly string[],
  ranked: readonly Scored[],
): SummaryDecision {
  const shortlist = ranked.filter((s, i) => i < 2 || s.band !== 'less-likely').slice(0, 4);
  const firstTwo = shortlist.slice(0, 2);
  const measures: MeasureId[] = [
    'nprs-psfs',
    ...new Set(firstTwo.flatMap((s) => CONDITION_BY_ID.get(s.id)?.measure ?? [])),
  ];
  if (shortlist[0] && !measures.includes('lefs')) measures.push('lefs');
  return {
    positives: positives(answers, asked),
    shortlist: shortlist.map((s) => ({
      id: s.id,
      band: s.band,
      for: s.for.slice(0, 4).map((h) => h.rule.id),
      against: s.against.slice(0, 2).map((h) => h.rule.id),
    })),
    tests: firstTwo.flatMap((s) =>
      (CONDITION_BY_ID.get(s.id)?.tests ?? []).map((t) => ({
        test: t.id,
        condition: s.id,
        ...(t.accuracy ? { accuracy: t.accuracy } : {}),
        source: t.source,
      })),
    ),
    measures,
  };
}
