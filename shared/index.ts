/**
 * @module hamstring-check's domain: the vocabulary, the questionnaire as data, its flow logic, answer
 * validation and the triage engine. Pure TypeScript over data, shared by the Worker and the widget. It
 * has no zod: the boundary schemas are in ./schemas/index.ts, so a runtime that only needs the engine
 * does not bundle a schema library.
 */
export { type TriageInput, triage } from './engine.ts';
export { CATALOGUES, hasText, type KeyUnder, type TextKey, text } from './i18n/index.ts';
export { UI_TEXT_KEYS, type UiKey, type UiTexts } from './i18n/ui-keys.ts';
export { INTERVIEW_MINUTES, interviewSeconds } from './interview/estimate.ts';
export { type InterviewStep, nextStep } from './interview/next.ts';
export { conditionCatalogue, sourceRef } from './localize/conditions.ts';
export { localizeQuestionnaire, optionLabel } from './localize/questionnaire.ts';
export { CONDITIONS_IN_FULL, type LocalizeOptions, localizeResult } from './localize/result.ts';
export { type EvalContext, evalCond, questionsOf, type Truth } from './logic/evaluate.ts';
export {
  askedQuestions,
  type FlowState,
  flowState,
  nextQuestion,
  seenQuestions,
  shouldExit,
} from './logic/visibility.ts';
export type { QuestionDef } from './questionnaire/definition.ts';
export { FLOW, optionIds, QUESTION_BY_ID, QUESTIONNAIRE_VERSION } from './questionnaire/flow.ts';
export { QUESTIONS } from './questionnaire/questions.ts';
export { describeCond, type FieldProblem, validateAnswers } from './questionnaire/validate.ts';
export type { ConditionInfo, SourceRef } from './schemas/catalogue.ts';
export type { Cond, Leaf } from './schemas/condition.ts';
export type { Flow, Question, Questionnaire } from './schemas/questionnaire.ts';
export type { TriageRequest } from './schemas/request.ts';
export type {
  ClinicianSummary,
  Finding,
  FullTriageResult,
  PlanItem,
  RankedCondition,
  TriageResult,
} from './schemas/triage.ts';
export {
  type Answers,
  type AnswerValue,
  BANDS,
  type Band,
  EXPANSIONS,
  type Expansion,
  LANGS,
  type Lang,
  NONE,
  QUESTION_TYPES,
  type QuestionType,
  type RedFlagStatus,
  SECTION_IDS,
  type SectionId,
  STEP_REASONS,
  type StepReason,
  UNSURE,
} from './schemas/values.ts';
export { CONDITION_IDS, CONDITIONS, type ConditionDef, type ConditionId } from './triage/conditions.ts';
export { type Decision, decide } from './triage/decide.ts';
export { EVIDENCE_RULES, type EvidenceRule } from './triage/evidence.ts';
export { FACTOR_RULES, type FactorRule } from './triage/factors.ts';
export { PLAN_ITEMS, type PlanItemDef } from './triage/plan-items.ts';
export { RED_FLAGS, type RedFlagRule, SELF_TEST_BLOCKERS } from './triage/red-flags.ts';
export { SOURCES, type Source, type SourceId } from './triage/sources.ts';
export { APP_VERSION } from './version.ts';
export {
  FACTOR_IDS,
  type FactorId,
  mostUrgent,
  STRETCH_VERDICTS,
  type StretchVerdict,
  URGENCY_LEVELS,
  type Urgency,
  urgencyRank,
} from './vocabulary.ts';
