/**
 * Each public vignette as the answers that runner would give. How the stories are read:
 * - What the story says is answered; what it does not say is left unanswered (or "not sure" where the
 *   runner would have to answer and the story leaves it open), never guessed in the engine's favour.
 * - Red-flag symptoms a story does not mention are answered "none of these": the runner knows whether
 *   they have them, and the stories mention them when present.
 * - Only questions the flow asks are answered (validateAnswers must accept every set), so a vignette
 *   that ends early on a red flag stops at that flag, and self-tests are skipped when the flow withholds them.
 */
import type { Answers } from '../../../shared/index.ts';

const noRedFlags = { 'rf-nerve': ['none'], 'rf-now': ['none'], 'rf-serious': ['none'] } satisfies Answers;

const BY_ID = {
  'P01-sprint-strain': {
    age: 28,
    running: ['speed'],
    ...noRedFlags,
    onset: 'sudden',
    activity: 'sprinting',
    moment: ['shot', 'stopped'], // "like being shot", "had to stop"
    bruising: 'none',
    walking: 'hurts', // "uncomfortable but possible"
    since: 'days-3-7',
    where: ['thigh-middle'],
    sides: 'one',
    feel: ['sharp'],
    worse: ['stretching'],
    'st-press-thigh': 'spot',
    'st-knee-bend': 'hurts',
    previous: 'no',
    back: ['none'],
  },
  'P02-high-hamstring-tendinopathy': {
    age: 45,
    running: ['long'],
    ...noRedFlags, // "no night pain"
    onset: 'gradual',
    walking: 'normal', // still running uphill and fast
    since: 'months-3-plus',
    where: ['sitting-bone'],
    sides: 'one',
    feel: ['ache'],
    worse: ['sitting', 'uphill', 'speed', 'stretching'],
    'st-sitting-bone': 'yes',
    back: ['none'],
  },
  'P03-sciatic-nerve': {
    age: 38,
    running: ['trail'],
    ...noRedFlags, // no groin numbness, bladder normal, no weakness
    onset: 'unsure', // the story does not say how it began
    where: ['buttock', 'thigh-upper', 'thigh-middle', 'thigh-lower', 'knee-outer'], // "to behind the knee"
    sides: 'one',
    feel: ['nerve', 'ache'],
    worse: ['rest-night'], // "an ache even at rest"
    'st-press-thigh': 'no-spot',
    'st-knee-bend': 'fine',
    'st-slr': 'knee-eases', // "with the knee bent the stretch is much easier"
    back: ['now'], // "some stiffness in the low back"
  },
  'P04-sacroiliac-referred': {
    age: 50,
    ...noRedFlags,
    onset: 'gradual', // "no incident"
    where: ['pelvis-bump', 'thigh-upper', 'thigh-middle'],
    sides: 'one',
    worse: ['one-leg'], // turning over in bed, standing on that leg
    'st-press-thigh': 'no-spot',
    'st-bump': 'yes',
  },
  'P05-cauda-equina': {
    age: 41,
    'rf-nerve': ['saddle', 'bladder'], // ends the questionnaire
  },
  'P06-proximal-avulsion': {
    age: 42,
    ...noRedFlags,
    onset: 'sudden',
    activity: 'overstretch', // slipped into the splits, knee straight
    moment: ['pop'], // "felt and heard a pop"
    bruising: 'large', // ends the questionnaire
  },
  'P07-dvt': {
    age: 55,
    'rf-nerve': ['none'],
    'rf-now': ['clot'], // swollen, warm calf after a long flight; "not short of breath"; ends the questionnaire
  },
  'P08-fascial-strain': {
    age: 33,
    running: ['trail'],
    ...noRedFlags,
    onset: 'sudden',
    activity: 'running', // a twinge on a downhill stride
    moment: ['kept-going'],
    bruising: 'none',
    walking: 'normal',
    since: 'weeks-1-3', // three weeks ago
    where: ['thigh-middle'],
    sides: 'one',
    feel: ['tight'],
    'st-press-thigh': 'area', // "slightly sore"
  },
  'P09-distal-tendinopathy': {
    age: 36,
    ...noRedFlags, // "no swelling at the back of the knee"
    onset: 'gradual',
    where: ['knee-outer'],
    sides: 'one',
    worse: ['uphill', 'speed'],
    'st-knee-tendon': 'yes',
    training: ['more-distance', 'more-hills'],
  },
  'P10-recurrent-strain': {
    age: 29,
    ...noRedFlags,
    onset: 'sudden', // the last flare-up
    activity: 'sprinting', // it went again at full speed
    bruising: 'none',
    walking: 'normal',
    since: 'weeks-1-3', // three weeks ago
    where: ['thigh-middle'],
    sides: 'one',
    'st-press-thigh': 'spot',
    'st-knee-bend': 'hurts',
    previous: 'more',
    return: 'rest-only', // rested until it stopped hurting, then straight back to full speed
  },
  'P11-ischial-bursitis': {
    age: 60,
    ...noRedFlags,
    onset: 'gradual', // "no incident"
    where: ['sitting-bone'],
    sides: 'one',
    worse: ['sitting'], // running and hills do not bother it
    eases: ['standing'],
    'st-sitting-bone': 'yes',
  },
  'P12-lumbar-referred': {
    age: 47,
    ...noRedFlags, // no weakness, bladder normal
    onset: 'gradual',
    where: ['low-back', 'thigh-upper', 'thigh-middle'],
    sides: 'one',
    feel: ['ache'],
    worse: ['slump'],
    eases: ['walking'],
    'st-press-thigh': 'no-spot',
    'st-knee-bend': 'fine',
    back: ['now', 'past'], // episodes for years; the ache comes and goes with the back
  },
  'P13-serious-pathology': {
    age: 63,
    sex: 'male',
    'rf-nerve': ['none'],
    'rf-now': ['none'],

    'rf-serious': ['constant', 'night', 'weight-loss', 'cancer'],
    onset: 'unsure',
    since: 'weeks-6-12',
    where: ['thigh-middle'],
    feel: ['ache'],
    worse: ['rest-night'],
  },
  'P14-opposite-glute': {
    age: 34,
    running: ['long'],
    ...noRedFlags,
    onset: 'gradual', // "no incident"
    since: 'weeks-6-12',
    where: ['thigh-upper', 'thigh-middle'],
    sides: 'one',
    feel: ['tight'],
    worse: ['long-runs', 'speed'],
    'st-press-thigh': 'area', // "mild tenderness in the hamstring belly"
    'st-bridge': ['glute-other'],
  },
  'P15-bone-stress': {
    age: 26,
    sex: 'female',
    running: ['long'],
    ...noRedFlags,
    onset: 'gradual', // started with running, no incident
    walking: 'hurts',
    since: 'weeks-1-3',
    where: ['buttock', 'low-back'],
    sides: 'one',
    feel: ['ache'],
    worse: ['hopping'],
    // Self-tests are withheld: the bone-stress flag holds by now.
    training: ['more-distance'],
    energy: ['periods', 'weight-loss'],
  },
  'P16-doms': {
    age: 39,
    running: ['trail', 'long'],
    ...noRedFlags, // urine normal colour
    onset: 'after-session',
    walking: 'hurts', // worst on stairs going down
    since: 'days-0-2',
    where: ['thigh-upper', 'thigh-middle', 'thigh-lower'],
    sides: 'both',
    feel: ['sore-stiff'],
    worse: ['downhill'],
    'st-press-thigh': 'area', // "no single sore spot"
    training: ['race'],
  },
} satisfies Record<string, Answers>;

export type VignetteId = keyof typeof BY_ID;

/** Keyed by the ids above, so a misspelt id does not compile and a named one needs no fallback. */
export const VIGNETTE_ANSWERS: Readonly<Record<VignetteId, Answers>> = BY_ID;

/** A vignette's answers by an id read from public.json: undefined for one this file does not map. */
export const answersOf = (id: string): Answers | undefined =>
  (VIGNETTE_ANSWERS as Record<string, Answers>)[id];
