/**
 * @module Named facts about the answers, defined once and read by the flow, the red flags, the evidence,
 * the stretch verdict and the plan: what "sudden", "the first week" or "bruised" mean is decided here.
 */
import type { Cond } from '../schemas/condition.ts';

/** The runner said it started at one moment. Gates the questions about that moment. */
export const ONSET_SUDDEN: Cond = { q: 'onset', is: 'sudden' };

/**
 * It started at one moment: said so, or described one (a pop, "like being shot", having to stop, or
 * what they were doing), which settles an onset the runner was not sure of.
 */
export const SUDDEN: Cond = {
  any: [
    ONSET_SUDDEN,
    { q: 'moment', hasAny: ['pop', 'shot', 'stopped'] },
    { q: 'activity', in: ['sprinting', 'overstretch', 'kick-jump', 'fall-blow'] },
  ],
};
/**
 * It did not start at one moment: read from the onset alone, so a protection that needs it (a stress
 * fracture's slow build-up) stays open while the onset is unsure, whatever follow-ups are still unanswered.
 */
export const NOT_SUDDEN: Cond = { not: ONSET_SUDDEN };

export const FIRST_DAYS: Cond = { q: 'since', is: 'days-0-2' };
export const FIRST_WEEK: Cond = { q: 'since', in: ['days-0-2', 'days-3-7'] };
export const FIRST_THREE_WEEKS: Cond = { q: 'since', in: ['days-0-2', 'days-3-7', 'weeks-1-3'] };
export const PAST_FIRST_WEEK: Cond = { not: FIRST_WEEK };
/** Started within the last three months: "new" pain in the red-flag sense (clinical reference §3). */
export const NEW_PAIN: Cond = {
  q: 'since',
  in: ['days-0-2', 'days-3-7', 'weeks-1-3', 'weeks-3-6', 'weeks-6-12'],
};
export const LONG_STANDING: Cond = { q: 'since', in: ['weeks-6-12', 'months-3-plus'] };

export const WALKS_NORMALLY: Cond = { q: 'walking', is: 'normal' };
export const WALKING_HURTS: Cond = { q: 'walking', in: ['hurts', 'limp', 'barely'] };
export const LIMPING: Cond = { q: 'walking', in: ['limp', 'barely'] };

export const BRUISED: Cond = { q: 'bruising', in: ['small', 'large', 'swelling'] };
export const LARGE_BRUISE: Cond = { q: 'bruising', is: 'large' };

/**
 * A sudden injury recent, limping, or with a large bruise still settling: stretching could make the tear
 * bigger (§1C, C01: no forceful stretch in the first days or while bruising is large).
 */
export const FRESH_INJURY: Cond = {
  all: [SUDDEN, { any: [FIRST_WEEK, LIMPING, { all: [LARGE_BRUISE, FIRST_THREE_WEEKS] }] }],
};
/** A sudden injury with bruising or swelling: no provocative self-testing (§1B). */
export const ACUTE_WITH_BRUISING: Cond = { all: [SUDDEN, BRUISED] };

export const LOW_ENERGY: Cond = {
  q: 'energy',
  hasAny: ['periods', 'weight-loss', 'stress-fracture', 'under-fuelling'],
};

/**
 * What explains new pain in an older runner (§3 "new onset" red flag): an injury moment, a hard session,
 * a change in training, or a pain they have had before. Read through `sure`: an explanation counts only
 * when it was reported, never because nobody asked.
 */
export const EXPLAINED: Cond = {
  any: [
    SUDDEN,
    { q: 'onset', is: 'after-session' },
    { q: 'training', hasAny: ['more-distance', 'more-speed', 'more-hills', 'race'] },
    { q: 'previous', in: ['once', 'more'] },
  ],
};

export const CALF_OR_KNEE: Cond = { q: 'where', hasAny: ['below-knee', 'knee-inner', 'knee-outer'] };
