/**
 * @module The questionnaire, in the order a sports physiotherapist would ask: about you, the red-flag
 * screen, the pain story, where it hurts, what it feels like, what makes it worse, guided self-tests and
 * history. Changing a question, an option or a `showIf` is a new QUESTIONNAIRE_VERSION.
 */
import type { Cond } from '../schemas/condition.ts';
import type { QuestionDef } from './definition.ts';

export const QUESTIONNAIRE_VERSION = '2026-11-22.2';

const sudden: Cond = { q: 'onset', is: 'sudden' };
const notSudden: Cond = { not: sudden };
/** Within the first three days of a sudden injury a resisted or loaded self-test is not offered (§1B). */
const pastFirstDays: Cond = { not: { all: [sudden, { q: 'since', is: 'days-0-2' }] } };
/** Loaded self-tests wait a week after a sudden injury. */
const pastFirstWeek: Cond = { not: { all: [sudden, { q: 'since', in: ['days-0-2', 'days-3-7'] }] } };

export const QUESTIONS: readonly QuestionDef[] = [
  // About you
  { id: 'age', section: 'about', type: 'number', min: 10, max: 100, unit: 'years' },
  { id: 'sex', section: 'about', type: 'single', options: ['female', 'male', 'not-said'] },
  {
    id: 'running',
    section: 'about',
    type: 'multi',
    options: ['easy', 'long', 'far', 'speed', 'trail', 'team-sport', 'new'],
    optional: true,
  },

  // Red-flag screen: asked before anything else about the pain; each has "not sure".
  {
    id: 'rf-nerve',
    section: 'red-flags',
    type: 'multi',
    options: ['saddle', 'bladder', 'bowel', 'sexual', 'both-legs'],
    none: true,
    unsure: true,
    redFlag: true,
  },
  {
    id: 'rf-now',
    section: 'red-flags',
    type: 'multi',
    options: [
      'breathless',
      'clot',
      'cold-leg',
      'tense-swelling',
      'dark-urine',
      'fever',
      'foot-drop',
      'major-trauma',
    ],
    none: true,
    unsure: true,
    redFlag: true,
  },
  {
    id: 'rf-serious',
    section: 'red-flags',
    type: 'multi',
    options: ['constant', 'night', 'weight-loss', 'cancer', 'lump', 'hip-replacement'],
    none: true,
    unsure: true,
    redFlag: true,
  },
  {
    id: 'rf-hip',
    section: 'red-flags',
    type: 'multi',
    options: ['dislocation', 'infection'],
    none: true,
    unsure: true,
    redFlag: true,
    showIf: { q: 'rf-serious', has: 'hip-replacement' },
  },

  // The pain story
  {
    id: 'onset',
    section: 'story',
    type: 'single',
    options: ['sudden', 'gradual', 'after-session'],
    unsure: true,
  },
  {
    id: 'activity',
    section: 'story',
    type: 'single',
    options: ['sprinting', 'overstretch', 'kick-jump', 'fall-blow', 'running'],
    unsure: true,
    showIf: sudden,
  },
  {
    id: 'moment',
    section: 'story',
    type: 'multi',
    options: ['pop', 'shot', 'stopped', 'kept-going'],
    none: true,
    unsure: true,
    showIf: sudden,
  },
  {
    id: 'bruising',
    section: 'story',
    type: 'single',
    options: ['none', 'small', 'large', 'swelling'],
    unsure: true,
    showIf: sudden,
  },
  { id: 'walking', section: 'story', type: 'single', options: ['normal', 'hurts', 'limp', 'barely'] },
  {
    id: 'since',
    section: 'story',
    type: 'single',
    options: ['days-0-2', 'days-3-7', 'weeks-1-3', 'weeks-3-6', 'weeks-6-12', 'months-3-plus'],
    unsure: true,
  },

  // Where it hurts
  {
    id: 'where',
    section: 'where',
    type: 'region',
    options: [
      'low-back',
      'pelvis-bump',
      'buttock',
      'sitting-bone',
      'thigh-upper',
      'thigh-middle',
      'thigh-lower',
      'knee-inner',
      'knee-outer',
      'below-knee',
      'groin',
    ],
    unsure: true,
  },
  { id: 'sides', section: 'where', type: 'single', options: ['one', 'both', 'alternates'] },

  // What it feels like
  {
    id: 'feel',
    section: 'feel',
    type: 'multi',
    options: ['sharp', 'ache', 'tight', 'sore-stiff', 'nerve', 'numb', 'cramp'],
    unsure: true,
  },

  // What makes it worse, and what eases it
  {
    id: 'worse',
    section: 'worse',
    type: 'multi',
    options: [
      'sitting',
      'stretching',
      'speed',
      'uphill',
      'downhill',
      'long-runs',
      'slump',
      'cough',
      'one-leg',
      'hopping',
      'rest-night',
      'same-point',
    ],
    none: true,
    unsure: true,
  },
  {
    id: 'eases',
    section: 'worse',
    type: 'multi',
    options: ['standing', 'walking', 'warm-up', 'rest', 'gentle-stretch'],
    none: true,
    unsure: true,
    optional: true,
    showIf: notSudden,
  },

  // Guided home-safe self-tests (clinical reference §1B). Never offered when a red flag holds or after an
  // acute injury with bruising: see SELF_TEST_BLOCKERS.
  {
    id: 'st-press-thigh',
    section: 'self-tests',
    type: 'single',
    options: ['spot', 'area', 'no-spot'],
    selfTest: true,
    optional: true,
    // Pressing along the thigh says nothing useful about pain that is only behind the knee.
    showIf: {
      q: 'where',
      hasAny: [
        'low-back',
        'pelvis-bump',
        'buttock',
        'sitting-bone',
        'thigh-upper',
        'thigh-middle',
        'thigh-lower',
        'below-knee',
        'groin',
      ],
    },
  },
  {
    id: 'st-knee-tendon',
    section: 'self-tests',
    type: 'yes-no',
    unsure: true,
    selfTest: true,
    optional: true,
    showIf: { q: 'where', hasAny: ['knee-inner', 'knee-outer'] },
  },
  {
    id: 'st-sitting-bone',
    section: 'self-tests',
    type: 'yes-no',
    unsure: true,
    selfTest: true,
    optional: true,
    showIf: { q: 'where', has: 'sitting-bone' },
  },
  {
    id: 'st-bump',
    section: 'self-tests',
    type: 'yes-no',
    unsure: true,
    selfTest: true,
    optional: true,
    showIf: { q: 'where', hasAny: ['pelvis-bump', 'low-back'] },
  },
  {
    id: 'st-knee-bend',
    section: 'self-tests',
    type: 'single',
    options: ['hurts', 'weak', 'fine'],
    selfTest: true,
    optional: true,
    showIf: pastFirstDays,
  },
  {
    id: 'st-slr',
    section: 'self-tests',
    type: 'single',
    options: ['nerve', 'knee-eases', 'local', 'fine'],
    selfTest: true,
    optional: true,
  },
  {
    id: 'st-puranen',
    section: 'self-tests',
    type: 'yes-no',
    unsure: true,
    selfTest: true,
    optional: true,
    showIf: { all: [{ q: 'where', has: 'sitting-bone' }, notSudden] },
  },
  {
    id: 'st-bridge',
    section: 'self-tests',
    type: 'multi',
    options: ['hurts', 'glute-same', 'glute-other'],
    none: true,
    selfTest: true,
    optional: true,
    showIf: pastFirstWeek,
  },
  {
    id: 'st-hop',
    section: 'self-tests',
    type: 'single',
    options: ['pain', 'fine'],
    selfTest: true,
    optional: true,
    showIf: {
      all: [
        notSudden,
        { q: 'walking', is: 'normal' },
        { q: 'where', hasAny: ['pelvis-bump', 'low-back', 'groin'] },
        { not: { q: 'worse', has: 'hopping' } },
      ],
    },
  },

  // History
  { id: 'previous', section: 'history', type: 'single', options: ['no', 'once', 'more'], unsure: true },
  {
    id: 'return',
    section: 'history',
    type: 'single',
    options: ['gradual', 'rest-only'],
    unsure: true,
    showIf: { q: 'previous', in: ['once', 'more'] },
  },
  { id: 'back', section: 'history', type: 'multi', options: ['now', 'past', 'sciatica'], none: true },
  {
    id: 'training',
    section: 'history',
    type: 'multi',
    options: ['more-distance', 'more-speed', 'more-hills', 'race', 'new-shoes'],
    none: true,
  },
  {
    id: 'energy',
    section: 'history',
    type: 'multi',
    options: ['periods', 'weight-loss', 'stress-fracture', 'under-fuelling'],
    none: true,
    unsure: true,
    showIf: {
      all: [
        notSudden,
        {
          any: [
            { q: 'where', hasAny: ['pelvis-bump', 'low-back', 'groin'] },
            { q: 'training', hasAny: ['more-distance', 'race'] },
            { q: 'worse', has: 'hopping' },
          ],
        },
      ],
    },
  },
];
