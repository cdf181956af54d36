/**
 * @module Say the decision: the one step that turns decide()'s ids and numbers into the result a runner
 * reads, in one language. Nothing here decides anything. By default it says everything (what a shared
 * report, its page and webhooks keep); with `expand` it says what the API's caller asked for, and the
 * parts left out are never put into words at all.
 */
import { type TextKey, text } from '../i18n/index.ts';
import { questionsOf } from '../logic/evaluate.ts';
import type { QuestionId } from '../questionnaire/questions.ts';
import type { Lang } from '../schemas/questionnaire.ts';
import type { Finding, FullTriageResult, PlanItem, TriageResult } from '../schemas/triage.ts';
import type { Expansion } from '../schemas/values.ts';
import type { ConditionId } from '../triage/conditions.ts';
import type { Decision } from '../triage/decide.ts';
import { EVIDENCE_RULES, type EvidenceRuleId } from '../triage/evidence.ts';
import { FACTOR_RULES, type FactorRuleId } from '../triage/factors.ts';
import type { ChosenItem } from '../triage/plan.ts';
import type { CautionedPlanItemId, DosedPlanItemId, NotedPlanItemId } from '../triage/plan-items.ts';
import type { RedFlagId } from '../triage/red-flags.ts';
import type { Scored } from '../triage/score.ts';
import type { FlagOutcome } from '../triage/screen.ts';
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
import { onceSaid } from './said.ts';
import { clinicianSummary } from './summary.ts';

/** The questions each rule reads, found once per isolate rather than on every finding of every result. */
function questionsByRule(rules: readonly { id: string; when?: Parameters<typeof questionsOf>[0] }[]) {
  return new Map(rules.map((rule) => [rule.id, rule.when ? [...questionsOf(rule.when)] : []]));
}
const EVIDENCE_QUESTIONS = questionsByRule(EVIDENCE_RULES);
const FACTOR_QUESTIONS = questionsByRule(FACTOR_RULES);

const itself = (id: string) => id;
const factorRuleText = onceSaid(itself, (lang, id) => text(lang, factorRuleKey(id as FactorRuleId)));

/** An evidence rule's text and the questions it reads, kept together: one lookup per finding, not two. */
const evidenceSaid = onceSaid(itself, (lang, id) => ({
  text: text(lang, evidenceKey(id as EvidenceRuleId)),
  questions: EVIDENCE_QUESTIONS.get(id) ?? [],
}));

function evidenceFinding(lang: Lang, id: EvidenceRuleId): Finding {
  const { text, questions } = evidenceSaid(lang, id);
  // A copy of the questions for each finding: a caller may change its result.
  return { rule: id, text, questions: [...questions] };
}

function factorFinding(lang: Lang, id: FactorRuleId): Finding {
  return { rule: id, text: factorRuleText(lang, id), questions: [...(FACTOR_QUESTIONS.get(id) ?? [])] };
}

/** A plan item's texts, those it has. */
const planTexts = onceSaid(
  (item: ChosenItem) => item.id,
  (lang, item) => ({
    title: text(lang, planKey(item.id, 'title')),
    how: text(lang, planKey(item.id, 'how')),
    dose: item.dose ? text(lang, planDoseKey(item.id as DosedPlanItemId)) : undefined,
    caution: item.caution ? text(lang, planCautionKey(item.id as CautionedPlanItemId)) : undefined,
    note: item.allowedUnder ? text(lang, planNoteKey(item.id as NotedPlanItemId)) : undefined,
  }),
);

function planItem(lang: Lang, item: ChosenItem): PlanItem {
  const { title, how, dose, caution, note } = planTexts(lang, item);
  // The optional parts added in place, in the output's key order, rather than spread from an object
  // made for each: a result says a dozen items.
  const said: Partial<PlanItem> = { id: item.id, kind: item.kind, title, how };
  if (dose !== undefined) said.dose = dose;
  if (caution !== undefined) said.caution = caution;
  if (note !== undefined) said.note = note;
  said.sources = [...item.sources];
  return said as PlanItem;
}

