/**
 * @module The text keys the data implies, as types: each builder's return type is the catalogue's own key
 * type, so a misspelt key, or a condition, flag, rule or plan item added without its texts, does not
 * compile (and the Spanish catalogue is typed against the English one).
 *
 * Each key is built once per isolate and then reused: a key concatenated anew on every call is a new
 * string that the catalogue lookup must hash again, which made text() most of the localising time.
 */
import { EN } from '../i18n/en/index.ts';
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

/**
 * Each catalogue key as the catalogue itself spells it: a key kept as that very string is found in the
 * texts' Map by identity, where one built equal to it is compared character by character.
 */
const CANONICAL = new Map(Object.keys(EN).map((key) => [key, key]));

/** `build`, remembering each key it made by its arguments (ids and parts: a bounded set). */
function once<F extends (...args: never[]) => TextKey>(build: F): F {
  const make = build as unknown as (id: string, part?: string) => TextKey;
  const byPart = new Map<string, Map<string, TextKey>>();
  return ((id: string, part?: string): TextKey => {
    const keys = byPart.get(part ?? '') ?? new Map<string, TextKey>();
    if (keys.size === 0) byPart.set(part ?? '', keys);
    const known = keys.get(id);
    if (known !== undefined) return known;
    const made = make(id, part);
    const key = (CANONICAL.get(made) ?? made) as TextKey;
    keys.set(id, key);
    return key;
  }) as unknown as F;
}

export const conditionKey = once(
  (id: ConditionId, part: 'name' | 'summary' | 'signs' | 'stretch'): TextKey => `condition.${id}.${part}`,
);
export const flagKey = once(
  (id: RedFlagId, part: 'label' | 'reason' | 'action'): TextKey => `rf.${id}.${part}`,
);
export const evidenceKey = once((id: EvidenceRuleId): TextKey => `ev.${id}`);
export const factorRuleKey = once((id: FactorRuleId): TextKey => `fx.${id}`);
export const factorKey = once((id: FactorId, part: 'name' | 'advice'): TextKey => `factor.${id}.${part}`);
export const planKey = once(
  (id: PlanItemId | 'urgent', part: 'title' | 'how'): TextKey => `plan.${id}.${part}`,
);
export const planDoseKey = once((id: DosedPlanItemId): TextKey => `plan.${id}.dose`);
export const planCautionKey = once((id: CautionedPlanItemId): TextKey => `plan.${id}.caution`);
export const planNoteKey = once((id: NotedPlanItemId): TextKey => `plan.${id}.note`);
export const safetyKey = once((id: SafetyNetId | 'unsure'): TextKey => `safety.${id}`);
export const urgencyKey = once(
  (level: Urgency, part: 'title' | 'advice'): TextKey => `urgency.${level}.${part}`,
);
export const seeKey = once((level: Urgency): TextKey => `see.${level}`);
export const stretchKey = once((verdict: StretchVerdict): TextKey => `stretch.${verdict}.headline`);
export const questionKey = once(
  (id: QuestionId, part: '' | '.why' | '.short' = ''): TextKey => `q.${id}${part}`,
);
export const selfTestKey = once((id: SelfTestId, part: 'help' | 'stop'): TextKey => `q.${id}.${part}`);
export const testKey = once((id: ClinicianTestId): TextKey => `test.${id}`);
export const measureKey = once((id: MeasureId, part: 'name' | 'why'): TextKey => `measure.${id}.${part}`);
