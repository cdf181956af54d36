/**
 * @module The safety net: what to watch for, and when to escalate. It is always shown (clinical
 * reference §3), but it never asks the runner to watch for what they already reported: an item whose
 * `watchesFor` holds is left out, or replaced by one about it getting worse. Texts: `safety.<id>`.
 */
import { LIMPING, WALKING_HURTS } from '../questionnaire/predicates.ts';
import type { Cond } from '../schemas/condition.ts';

export interface SafetyNetItem {
  id: string;
  /** Shown only with an emergency or same-day result (true), only with any other (false), or with both. */
  urgent?: boolean;
  /** What it tells the runner to look out for: left out when the answers already report it. */
  watchesFor?: Cond;
  /** Shown only when this holds. */
  onlyIf?: Cond;
}

const SAFETY_NET_DATA = [
  { id: 'while-waiting', urgent: true },
  {
    id: 'emergency',
    watchesFor: {
      any: [
        { q: 'rf-nerve', hasAny: ['saddle', 'bladder', 'bowel', 'sexual', 'both-legs'] },
        { q: 'rf-now', hasAny: ['breathless', 'cold-leg'] },
      ],
    },
  },
  {
    id: 'same-day',
    urgent: false,
    watchesFor: { q: 'rf-now', hasAny: ['clot', 'calf-swelling', 'fever', 'foot-drop'] },
  },
  { id: 'recheck', urgent: false },
  { id: 'walking', urgent: false, watchesFor: WALKING_HURTS },
  { id: 'walking-worse', urgent: false, onlyIf: { q: 'walking', is: 'hurts' }, watchesFor: LIMPING },
  {
    id: 'night',
    urgent: false,
    watchesFor: {
      any: [
        { q: 'worse', has: 'rest-night' },
        { q: 'rf-serious', hasAny: ['night', 'constant', 'lump'] },
      ],
    },
  },
] as const satisfies readonly SafetyNetItem[];
export type SafetyNetId = (typeof SAFETY_NET_DATA)[number]['id'];
export const SAFETY_NET: readonly (SafetyNetItem & { id: SafetyNetId })[] = SAFETY_NET_DATA;
