export { APP_VERSION } from './version.ts';
export type { ConditionId, FactorId, StretchVerdict, Urgency } from './vocabulary.ts';
export {
  CONDITION_IDS,
  FACTOR_IDS,
  mostUrgent,
  STRETCH_VERDICTS,
  URGENCY_LEVELS,
  urgencyRank,
} from './vocabulary.ts';
