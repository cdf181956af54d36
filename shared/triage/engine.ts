/**
 * @module triage(): answers in, the whole result out. Pure and deterministic: the same request always
 * gives the same result. It assumes answers that passed validateAnswers(), but it is total: any answers
 * of the right shape give a valid result, and what it cannot tell never counts as reassurance.
 */
import { sourceRef } from '../catalogue.ts';
import { text } from '../i18n/index.ts';
import { evalCond, questionsOf } from '../logic/evaluate.ts';
import { flowState } from '../logic/visibility.ts';
import { FLOW } from '../questionnaire/flow.ts';
import { QUESTIONNAIRE_VERSION } from '../questionnaire/questions.ts';
import type { Cond } from '../schemas/condition.ts';
import type { Lang } from '../schemas/questionnaire.ts';
import type { Finding, PlanItem, TriageResult } from '../schemas/triage.ts';
import type { Answers } from '../schemas/values.ts';
import type { FactorId } from '../vocabulary.ts';
import { CONDITION_BY_ID } from './conditions.ts';
import { FACTOR_RULES, type FactorRule } from './factors.ts';
import { choosePlan } from './plan.ts';
import type { PlanItemDef } from './plan-items.ts';
import { type Hit, leadingConditions, scoreConditions } from './score.ts';
import { isOpen, isPositive, screenRedFlags } from './screen.ts';
import { SOURCES, type SourceId } from './sources.ts';
import { decideStretch } from './stretch.ts';
import { clinicianSummary } from './summary.ts';
import { rankingUnknowns } from './unknowns.ts';
import { decideUrgency } from './urgency.ts';

export interface TriageInput {
  lang: Lang;
  answers: Answers;
}

const SOURCE_ORDER = Object.keys(SOURCES) as SourceId[];

function finding(lang: Lang, id: string, prefix: 'ev' | 'fx', when: Cond): Finding {
  return { rule: id, text: text(lang, `${prefix}.${id}`), questions: [...questionsOf(when)] };
}

function planItem(lang: Lang, item: PlanItemDef): PlanItem {
  const key = `plan.${item.id}`;
  return {
    id: item.id,
    kind: item.kind,
    title: text(lang, `${key}.title`),
    how: text(lang, `${key}.how`),
    ...(item.dose ? { dose: text(lang, `${key}.dose`) } : {}),
    ...(item.caution ? { caution: text(lang, `${key}.caution`) } : {}),
    sources: [...item.sources],
  };
}

