/**
 * @module The questionnaire, in the order a sports physiotherapist would ask: about you, the red-flag
 * screen, the pain story, where it hurts, what it feels like, what makes it worse, history, and last the
 * guided self-tests. Changing a question, an option or a `showIf` is a new QUESTIONNAIRE_VERSION.
 */
import type { QuestionDef } from './definition.ts';
import {
  ACUTE_WITH_BRUISING,
  FIRST_DAYS,
  FIRST_WEEK,
  NOT_SUDDEN,
  ONSET_SUDDEN,
  SUDDEN,
  WALKS_NORMALLY,
} from './predicates.ts';

/** Provocative tests (resisted, stretched, loaded) wait out a fresh tear with bruising (§1B). */
const BRUISED_TEAR = ACUTE_WITH_BRUISING;

/** "Not sure" on a question below is narrowed by a follow-up listing only what matters for safety. */
const narrows = <const Id extends string>(
  id: Id,
  section: QuestionDef['section'],
  options: readonly string[],
) =>
  ({
    id: `${id}-check`,
    section,
    type: 'multi',
    options,
    none: true,
    unsure: true,
    clarifies: id,
  }) as const;

/** A red-flag list, and its follow-up to a "not sure" that lets the runner rule out items one by one. */
const screen = <const Id extends string>(id: Id, options: readonly string[]) =>
  [
    { id, section: 'red-flags', type: 'multi', options, none: true, unsure: true, redFlag: true },
    { ...narrows(id, 'red-flags', options), redFlag: true },
  ] as const;

const QUESTION_DATA = [
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

  // Red-flag screen: asked before anything else about the pain; each has "not sure", then a follow-up.
  ...screen('rf-nerve', ['saddle', 'bladder', 'bowel', 'sexual', 'both-legs']),
  ...screen('rf-now', [
    'breathless',
    'clot',
    'cold-leg',
    'tense-swelling',
    'dark-urine',
    'fever',
    'foot-drop',
    'major-trauma',
    'calf-swelling',
  ]),
  // Medicines and history that change what a bruise, a fall or a calf pain could mean come last.
  ...screen('rf-serious', [
    'constant',
    'night',
    'weight-loss',
    'cancer',
    'lump',
    'hip-replacement',
    'blood-thinner',
    'bone-risk',
    'clot-risk',
    'immobile',
  ]),
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
    none: true,
    unsure: true,
    showIf: ONSET_SUDDEN,
  },
  {
    id: 'moment',
    section: 'story',
    type: 'multi',
    options: ['pop', 'shot', 'stopped', 'kept-going'],
    none: true,
    unsure: true,
    showIf: ONSET_SUDDEN,
  },
  {
    id: 'bruising',
    section: 'story',
    type: 'single',
    options: ['none', 'small', 'large', 'swelling'],
    unsure: true,
    showIf: ONSET_SUDDEN,
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
    options: ['sharp', 'ache', 'tight', 'sore-stiff', 'nerve', 'numb', 'cramp', 'click'],
    unsure: true,
  },
  narrows('feel', 'feel', ['numb', 'nerve']),

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
      'deep-hip',
    ],
    none: true,
    unsure: true,
  },
  narrows('worse', 'worse', ['hopping', 'rest-night', 'same-point']),
  {
    id: 'eases',
    section: 'worse',
    type: 'multi',
    options: ['standing', 'walking', 'warm-up', 'rest', 'gentle-stretch'],
    none: true,
    unsure: true,
    showIf: NOT_SUDDEN,
  },

  // History: before the self-tests, so everything that could withhold a self-test is known when they come.
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
        NOT_SUDDEN,
        {
          any: [
            { q: 'where', hasAny: ['pelvis-bump', 'low-back', 'groin', 'buttock'] },
            { q: 'training', hasAny: ['more-distance', 'race'] },
            { q: 'worse', has: 'hopping' },
          ],
        },
      ],
    },
  },

  // Guided home-safe self-tests (clinical reference §1B), last. Never offered while a red flag holds or
  // is left open by a "not sure", nor after an acute injury with bruising that cannot be excluded
  // (SELF_TEST_BLOCKERS); each test's own `withheldIf` keeps loaded tests away from fresh tears. Not
  // trying one is an answer ("not sure"), never a silent skip: a check not done is a check that could
  // still have found something.
  {
    id: 'st-press-thigh',
    section: 'self-tests',
    type: 'single',
    options: ['spot', 'area', 'no-spot'],
    unsure: true,
    selfTest: true,
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
    showIf: { q: 'where', hasAny: ['knee-inner', 'knee-outer'] },
  },
  {
    id: 'st-sitting-bone',
    section: 'self-tests',
    type: 'yes-no',
    unsure: true,
    selfTest: true,
    showIf: { q: 'where', has: 'sitting-bone' },
  },
  {
    id: 'st-bump',
    section: 'self-tests',
    type: 'yes-no',
    unsure: true,
    selfTest: true,
    showIf: { q: 'where', hasAny: ['pelvis-bump', 'low-back'] },
  },
  {
    // Resisted tests wait three days after a sudden injury (§1B).
    id: 'st-knee-bend',
    section: 'self-tests',
    type: 'single',
    options: ['hurts', 'weak', 'fine'],
    unsure: true,
    selfTest: true,
    withheldIf: { any: [{ all: [SUDDEN, FIRST_DAYS] }, BRUISED_TEAR] },
  },
  {
    id: 'st-slr',
    section: 'self-tests',
    type: 'single',
    options: ['nerve', 'knee-eases', 'local', 'fine'],
    unsure: true,
    selfTest: true,
    withheldIf: { any: [{ all: [SUDDEN, FIRST_DAYS] }, BRUISED_TEAR] },
  },
  {
    id: 'st-puranen',
    section: 'self-tests',
    type: 'yes-no',
    unsure: true,
    selfTest: true,
    showIf: { q: 'where', has: 'sitting-bone' },
    withheldIf: SUDDEN,
  },
  {
    // Loaded tests wait a week after a sudden injury.
    id: 'st-bridge',
    section: 'self-tests',
    type: 'multi',
    options: ['hurts', 'glute-same', 'glute-other'],
    none: true,
    unsure: true,
    selfTest: true,
    withheldIf: { any: [{ all: [SUDDEN, FIRST_WEEK] }, BRUISED_TEAR] },
  },
  {
    // For pain-free walkers only (§1B, C20): when walking or landing already hurts, the hop adds nothing
    // a doctor would not ask about anyway, so it is not part of the check.
    id: 'st-hop',
    section: 'self-tests',
    type: 'single',
    options: ['pain', 'fine'],
    unsure: true,
    selfTest: true,
    showIf: {
      all: [
        { q: 'where', hasAny: ['pelvis-bump', 'low-back', 'groin', 'buttock'] },
        WALKS_NORMALLY,
        { not: { q: 'worse', has: 'hopping' } },
      ],
    },
    withheldIf: SUDDEN,
  },
] as const satisfies readonly QuestionDef[];

export type QuestionId = (typeof QUESTION_DATA)[number]['id'];
/** The guided self-tests: each has instructions and a stop-if-it-hurts line. */
export type SelfTestId = Extract<(typeof QUESTION_DATA)[number], { selfTest: true }>['id'];
export const QUESTIONS: readonly (QuestionDef & { id: QuestionId })[] = QUESTION_DATA;
export const QUESTION_IDS = QUESTION_DATA.map((q) => q.id) as readonly QuestionId[] as readonly [
  QuestionId,
  ...QuestionId[],
];
