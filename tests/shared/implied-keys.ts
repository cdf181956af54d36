/** Every text key the data implies, derived from ids by the same conventions the engine uses. */
import {
  CONDITIONS,
  EVIDENCE_RULES,
  FACTOR_IDS,
  FACTOR_RULES,
  hasText,
  PLAN_ITEMS,
  QUESTIONS,
  RED_FLAGS,
  SECTION_IDS,
  STRETCH_VERDICTS,
  UI_TEXT_KEYS,
  URGENCY_LEVELS,
} from '../../shared/index.ts';
import { SAFETY_NET } from '../../shared/triage/safety-net.ts';

const STATIC_KEYS = [
  'opt.yes',
  'opt.no',
  'opt.unsure',
  'opt.none',
  'unit.years',
  'urgency.reason.unsure',
  'urgency.reason.condition',
  'urgency.reason.possible',
  'urgency.reason.combined',
  'urgency.reason.not-asked',
  'urgency.reason.close',
  'stretch.reason.red-flag',
  'stretch.reason.acute',
  'stretch.reason.also',
  'plan.urgent.title',
  'plan.urgent.how',
  'period.week',
  'period.weeks',
  'safety.unsure',
  'summary.title',
  'summary.not-diagnosis',
  'summary.urgency',
  'summary.stretch',
  'summary.positives',
  'summary.red-flags',
  'summary.ranked',
  'summary.tests',
  'summary.measures',
  'summary.version',
  'summary.status.positive',
  'summary.status.unsure',
  'summary.status.negative',
  'summary.status.not-asked',
  'summary.band.likely',
  'summary.band.possible',
  'summary.band.less-likely',
  'summary.none',
  'summary.all-negative',
  'summary.accuracy',
  'summary.accuracy.cluster',
  'summary.accuracy.disc-herniation',
  'summary.accuracy.deep-gluteal-entrapment',
  'summary.source.notes',
  'summary.source.seed',
  'measure.nprs-psfs.name',
  'measure.nprs-psfs.why',
  'disclaimer',
];

export function impliedTextKeys(): string[] {
  const keys = new Set<string>(STATIC_KEYS);
  for (const id of SECTION_IDS) keys.add(`section.${id}`);
  for (const q of QUESTIONS) {
    for (const suffix of ['', '.why', '.short', ...(q.selfTest ? ['.help', '.stop'] : [])])
      keys.add(`q.${q.id}${suffix}`);
    // A follow-up to a "not sure" shows its options in the words of the question it clarifies.
    for (const option of q.options ?? []) keys.add(`opt.${q.clarifies ?? q.id}.${option}`);
  }
  // Self-tests word their own "not sure" (not tried).
  for (const q of QUESTIONS) if (q.unsure && hasText(`opt.${q.id}.unsure`)) keys.add(`opt.${q.id}.unsure`);
  // A question may word its own "none of these".
  for (const q of QUESTIONS) if (q.none && hasText(`opt.${q.id}.none`)) keys.add(`opt.${q.id}.none`);
  for (const flag of RED_FLAGS)
    for (const part of ['label', 'reason', 'action']) keys.add(`rf.${flag.id}.${part}`);
  for (const rule of EVIDENCE_RULES) keys.add(`ev.${rule.id}`);
  for (const rule of FACTOR_RULES) keys.add(`fx.${rule.id}`);
  for (const c of CONDITIONS) {
    for (const part of ['name', 'summary', 'signs', 'stretch']) keys.add(`condition.${c.id}.${part}`);
    for (const test of c.tests) keys.add(`test.${test.id}`);
    if (c.measure) for (const part of ['name', 'why']) keys.add(`measure.${c.measure}.${part}`);
  }
  for (const f of FACTOR_IDS) for (const part of ['name', 'advice']) keys.add(`factor.${f}.${part}`);
  for (const item of PLAN_ITEMS) {
    for (const part of [
      'title',
      'how',
      ...(item.dose ? ['dose'] : []),
      ...(item.caution ? ['caution'] : []),
      ...(item.allowedUnder ? ['note'] : []),
    ]) {
      keys.add(`plan.${item.id}.${part}`);
    }
  }
  for (const item of SAFETY_NET) keys.add(`safety.${item.id}`);
  for (const level of URGENCY_LEVELS) {
    for (const key of [`urgency.${level}.title`, `urgency.${level}.advice`, `see.${level}`]) keys.add(key);
  }
  for (const verdict of STRETCH_VERDICTS) keys.add(`stretch.${verdict}.headline`);
  // The widget's interface texts, served with the questionnaire.
  for (const key of UI_TEXT_KEYS) keys.add(`ui.${key}`);
  return [...keys];
}