/** A red flag's texts, kept together: one lookup per flag, not three. */
const flagTexts = onceSaid(itself, (lang, id) => ({
  label: text(lang, flagKey(id as RedFlagId, 'label')),
  reason: text(lang, flagKey(id as RedFlagId, 'reason')),
  action: text(lang, flagKey(id as RedFlagId, 'action')),
}));

const questionText = onceSaid(itself, (lang, id) => text(lang, questionKey(id as QuestionId)));
const conditionName = onceSaid(itself, (lang, id) => text(lang, conditionKey(id as ConditionId, 'name')));
/** A ranked condition's name and summary, kept together: one lookup per condition, not two. */
const conditionSaid = onceSaid(itself, (lang, id) => ({
  name: conditionName(lang, id),
  summary: text(lang, conditionKey(id as ConditionId, 'summary')),
}));

/**
 * Urgency reasons that fill in a flag's reason or a condition's name (a regular expression's work), kept
 * once said by language and that flag or condition: a result gives one or more, the same few each time.
 */
const unsureReason = onceSaid(itself, (lang, flag) =>
  text(lang, 'urgency.reason.unsure', { reason: flag ? flagTexts(lang, flag).reason : '' }),
);
const namedReason = (key: 'urgency.reason.close' | 'urgency.reason.possible' | 'urgency.reason.condition') =>
  onceSaid(itself, (lang, condition) =>
    text(lang, key, { name: condition ? conditionName(lang, condition) : '' }),
  );
const closeReason = namedReason('urgency.reason.close');
const possibleReason = namedReason('urgency.reason.possible');
const leaderReason = namedReason('urgency.reason.condition');

function urgencyReason(lang: Lang, r: UrgencyReason): string {
  switch (r.kind) {
    case 'red-flag':
      return r.flag ? flagTexts(lang, r.flag).reason : '';
    case 'red-flag-unsure':
      return unsureReason(lang, r.flag ?? '');
    case 'red-flag-combined':
      return text(lang, 'urgency.reason.combined', { count: r.count ?? 2 });
    case 'red-flag-not-asked':
      return text(lang, 'urgency.reason.not-asked');
    default:
      if (r.basis === 'close') return closeReason(lang, r.condition ?? '');
      if (r.basis === 'possible') return possibleReason(lang, r.condition ?? '');
      return leaderReason(lang, r.condition ?? '');
  }
}

/** A stretch reason's text, kept once said: "also" fills in a condition's name, a regular expression's work. */
const stretchReason = onceSaid(
  (r: StretchReason) =>
    'condition' in r ? (r.basis === 'own' ? r.condition : `also ${r.condition}`) : r.basis,
  (lang, r): string => {
    if (r.basis === 'red-flag') return text(lang, 'stretch.reason.red-flag');
    if (r.basis === 'acute') return text(lang, 'stretch.reason.acute');
    if (r.basis === 'own') return text(lang, conditionKey(r.condition, 'stretch'));
    return text(lang, 'stretch.reason.also', { name: text(lang, conditionKey(r.condition, 'name')) });
  },
);

/**
 * A text given the recheck period, kept once said by language and key for each number of weeks: the
 * advice, where to go and the safety net each fill `{period}` in with a regular expression, and the
 * weeks are a handful.
 */
const PERIOD_SAID: Array<(lang: Lang, key: TextKey) => string> = [];

function withPeriod(lang: Lang, key: TextKey, weeks: number): string {
  let say = PERIOD_SAID[weeks];
  if (!say) {
    const period = (l: Lang) =>
      weeks === 1 ? text(l, 'period.week') : text(l, 'period.weeks', { n: weeks });
    say = onceSaid(itself, (l, k) => text(l, k as TextKey, { period: period(l) }));
    PERIOD_SAID[weeks] = say;
  }
  return say(lang, key);
}

/** How many conditions a result gives in full unless the caller asks for every one: those the widget shows. */
export const CONDITIONS_IN_FULL = 3;

export interface LocalizeOptions {
  /** The parts to say in full (see EXPANSIONS); the rest are ids and numbers, or left out. */
  expand: readonly Expansion[];
}

function redFlag(lang: Lang, { flag, status }: FlagOutcome): TriageResult['redFlags'][number] {
  const { label, reason, action } = flagTexts(lang, flag.id);
  return { id: flag.id, label, status, urgency: flag.urgency, reason, action };
}

