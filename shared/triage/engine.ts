/**
 * @module triage(): answers in, the whole result out. Pure and deterministic: the same request always
 * gives the same result. It assumes answers that passed validateAnswers(), but it is total: any answers
 * of the right shape give a valid result, and what it cannot tell never counts as reassurance.
 */
import { sourceRef } from '../catalogue.ts';
import { text } from '../i18n/index.ts';
import { type EvalContext, evalCond, questionsOf } from '../logic/evaluate.ts';
import { flowState } from '../logic/visibility.ts';
import { FLOW } from '../questionnaire/flow.ts';
import { QUESTIONNAIRE_VERSION } from '../questionnaire/questions.ts';
import type { Cond } from '../schemas/condition.ts';
import type { Lang } from '../schemas/questionnaire.ts';
import type { Finding, PlanItem, TriageResult } from '../schemas/triage.ts';
import type { Answers } from '../schemas/values.ts';
import type { FactorId } from '../vocabulary.ts';
import { rankingBounds } from './bounds.ts';
import { CONDITION_BY_ID } from './conditions.ts';
import { FACTOR_RULES, type FactorRule } from './factors.ts';
import { choosePlan } from './plan.ts';
import type { PlanItemDef } from './plan-items.ts';
import { DEFAULT_RECHECK_WEEKS } from './policy.ts';
import { COMBINED_SOURCES } from './red-flags.ts';
import { SAFETY_NET } from './safety-net.ts';
import { type Hit, leadingConditions, scoreConditions } from './score.ts';
import { isOpen, isPositive, isRaised, screenRedFlags } from './screen.ts';
import { SOURCES, type SourceId } from './sources.ts';
import { decideStretch } from './stretch.ts';
import { clinicianSummary } from './summary.ts';
import { rankingUnknowns } from './unknowns.ts';
import { decideUrgency, type UrgencyReason } from './urgency.ts';

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
    ...(item.allowedUnder ? { note: text(lang, `${key}.note`) } : {}),
    sources: [...item.sources],
  };
}

export function triage({ lang, answers }: TriageInput): TriageResult {
  const { asked, ctx } = flowState(FLOW, answers);
  const flags = screenRedFlags(ctx);
  const raised = flags.filter(isRaised);
  const ranked = scoreConditions(ctx);
  const leading = leadingConditions(ranked);
  const leader = ranked[0]?.id;
  const topThree = ranked.slice(0, 3).map((s) => s.id);
  const bounds = rankingBounds(ranked, ctx);

  const factorHits = FACTOR_RULES.filter((rule) => evalCond(rule.when, ctx) === true);
  const factorIds = [...new Set(factorHits.map((rule) => rule.factor))];
  const urgency = decideUrgency(flags, bounds, leader, ctx);
  const stretch = decideStretch(raised.length > 0, bounds, leader, ctx);
  const plan = choosePlan({
    verdict: stretch.verdict,
    redFlag: raised.length > 0,
    leading: leading.map((s) => s.id),
    topThree,
    factors: new Set<FactorId>(factorIds),
    ctx,
  });

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

  const recheckWeeks = (leader && CONDITION_BY_ID.get(leader)?.recheckWeeks) ?? DEFAULT_RECHECK_WEEKS;
  const weeks = Math.max(1, recheckWeeks);
  const period = weeks === 1 ? text(lang, 'period.week') : text(lang, 'period.weeks', { n: weeks });
  const reasonText = (r: UrgencyReason) =>
    text(lang, r.key, {
      ...(r.vars ? Object.fromEntries(Object.entries(r.vars).map(([k, v]) => [k, text(lang, v)])) : {}),
      ...(r.condition ? { name: name(r.condition) } : {}),
    });
  const urgencyOut = {
    level: urgency.level,
    title: text(lang, `urgency.${urgency.level}.title`),
    advice: text(lang, `urgency.${urgency.level}.advice`, { period }),
    reasons: urgency.reasons.map((r) => ({ id: r.id, kind: r.kind, text: reasonText(r) })),
  };

  const stretchOut = {
    verdict: stretch.verdict,
    headline: text(lang, `stretch.${stretch.verdict}.headline`),
    reason: stretch.reasons
      .map((r) => text(lang, r.key, r.condition ? { name: name(r.condition) } : undefined))
      .join(' '),
  };

  const planOut = {
    now: plan.now.map((item) => planItem(lang, item)),
    exercises: plan.exercises.map((item) => planItem(lang, item)),
    training: plan.training.map((item) => planItem(lang, item)),
    see: text(lang, `see.${urgency.level}`, { period }),
  };

  // After an early exit nothing else needs asking: the runner needs care, not more questions.
  const earlyExit = flags.some((f) => isPositive(f) && f.flag.exit);
  const unknowns = earlyExit ? [] : openQuestions(answers, asked, ctx, ranked, flags);

  const partial = { urgency: urgencyOut, stretch: stretchOut, conditions };
  const cited = new Set<SourceId>([
    ...flags.filter((f) => f.status !== 'negative').flatMap((f) => f.flag.sources),
    ...(urgency.reasons.some((r) => r.kind === 'red-flag-combined') ? COMBINED_SOURCES : []),
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
    unknowns: unknowns.map((id) => ({ question: id, text: text(lang, `q.${id}`) })),
    factors: factorIds.map((id) => ({
      id,
      name: text(lang, `factor.${id}.name`),
      why: factorHits
        .filter((rule) => rule.factor === id)
        .map((rule) => finding(lang, rule.id, 'fx', rule.when)),
      advice: text(lang, `factor.${id}.advice`),
    })),
    plan: planOut,
    safetyNet: safetyNet(urgency.level, flags, ctx).map((key) => text(lang, key, { period })),
    clinicianSummary: clinicianSummary(lang, answers, asked, flags, ranked, partial),
    disclaimer: text(lang, 'disclaimer'),
    sources: SOURCE_ORDER.filter((id) => cited.has(id)).map(sourceRef),
  };
}

/** The safety net's text keys: never asking the runner to watch for what they already reported. */
function safetyNet(level: string, flags: ReturnType<typeof screenRedFlags>, ctx: EvalContext): string[] {
  const urgent = level === 'emergency' || level === 'same-day';
  const keys = SAFETY_NET.filter(
    (item) =>
      (item.urgent === undefined || item.urgent === urgent) &&
      (item.onlyIf === undefined || evalCond(item.onlyIf, ctx) === true) &&
      (item.watchesFor === undefined || evalCond(item.watchesFor, ctx) !== true),
  ).map((item) => `safety.${item.id}`);
  if (flags.some(isOpen) && !urgent) keys.push('safety.unsure');
  return keys;
}

/**
 * Questions worth answering before trusting the result: those whose answer could change the first-ranked
 * condition, and those a red flag is waiting on because nobody answered them.
 */
function openQuestions(
  answers: TriageInput['answers'],
  asked: readonly string[],
  ctx: EvalContext,
  ranked: ReturnType<typeof scoreConditions>,
  flags: ReturnType<typeof screenRedFlags>,
): string[] {
  const waiting = new Set(
    flags
      .filter((f) => f.status === 'not-asked')
      .flatMap((f) => [...questionsOf(f.flag.when)])
      .filter((id) => asked.includes(id) && answers[id] === undefined),
  );
  const ranking = rankingUnknowns(answers, asked, ctx, ranked);
  return asked.filter((id) => waiting.has(id) || ranking.includes(id));
}
