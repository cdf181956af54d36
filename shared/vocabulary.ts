/**
 * @module The identifiers every part of hamstring-check uses: urgency levels, stretch verdicts and
 * contributing factors (the conditions' ids are their data's: triage/conditions.ts). They are the contract between the engine, the API, the widget and
 * the vignettes (see ../shared/vignettes/vocabulary.md in the reference material); never rename one.
 */

/** Ordered from least to most urgent: the order is what escalation compares. */
export const URGENCY_LEVELS = ['self-care', 'routine', 'within-week', 'same-day', 'emergency'] as const;
export type Urgency = (typeof URGENCY_LEVELS)[number];

export const STRETCH_VERDICTS = ['stretch', 'gentle', 'avoid', 'not-yet'] as const;
export type StretchVerdict = (typeof STRETCH_VERDICTS)[number];

export const FACTOR_IDS = [
  'weak-glutes',
  'overstriding',
  'eccentric-weakness',
  'flexibility-asymmetry',
  'scar-tissue',
  'lumbopelvic-control',
  'load-spike',
  'incomplete-rehab',
  'low-energy-availability',
] as const;
export type FactorId = (typeof FACTOR_IDS)[number];

/** Rank of an urgency level: higher is more urgent. */
export function urgencyRank(level: Urgency): number {
  return URGENCY_LEVELS.indexOf(level);
}

/** The more urgent of two levels; the first when they are equal. */
export const moreUrgent = (a: Urgency, b: Urgency): Urgency => (urgencyRank(b) > urgencyRank(a) ? b : a);

/** The most urgent of the given levels; `self-care` when there are none. */
export function mostUrgent(levels: Iterable<Urgency>): Urgency {
  let top: Urgency = 'self-care';
  for (const level of levels) top = moreUrgent(top, level);
  return top;
}
