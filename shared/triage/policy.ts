/**
 * @module Clinical policy as named data: every cut-off and limit the engine applies that is a clinical
 * choice rather than a finding's weight, in one place for the reviewing clinician (docs/clinical-model.md
 * prints them). Changing one is a clinical decision; the judgements behind them are in judgements.ts.
 */
import type { Urgency } from '../vocabulary.ts';

/** Age limits, in years. */
export const AGES = {
  /** Teenagers: the growth plate gives way before the tendon, wherever the pull is felt (§1A, C13). */
  adolescent: 19,
  /** Young people with unexplained bone pain: an X-ray within 48 hours (NICE NG12). */
  youngBone: 24,
  /** An open growth plate at the sitting bone is possible up to here (§8.2 proposes ≤ 25). */
  apophysisOpen: 25,
  /** From here, no growth plate: the tendon itself tears (Eberbach 2017). */
  adult: 26,
  /** Strains, avulsions and tendinopathy grow more common (Green 2020; Bertiche 2021). */
  over40: 40,
  /** Hip and spine sources grow more common (§1D). */
  over50: 50,
  /** The serious-pathology threshold for new pain (§3: "age > 50"). */
  olderNewPain: 51,
  /** Inflammatory back pain starts before 45 (§3). */
  inflammatoryOnsetMax: 44,
  /** Fragility fracture after a fall (§3: "age > 65"). */
  fragile: 65,
} as const;

/**
 * Bands of the evidence shown to the runner: a condition with this share of the evidence is "likely",
 * from the lower share "possible" (shares of 2^score over all conditions).
 */
export const SHARE_BANDS = { likely: 0.3, possible: 0.08 } as const;

/**
 * How close, in evidence points (log2 of the odds), a condition must be able to come to the first once
 * the open answers are known for its advice to count: within `close` its urgency and stretch answer
 * count in full; a serious one within `possible` counts one level lower.
 */
export const CONTENTION = { close: 1, possible: 2 } as const;

/** Week-level flags that no one suspicion explains escalate together (§3 general note). */
export const COMBINED_LEVEL = { from: 'within-week', to: 'same-day' } as const satisfies {
  from: Urgency;
  to: Urgency;
};

/** How many items of each kind the plan shows. */
export const PLAN_LIMITS = { now: 3, exercise: 4, training: 4 } as const;

/** Weeks of self-care before a re-check when the first condition sets none. */
export const DEFAULT_RECHECK_WEEKS = 3;
