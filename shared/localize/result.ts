/**
 * @module Say the decision: the one step that turns decide()'s ids and numbers into the result a runner
 * reads, in one language. Nothing here decides anything.
 */
import { text } from '../i18n/index.ts';
import { questionsOf } from '../logic/evaluate.ts';
import type { Lang } from '../schemas/questionnaire.ts';
import type { Finding, PlanItem, TriageResult } from '../schemas/triage.ts';
import type { Decision } from '../triage/decide.ts';
import { EVIDENCE_RULES, type EvidenceRuleId } from '../triage/evidence.ts';
import { FACTOR_RULES, type FactorRuleId } from '../triage/factors.ts';
import type { ChosenItem } from '../triage/plan.ts';
import type { CautionedPlanItemId, DosedPlanItemId, NotedPlanItemId } from '../triage/plan-items.ts';
import type { StretchReason } from '../triage/stretch.ts';
import type { UrgencyReason } from '../triage/urgency.ts';
import { sourceRef } from './conditions.ts';
import {
  conditionKey,
  evidenceKey,
  factorKey,
  factorRuleKey,
  flagKey,
  planCautionKey,
  planDoseKey,
  planKey,
  planNoteKey,
  questionKey,
  safetyKey,
  seeKey,
  stretchKey,
  urgencyKey,
} from './keys.ts';
import { clinicianSummary } from './summary.ts';

const EVIDENCE_BY_ID = new Map(EVIDENCE_RULES.map((rule) => [rule.id, rule]));
const FACTOR_RULE_BY_ID = new Map(FACTOR_RULES.map((rule) => [rule.id, rule]));

function evidenceFinding(lang: Lang, id: EvidenceRuleId): Finding {
  const when = EVIDENCE_BY_ID.get(id)?.when;
  return { rule: id, text: text(lang, evidenceKey(id)), questions: when ? [...questionsOf(when)] : [] };
}

function factorFinding(lang: Lang, id: FactorRuleId): Finding {
  const when = FACTOR_RULE_BY_ID.get(id)?.when;
  return { rule: id, text: text(lang, factorRuleKey(id)), questions: when ? [...questionsOf(when)] : [] };
}

function planItem(lang: Lang, item: ChosenItem): PlanItem {
  return {
    id: item.id,
    kind: item.kind,
    title: text(lang, planKey(item.id, 'title')),
    how: text(lang, planKey(item.id, 'how')),
    ...(item.dose ? { dose: text(lang, planDoseKey(item.id as DosedPlanItemId)) } : {}),
    ...(item.caution ? { caution: text(lang, planCautionKey(item.id as CautionedPlanItemId)) } : {}),
    ...(item.allowedUnder ? { note: text(lang, planNoteKey(item.id as NotedPlanItemId)) } : {}),
    sources: [...item.sources],
  };
}

function urgencyReason(lang: Lang, r: UrgencyReason): string {
  const name = r.condition ? text(lang, conditionKey(r.condition, 'name')) : '';
  const flagReason = () => (r.flag ? text(lang, flagKey(r.flag, 'reason')) : '');
  switch (r.kind) {
    case 'red-flag':
      return flagReason();
    case 'red-flag-unsure':
      return text(lang, 'urgency.reason.unsure', { reason: flagReason() });
    case 'red-flag-combined':
      return text(lang, 'urgency.reason.combined', { count: r.count ?? 2 });
    case 'red-flag-not-asked':
      return text(lang, 'urgency.reason.not-asked');
    default:
      if (r.basis === 'close') return text(lang, 'urgency.reason.close', { name });
      if (r.basis === 'possible') return text(lang, 'urgency.reason.possible', { name });
      return text(lang, 'urgency.reason.condition', { name });
  }
}

function stretchReason(lang: Lang, r: StretchReason): string {
  if (r.basis === 'red-flag') return text(lang, 'stretch.reason.red-flag');
  if (r.basis === 'acute') return text(lang, 'stretch.reason.acute');
  if (r.basis === 'own') return text(lang, conditionKey(r.condition, 'stretch'));
  return text(lang, 'stretch.reason.also', { name: text(lang, conditionKey(r.condition, 'name')) });
}

export function localizeResult(d: Decision, lang: Lang): TriageResult {
  const period =
    d.recheckWeeks === 1 ? text(lang, 'period.week') : text(lang, 'period.weeks', { n: d.recheckWeeks });
  const urgency = {
    level: d.urgency.level,
    title: text(lang, urgencyKey(d.urgency.level, 'title')),
    advice: text(lang, urgencyKey(d.urgency.level, 'advice'), { period }),
    reasons: d.urgency.reasons.map((r) => ({ id: r.id, kind: r.kind, text: urgencyReason(lang, r) })),
  };
  const stretch = {
    verdict: d.stretch.verdict,
    headline: text(lang, stretchKey(d.stretch.verdict)),
    reason: d.stretch.reasons.map((r) => stretchReason(lang, r)).join(' '),
  };
  return {
    questionnaireVersion: d.questionnaireVersion,
    lang,
    earlyExit: d.earlyExit,
    urgency,
    redFlags: d.redFlags.map(({ flag, status }) => ({
      id: flag.id,
      label: text(lang, flagKey(flag.id, 'label')),
      status,
      urgency: flag.urgency,
      reason: text(lang, flagKey(flag.id, 'reason')),
      action: text(lang, flagKey(flag.id, 'action')),
    })),
    stretch,
    conditions: d.conditions.map((s) => ({
      id: s.id,
      name: text(lang, conditionKey(s.id, 'name')),
      summary: text(lang, conditionKey(s.id, 'summary')),
      band: s.band,
      score: Math.round(s.score * 100) / 100,
      share: Math.round(s.share * 1000) / 1000,
      for: s.for.map((hit) => evidenceFinding(lang, hit.rule.id)),
      against: s.against.map((hit) => evidenceFinding(lang, hit.rule.id)),
    })),
    unknowns: d.unknowns.map((id) => ({ question: id, text: text(lang, questionKey(id)) })),
    factors: d.factors.map(({ id, rules }) => ({
      id,
      name: text(lang, factorKey(id, 'name')),
      why: rules.map((rule) => factorFinding(lang, rule)),
      advice: text(lang, factorKey(id, 'advice')),
    })),
    plan: {
      now: d.plan.now.map((item) => planItem(lang, item)),
      exercises: d.plan.exercises.map((item) => planItem(lang, item)),
      training: d.plan.training.map((item) => planItem(lang, item)),
      see: text(lang, seeKey(d.urgency.level), { period }),
    },
    safetyNet: d.safetyNet.map((id) => text(lang, safetyKey(id), { period })),
    clinicianSummary: clinicianSummary(lang, d.summary, d.redFlags, { urgency, stretch }),
    disclaimer: text(lang, 'disclaimer'),
    sources: d.sources.map(sourceRef),
  };
}