/** Where a condition ranks: the numbers, rounded as the result shows them. */
function rank(s: Scored) {
  return { band: s.band, score: Math.round(s.score * 100) / 100, share: Math.round(s.share * 1000) / 1000 };
}

function rankedCondition(lang: Lang, s: Scored): TriageResult['conditions'][number] {
  const { band, score, share } = rank(s);
  const { name, summary } = conditionSaid(lang, s.id);
  return {
    id: s.id,
    name,
    summary,
    band,
    score,
    share,
    for: s.for.map((hit) => evidenceFinding(lang, hit.rule.id)),
    against: s.against.map((hit) => evidenceFinding(lang, hit.rule.id)),
  };
}

/**
 * The decision in `lang`. Without options: the whole result, as the Worker's own readers keep it (its
 * output is fixed: tests compare it byte for byte). With `expand`: what POST /v1/triage answers, the
 * parts not asked for as ids (`clearedFlags`) or left out (the clinician summary, conditions after the
 * third, the sources' citations).
 */
export function localizeResult(d: Decision, lang: Lang): FullTriageResult;
export function localizeResult(d: Decision, lang: Lang, options: LocalizeOptions): TriageResult;
export function localizeResult(
  d: Decision,
  lang: Lang,
  options?: LocalizeOptions,
): TriageResult | FullTriageResult {
  const wants = (part: Expansion) => !options || options.expand.includes(part);
  const weeks = d.recheckWeeks;
  const urgency = {
    level: d.urgency.level,
    title: text(lang, urgencyKey(d.urgency.level, 'title')),
    advice: withPeriod(lang, urgencyKey(d.urgency.level, 'advice'), weeks),
    reasons: d.urgency.reasons.map((r) => ({ id: r.id, kind: r.kind, text: urgencyReason(lang, r) })),
  };
  const stretch = {
    verdict: d.stretch.verdict,
    headline: text(lang, stretchKey(d.stretch.verdict)),
    reason: d.stretch.reasons.map((r) => stretchReason(lang, r)).join(' '),
  };
  // The flags said in full and those cleared (as ids), in one walk over the flags.
  const allFlags = wants('redFlags');
  const redFlags: TriageResult['redFlags'] = [];
  const cleared: RedFlagId[] = [];
  for (const f of d.redFlags) {
    if (allFlags || f.status !== 'negative') redFlags.push(redFlag(lang, f));
    if (f.status === 'negative') cleared.push(f.flag.id);
  }
  const conditions = wants('conditions') ? d.conditions : d.conditions.slice(0, CONDITIONS_IN_FULL);
  // Key order is the documented one, and the default output's is fixed: the optional parts added in
  // their places rather than spread from an object made for each.
  const result: Partial<FullTriageResult & TriageResult> = {
    questionnaireVersion: d.questionnaireVersion,
    lang,
    earlyExit: d.earlyExit,
    urgency,
    redFlags,
  };
  if (options) result.clearedFlags = cleared;
  result.stretch = stretch;
  result.conditions = conditions.map((s) => rankedCondition(lang, s));
  result.unknowns = d.unknowns.map((id) => ({ question: id, text: questionText(lang, id) }));
  result.factors = d.factors.map(({ id, rules }) => ({
    id,
    name: text(lang, factorKey(id, 'name')),
    why: rules.map((rule) => factorFinding(lang, rule)),
    advice: text(lang, factorKey(id, 'advice')),
  }));
  result.plan = {
    now: d.plan.now.map((item) => planItem(lang, item)),
    exercises: d.plan.exercises.map((item) => planItem(lang, item)),
    training: d.plan.training.map((item) => planItem(lang, item)),
    see: withPeriod(lang, seeKey(d.urgency.level), weeks),
  };
  result.safetyNet = d.safetyNet.map((id) => withPeriod(lang, safetyKey(id), weeks));
  if (wants('clinicianSummary'))
    result.clinicianSummary = clinicianSummary(lang, d.summary, d.redFlags, { urgency, stretch });
  result.disclaimer = text(lang, 'disclaimer');
  if (wants('sources')) result.sources = d.sources.map(sourceRef);
  return result as TriageResult | FullTriageResult;
}
