/**
 * @module decide(): answers in, the decision out, as ids and numbers only: no text. Pure and
 * deterministic: the same answers always give the same decision. It assumes answers that passed
 * validateAnswers(), but it is total: any answers of the right shape give a valid decision, and what it
 * cannot tell never counts as reassurance. localize/result.ts says it in the runner's language.
 */
import { type EvalContext, evalCond, readsOf, type Truth } from '../logic/evaluate.ts';
import { truthTest } from '../logic/truth-test.ts';
import { QUESTIONNAIRE_VERSION } from '../questionnaire/flow.ts';
import type { QuestionId } from '../questionnaire/questions.ts';
import type { Answers } from '../schemas/values.ts';
import type { FactorId, Urgency } from '../vocabulary.ts';
import { assess } from './assess.ts';
import { cite, citedSources, startCiting } from './citations.ts';
import { CONDITION_BY_ID } from './conditions.ts';
import { FACTOR_RULES, type FactorRuleId } from './factors.ts';
import { choosePlan, type PlanChoice } from './plan.ts';
import { DEFAULT_RECHECK_WEEKS } from './policy.ts';
import { COMBINED_SOURCES } from './red-flags.ts';
import { SAFETY_NET, type SafetyNetId } from './safety-net.ts';
import { leadingConditions, type Scored } from './score.ts';
import { type FlagOutcome, isOpen, isPositive, isRaised } from './screen.ts';
import type { SourceId } from './sources.ts';
import type { StretchDecision } from './stretch.ts';
import type { SummaryDecision } from './summary.ts';
import { type Lazy, SUMMARY_FROM, SUMMARY_PROPERTY } from './summary-getter.ts';
import { rankingUnknowns } from './unknowns.ts';
import type { UrgencyReason } from './urgency.ts';

export interface Decision {
  questionnaireVersion: string;
  /** A red flag that ends the questionnaire holds. */
  earlyExit: boolean;
  urgency: { level: Urgency; reasons: UrgencyReason[] };
  redFlags: FlagOutcome[];
  stretch: StretchDecision;
  /** Every condition, most likely first, with the evidence rules for and against it. */
  conditions: Scored[];
  unknowns: QuestionId[];
  factors: Array<{ id: FactorId; rules: FactorRuleId[] }>;
  plan: PlanChoice;
  /** Weeks of self-care before seeing someone, at least 1. */
  recheckWeeks: number;
  safetyNet: Array<SafetyNetId | 'unsure'>;
  summary: SummaryDecision;
  sources: SourceId[];
}

/** Each factor rule's condition compiled (logic/truth-test.ts), by index in FACTOR_RULES. */
const FACTOR_TRUTH = FACTOR_RULES.map((rule) => truthTest(rule.when));

export function decide(answers: Answers): Decision {
  const { asked, ctx, truths, flags, ranked, urgency, stretch } = assess(answers);
  const raised = flags.some(isRaised);
  const leading = leadingConditions(ranked);
  const leader = ranked[0]?.id;

  const factorHits = FACTOR_RULES.filter((_rule, i) => FACTOR_TRUTH[i]?.(ctx) === true);
  const factorIds = [...new Set(factorHits.map((rule) => rule.factor))];
  const plan = choosePlan({
    verdict: stretch.verdict,
    redFlag: raised,
    leading: leading.map((s) => s.id),
    topThree: ranked.slice(0, 3).map((s) => s.id),
    factors: new Set<FactorId>(factorIds),
    ctx,
  });

  // After an early exit nothing else needs asking: the runner needs care, not more questions.
  const earlyExit = flags.some((f) => isPositive(f) && f.flag.exit);
  startCiting();
  for (const f of flags) if (f.status !== 'negative') cite(f.flag.sources);
  if (urgency.reasons.some((r) => r.kind === 'red-flag-combined')) cite(COMBINED_SOURCES);
  for (const s of leading) {
    for (const hit of s.for) cite(hit.rule.sources);
    for (const hit of s.against) cite(hit.rule.sources);
    cite(CONDITION_BY_ID.get(s.id)?.sources ?? []);
  }
  for (const rule of factorHits) cite(rule.sources);
  for (const items of [plan.now, plan.exercises, plan.training]) for (const item of items) cite(item.sources);
  const sources = citedSources();

  const decision = {
    questionnaireVersion: QUESTIONNAIRE_VERSION,
    earlyExit,
    urgency,
    redFlags: flags,
    stretch,
    conditions: ranked,
    unknowns: earlyExit ? [] : openQuestions(answers, asked, ctx, truths, ranked, flags),
    factors: factorIds.map((id) => ({
      id,
      rules: factorHits.filter((rule) => rule.factor === id).map((rule) => rule.id),
    })),
    plan,
    recheckWeeks: Math.max(1, (leader && CONDITION_BY_ID.get(leader)?.recheckWeeks) ?? DEFAULT_RECHECK_WEEKS),
    safetyNet: safetyNet(urgency.level, flags, ctx),
  } as Omit<Decision, 'summary' | 'sources'> & Partial<Decision> & Lazy;
  // The summary in its place among the keys (before `sources`), and what it is worked out from kept
  // where no copy or serialization reads it (summary-getter.ts says why it is done this way).
  Object.defineProperty(decision, SUMMARY_FROM, { value: { answers, asked, ranked }, writable: true });
  Object.defineProperty(decision, 'summary', SUMMARY_PROPERTY);
  decision.sources = sources;
  return decision as Decision;
}

/** The safety net: never asking the runner to watch for what they already reported. */
function safetyNet(level: Urgency, flags: readonly FlagOutcome[], ctx: EvalContext): Decision['safetyNet'] {
  const urgent = level === 'emergency' || level === 'same-day';
  const items: Decision['safetyNet'] = SAFETY_NET.filter(
    (item) =>
      (item.urgent === undefined || item.urgent === urgent) &&
      (item.onlyIf === undefined || evalCond(item.onlyIf, ctx) === true) &&
      (item.watchesFor === undefined || evalCond(item.watchesFor, ctx) !== true),
  ).map((item) => item.id);
  if (flags.some(isOpen) && !urgent) items.push('unsure');
  return items;
}

/**
 * Questions worth answering before trusting the result: those whose answer could change the first-ranked
 * condition, and those a red flag is waiting on because nobody answered them.
 */
function openQuestions(
  answers: Answers,
  asked: readonly string[],
  ctx: EvalContext,
  truths: readonly Truth[],
  ranked: readonly Scored[],
  flags: readonly FlagOutcome[],
): QuestionId[] {
  const waiting = new Set<string>();
  for (const f of flags)
    if (f.status === 'not-asked')
      for (const id of readsOf(f.flag.when))
        if (answers[id] === undefined && asked.includes(id)) waiting.add(id);
  const ranking = rankingUnknowns(answers, asked, ctx, ranked, truths);
  return asked.filter((id) => waiting.has(id) || ranking.includes(id)) as QuestionId[];
}
