/**
 * @module The text keys the data implies, as types: each builder's return type is the catalogue's own key
 * type, so a misspelt key, or a condition, flag, rule or plan item added without its texts, does not
 * compile (and the Spanish catalogue is typed against the English one).
 */
import type { TextKey } from '../i18n/index.ts';
import type { QuestionId, SelfTestId } from '../questionnaire/questions.ts';
import type { ClinicianTestId, ConditionId } from '../triage/conditions.ts';
import type { EvidenceRuleId } from '../triage/evidence.ts';
import type { FactorRuleId } from '../triage/factors.ts';
import type {
  CautionedPlanItemId,
  DosedPlanItemId,
  NotedPlanItemId,
  PlanItemId,
} from '../triage/plan-items.ts';
import type { RedFlagId } from '../triage/red-flags.ts';
import type { SafetyNetId } from '../triage/safety-net.ts';
import type { MeasureId } from '../triage/summary.ts';
import type { FactorId, StretchVerdict, Urgency } from '../vocabulary.ts';

export const conditionKey = (id: ConditionId, part: 'name' | 'summary' | 'signs' | 'stretch'): TextKey =>
  `condition.${id}.${part}`;
export const flagKey = (id: RedFlagId, part: 'label' | 'reason' | 'action'): TextKey => `rf.${id}.${part}`;
export const evidenceKey = (id: EvidenceRuleId): TextKey => `ev.${id}`;
export const factorRuleKey = (id: FactorRuleId): TextKey => `fx.${id}`;
export const factorKey = (id: FactorId, part: 'name' | 'advice'): TextKey => `factor.${id}.${part}`;
export const planKey = (id: PlanItemId | 'urgent', part: 'title' | 'how'): TextKey => `plan.${id}.${part}`;
export const planDoseKey = (id: DosedPlanItemId): TextKey => `plan.${id}.dose`;
export const planCautionKey = (id: CautionedPlanItemId): TextKey => `plan.${id}.caution`;
export const planNoteKey = (id: NotedPlanItemId): TextKey => `plan.${id}.note`;
export const safetyKey = (id: SafetyNetId | 'unsure'): TextKey => `safety.${id}`;
export const urgencyKey = (level: Urgency, part: 'title' | 'advice'): TextKey => `urgency.${level}.${part}`;
export const seeKey = (level: Urgency): TextKey => `see.${level}`;
export const stretchKey = (verdict: StretchVerdict): TextKey => `stretch.${verdict}.headline`;
export const questionKey = (id: QuestionId, part: '' | '.why' | '.short' = ''): TextKey => `q.${id}${part}`;
export const selfTestKey = (id: SelfTestId, part: 'help' | 'stop'): TextKey => `q.${id}.${part}`;
export const testKey = (id: ClinicianTestId): TextKey => `test.${id}`;
export const measureKey = (id: MeasureId, part: 'name' | 'why'): TextKey => `measure.${id}.${part}`;