export function triage({ lang, answers }: TriageInput): TriageResult {
  const { asked, ctx } = flowState(FLOW, answers);
  const flags = screenRedFlags(ctx);
  const positiveFlags = flags.filter(isPositive);
  const redFlag = positiveFlags.length > 0;
  const ranked = scoreConditions(ctx);
  const leading = leadingConditions(ranked);
  const first = ranked[0];

  const factorHits = FACTOR_RULES.filter((rule) => evalCond(rule.when, ctx) === true);
  const factorIds = [...new Set(factorHits.map((rule) => rule.factor))];
  const urgency = decideUrgency(flags, ranked, ctx);
  const stretch = decideStretch(redFlag, leading, ctx);
  const plan = choosePlan(
    stretch.verdict,
    redFlag,
    leading.map((s) => s.id),
    new Set<FactorId>(factorIds),
    ctx,
  );

  const name = (id: string) => text(lang, `condition.${id}.name`);
  const toFinding = (hit: Hit) => finding(lang, hit.rule.id, 'ev', hit.rule.when);

  const conditions = ranked.map((s) => ({
    id: s.id,
    name: name(s.id),
    summary: text(lang, `condition.${s.id}.summary`),
    band: s.band,
    score: Math.round(s.score * 100) / 100,
    share: Math.round(s.share * 1000) / 1000,
    for: s.for.map(toFinding),
    against: s.against.map(toFinding),
  }));

  const recheckWeeks = first ? (CONDITION_BY_ID.get(first.id)?.recheckWeeks ?? 3) : 3;
  const weeks = Math.max(1, recheckWeeks);
  const period = weeks === 1 ? text(lang, 'period.week') : text(lang, 'period.weeks', { n: weeks });
  const urgencyOut = {
    level: urgency.level,
    title: text(lang, `urgency.${urgency.level}.title`),
    advice: text(lang, `urgency.${urgency.level}.advice`, { period }),
    reasons: urgency.reasons.map((r) => ({
      id: r.id,
      kind: r.kind,
      text: text(lang, r.key, {
        ...(r.vars ? Object.fromEntries(Object.entries(r.vars).map(([k, v]) => [k, text(lang, v)])) : {}),
        ...(r.condition ? { name: name(r.condition) } : {}),
      }),
    })),
  };

  const stretchOut = {
    verdict: stretch.verdict,
    headline: text(lang, `stretch.${stretch.verdict}.headline`),
    reason: stretch.reasons
      .map((r) => text(lang, r.key, r.condition ? { name: name(r.condition) } : undefined))
      .join(' '),
  };

  const urgent = urgency.level === 'emergency' || urgency.level === 'same-day';
  const safetyNet = urgent
    ? ['safety.while-waiting', 'safety.emergency']
    : ['safety.emergency', 'safety.same-day', 'safety.recheck', 'safety.walking', 'safety.night'];
  if (flags.some(isOpen) && !urgent) safetyNet.push('safety.unsure');

  const planOut = {
    now: plan.now.map((item) => planItem(lang, item)),
    exercises: plan.exercises.map((item) => planItem(lang, item)),
    training: plan.training.map((item) => planItem(lang, item)),
    see: text(lang, `see.${urgency.level}`, { period }),
  };

  // After an early exit nothing else needs asking: the runner needs care, not more questions.
  const earlyExit = positiveFlags.some((f) => f.flag.exit);
  const unknowns = earlyExit
    ? []
    : rankingUnknowns(answers, asked, ctx, ranked).map((id) => ({
        question: id,
        text: text(lang, `q.${id}`),
      }));

  const partial = { urgency: urgencyOut, stretch: stretchOut, conditions };
  const cited = new Set<SourceId>([
    ...flags.filter((f) => f.status !== 'negative').flatMap((f) => f.flag.sources),
    ...leading.flatMap((s) => [...s.for, ...s.against].flatMap((hit) => hit.rule.sources)),
    ...leading.flatMap((s) => CONDITION_BY_ID.get(s.id)?.sources ?? []),
    ...factorHits.flatMap((rule: FactorRule) => rule.sources),
    ...[...plan.now, ...plan.exercises, ...plan.training].flatMap((item) => item.sources),
  ]);

  return {
    questionnaireVersion: QUESTIONNAIRE_VERSION,
    lang,
    earlyExit,
    urgency: urgencyOut,
    redFlags: flags.map(({ flag, status }) => ({
      id: flag.id,
      label: text(lang, `rf.${flag.id}.label`),
      status,
      urgency: flag.urgency,
      reason: text(lang, `rf.${flag.id}.reason`),
      action: text(lang, `rf.${flag.id}.action`),
    })),
    stretch: stretchOut,
    conditions,
    unknowns,
    factors: factorIds.map((id) => ({
      id,
      name: text(lang, `factor.${id}.name`),
      why: factorHits
        .filter((rule) => rule.factor === id)
        .map((rule) => finding(lang, rule.id, 'fx', rule.when)),
      advice: text(lang, `factor.${id}.advice`),
    })),
    plan: planOut,
    safetyNet: safetyNet.map((key) => text(lang, key, { period })),
    clinicianSummary: clinicianSummary(lang, answers, asked, flags, ranked, partial),
    disclaimer: text(lang, 'disclaimer'),
    sources: SOURCE_ORDER.filter((id) => cited.has(id)).map(sourceRef),
  };
}
