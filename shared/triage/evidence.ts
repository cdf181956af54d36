/**
 * @module Evidence rules: each is one finding (text `ev.<id>`, shown as "why we think so") and what it
 * does to each condition, in log2 points: +1 doubles the odds, −1 halves them. Where the clinical
 * reference gives a likelihood ratio the weight is its log2 (Puranen–Orava LR+ 4.2 → +2.1, LR− 0.29 →
 * −1.8); elsewhere the weights grade expert opinion (§1D): strong ±3, moderate ±2, weak ±1.
 *
 * Rules read positive answers only ("no sore spot" is an answer, not the absence of "sore spot"), so a
 * test that was not offered never counts for or against anything.
 */
import { SUDDEN } from '../questionnaire/predicates.ts';
import type { Cond } from '../schemas/condition.ts';
import type { ConditionId } from './conditions.ts';
import { AGES } from './policy.ts';
import type { SourceId } from './sources.ts';

export interface EvidenceRule {
  id: string;
  when: Cond;
  effects: Partial<Record<ConditionId, number>>;
  sources: readonly SourceId[];
}

const sudden = SUDDEN;
const where = (region: string): Cond => ({ q: 'where', has: region });
const worse = (what: string): Cond => ({ q: 'worse', has: what });

const EVIDENCE_RULES_DATA = [
  // Age
  {
    id: 'age-young',
    when: { q: 'age', lte: AGES.apophysisOpen },
    effects: { 'apophyseal-avulsion': 1.5 },
    sources: ['ferlic-2014', 'eberbach-2017'],
  },
  {
    // Teenagers' growth plates give way before their tendons do (§1A, C13: peak mid-teens).
    id: 'age-teen',
    when: { q: 'age', lte: AGES.adolescent },
    // Tendinopathy and bursitis at the sitting bone are wear in adults (§1A C04, C05).
    effects: {
      'apophyseal-avulsion': 2.5,
      'proximal-avulsion': -2,
      'proximal-tendinopathy': -1,
      'ischial-bursitis': -1,
    },
    sources: ['ferlic-2014', 'eberbach-2017', 'ashby-haddad'],
  },
  {
    id: 'age-adult',
    when: { q: 'age', gte: AGES.adult },
    effects: { 'apophyseal-avulsion': -5 },
    sources: ['eberbach-2017'],
  },
  {
    id: 'age-over-40',
    when: { q: 'age', gte: AGES.over40 },
    effects: {
      'muscle-strain': 0.5,
      'proximal-avulsion': 0.5,
      'proximal-tendinopathy': 0.5,
      'lumbar-referred': 0.5,
    },
    sources: ['green-2020', 'bertiche-2021', 'goom-2016'],
  },
  {
    id: 'age-over-50',
    when: { q: 'age', gte: AGES.over50 },
    effects: { 'hip-referred': 1, 'lumbar-referred': 0.5 },
    sources: ['cr-differential'],
  },
  {
    id: 'runs-fast',
    when: { q: 'running', hasAny: ['speed', 'team-sport'] },
    effects: { 'muscle-strain': 0.5 },
    sources: ['verrall-2003'],
  },
  {
    id: 'runs-long',
    when: { q: 'running', has: 'long' },
    effects: { 'proximal-tendinopathy': 0.5, 'muscle-overload': 0.5 },
    sources: ['goom-2016', 'seed-four-reasons'],
  },

  {
    id: 'runs-far',
    when: { q: 'running', has: 'far' },
    effects: { 'proximal-tendinopathy': 0.5, 'muscle-overload': 0.5, 'bone-stress-injury': 0.5 },
    sources: ['goom-2016', 'harris-2016'],
  },

  // Onset
  {
    id: 'onset-sudden',
    when: sudden,
    effects: {
      'muscle-strain': 2,
      'fascial-strain': 1,
      'proximal-avulsion': 2,
      'apophyseal-avulsion': 2,
      'proximal-tendinopathy': -2,
      'ischial-bursitis': -1,
      'distal-tendinopathy': -1.5,
      'sciatic-nerve': -1.5,
      'lumbar-referred': -1.5,
      'si-joint': -1,
      'hip-referred': -1,
      'bone-stress-injury': -2,
      'muscle-overload': -2,
      doms: -2,
    },
    sources: ['cr-differential', 'verrall-2003', 'seed-stretch-or-not'],
  },
  {
    id: 'onset-gradual',
    when: { q: 'onset', is: 'gradual' },
    effects: {
      'proximal-tendinopathy': 1.5,
      'distal-tendinopathy': 1.5,
      'muscle-overload': 1.5,
      'ischial-bursitis': 1,
      'sciatic-nerve': 1,
      'lumbar-referred': 1,
      'si-joint': 1,
      'hip-referred': 1,
      'bone-stress-injury': 1.5,
      'muscle-strain': -2,
      'fascial-strain': -0.5,
      'proximal-avulsion': -3,
      'apophyseal-avulsion': -3,
      doms: -1,
    },
    sources: ['cr-differential', 'goom-2016', 'seed-four-reasons'],
  },
  {
    id: 'onset-after-session',
    when: { q: 'onset', is: 'after-session' },
    effects: {
      doms: 3,
      'muscle-overload': 1,
      'muscle-strain': -1.5,
      'fascial-strain': -1,
      'proximal-avulsion': -3,
      'apophyseal-avulsion': -3,
      'proximal-tendinopathy': -0.5,
    },
    sources: ['herbert-2011', 'cr-differential'],
  },

  // What happened at the moment of a sudden injury
  {
    id: 'activity-sprinting',
    when: { q: 'activity', is: 'sprinting' },
    effects: { 'muscle-strain': 2, 'apophyseal-avulsion': 0.5, 'fascial-strain': -0.5 },
    sources: ['askling-2006', 'ekstrand-2012', 'seed-stretch-or-not'],
  },
  {
    id: 'activity-overstretch',
    when: { q: 'activity', is: 'overstretch' },
    effects: { 'proximal-avulsion': 2, 'apophyseal-avulsion': 1.5, 'muscle-strain': 1 },
    sources: ['askling-2006', 'bertiche-2021'],
  },
  {
    id: 'activity-kick-jump',
    when: { q: 'activity', is: 'kick-jump' },
    effects: { 'apophyseal-avulsion': 1.5, 'muscle-strain': 0.5 },
    sources: ['ashby-haddad'],
  },
  {
    id: 'activity-running',
    when: { q: 'activity', is: 'running' },
    effects: { 'fascial-strain': 1.5, 'muscle-strain': 0.5 },
    sources: ['seed-stretch-or-not', 'seed-uhan-irunfar'],
  },
  {
    id: 'moment-pop',
    when: { q: 'moment', has: 'pop' },
    effects: { 'proximal-avulsion': 3, 'apophyseal-avulsion': 2, 'muscle-strain': 0.5, 'fascial-strain': -1 },
    sources: ['bertiche-2021', 'cr-differential'],
  },
  {
    id: 'moment-shot',
    when: { q: 'moment', has: 'shot' },
    effects: { 'muscle-strain': 1.5, 'fascial-strain': -0.5 },
    sources: ['seed-stretch-or-not', 'cr-differential'],
  },
  {
    id: 'moment-stopped',
    when: { q: 'moment', has: 'stopped' },
    effects: {
      'muscle-strain': 1.5,
      'proximal-avulsion': 1,
      'apophyseal-avulsion': 1,
      'fascial-strain': -1.5,
    },
    sources: ['verrall-2003', 'cr-differential'],
  },
  {
    id: 'moment-kept-going',
    when: { q: 'moment', has: 'kept-going' },
    effects: { 'fascial-strain': 2, 'muscle-strain': -1, 'proximal-avulsion': -2 },
    sources: ['seed-stretch-or-not', 'cr-differential'],
  },
  {
    id: 'bruising-large',
    when: { q: 'bruising', is: 'large' },
    effects: { 'proximal-avulsion': 3, 'muscle-strain': 1, 'apophyseal-avulsion': 1, 'fascial-strain': -1 },
    sources: ['bertiche-2021', 'cr-differential'],
  },
  {
    id: 'bruising-small',
    when: { q: 'bruising', in: ['small', 'swelling'] },
    effects: { 'muscle-strain': 1 },
    sources: ['cr-differential'],
  },
  {
    id: 'bruising-none',
    when: { q: 'bruising', is: 'none' },
    effects: { 'proximal-avulsion': -1.5, 'fascial-strain': 0.5 },
    sources: ['seed-stretch-or-not', 'cr-differential'],
  },

  // Walking and time since it started
  {
    id: 'walking-normal',
    when: { q: 'walking', is: 'normal' },
    effects: { 'proximal-avulsion': -2, 'apophyseal-avulsion': -1, 'bone-stress-injury': -0.5 },
    sources: ['cr-differential'],
  },
  {
    id: 'walking-limp',
    when: { q: 'walking', in: ['limp', 'barely'] },
    effects: {
      'proximal-avulsion': 1.5,
      'apophyseal-avulsion': 1,
      'muscle-strain': 1,
      'bone-stress-injury': 1,
    },
    sources: ['bertiche-2021', 'harris-2016'],
  },
  {
    id: 'since-days',
    when: { q: 'since', in: ['days-0-2', 'days-3-7'] },
    effects: { doms: 0.5 },
    sources: ['herbert-2011'],
  },
  {
    id: 'since-beyond-week',
    when: { q: 'since', in: ['weeks-1-3', 'weeks-3-6', 'weeks-6-12', 'months-3-plus'] },
    effects: { doms: -3 },
    sources: ['herbert-2011', 'cr-differential'],
  },
  {
    id: 'since-weeks',
    when: { q: 'since', in: ['weeks-1-3', 'weeks-3-6'] },
    effects: { 'fascial-strain': 0.5 },
    sources: ['seed-stretch-or-not'],
  },
  {
    id: 'since-months',
    when: { q: 'since', in: ['weeks-6-12', 'months-3-plus'] },
    effects: {
      'proximal-tendinopathy': 1,
      'sciatic-nerve': 0.5,
      'lumbar-referred': 0.5,
      'muscle-strain': -1,
      'proximal-avulsion': -1,
    },
    sources: ['goom-2016', 'seed-four-reasons'],
  },

  // Where it hurts
  {
    id: 'where-sitting-bone',
    when: where('sitting-bone'),
    effects: {
      'proximal-tendinopathy': 2.5,
      'ischial-bursitis': 2.5,
      'proximal-avulsion': 1.5,
      'apophyseal-avulsion': 2,
      'sciatic-nerve': 0.5,
      'muscle-strain': -0.5,
      'muscle-overload': -0.5,
    },
    sources: ['seed-four-reasons', 'goom-2016', 'cr-differential'],
  },
  {
    id: 'where-buttock',
    when: where('buttock'),
    effects: {
      'sciatic-nerve': 1.5,
      'si-joint': 1,
      'lumbar-referred': 1,
      'hip-referred': 1.5,
      'bone-stress-injury': 1,
      'proximal-tendinopathy': 0.5,
    },
    sources: ['martin-2015', 'slipman-2000', 'lesher-2008', 'harris-2016'],
  },
  {
    id: 'where-pelvis-bump',
    when: where('pelvis-bump'),
    effects: { 'si-joint': 3, 'lumbar-referred': 1, 'bone-stress-injury': 0.5, 'muscle-strain': -1 },
    sources: ['seed-uhan-irunfar', 'slipman-2000'],
  },
  {
    id: 'where-low-back',
    when: where('low-back'),
    effects: {
      'lumbar-referred': 2.5,
      'si-joint': 1,
      'sciatic-nerve': 1,
      'bone-stress-injury': 1,
      'muscle-strain': -1,
      'fascial-strain': -1,
    },
    sources: ['seed-four-reasons', 'cr-differential', 'harris-2016'],
  },
  {
    id: 'where-thigh-upper',
    when: where('thigh-upper'),
    effects: {
      'muscle-strain': 1,
      'fascial-strain': 0.5,
      'muscle-overload': 1,
      'proximal-tendinopathy': 0.5,
      'proximal-avulsion': 1,
    },
    sources: ['seed-four-reasons', 'cr-differential'],
  },
  {
    id: 'where-thigh-middle',
    when: where('thigh-middle'),
    effects: {
      'muscle-strain': 1.5,
      'fascial-strain': 1.5,
      'muscle-overload': 1.5,
      'proximal-tendinopathy': -1.5,
      'ischial-bursitis': -2,
      'distal-tendinopathy': -1,
    },
    sources: ['seed-four-reasons', 'ekstrand-2012'],
  },
  {
    id: 'where-thigh-lower',
    when: where('thigh-lower'),
    effects: {
      'muscle-strain': 0.5,
      'fascial-strain': 0.5,
      'muscle-overload': 0.5,
      'distal-tendinopathy': 1,
    },
    sources: ['seed-four-reasons'],
  },
  {
    id: 'where-knee',
    when: { q: 'where', hasAny: ['knee-inner', 'knee-outer'] },
    effects: {
      'distal-tendinopathy': 3,
      'sciatic-nerve': 0.5,
      'proximal-tendinopathy': -2,
      'ischial-bursitis': -2,
      'muscle-strain': -0.5,
    },
    sources: ['seed-four-reasons', 'cr-differential'],
  },
  {
    id: 'where-below-knee',
    when: where('below-knee'),
    effects: {
      'sciatic-nerve': 2,
      'lumbar-referred': 1.5,
      'si-joint': -0.5,
      'muscle-strain': -1.5,
      'fascial-strain': -1,
      'proximal-tendinopathy': -1.5,
      'distal-tendinopathy': -0.5,
    },
    sources: ['seed-stretch-or-not', 'cr-differential', 'slipman-2000'],
  },
  {
    id: 'where-groin',
    when: where('groin'),
    effects: { 'hip-referred': 2.5, 'bone-stress-injury': 1 },
    sources: ['lesher-2008', 'harris-2016'],
  },
  {
    // The nerve runs from the buttock down the thigh: pain along that whole line, not in one muscle spot.
    id: 'where-along-nerve',
    when: {
      all: [
        where('buttock'),
        { q: 'where', hasAny: ['thigh-middle', 'thigh-lower', 'knee-inner', 'knee-outer', 'below-knee'] },
      ],
    },
    effects: { 'sciatic-nerve': 1.5, 'lumbar-referred': 0.5 },
    sources: ['seed-uhan-irunfar', 'seed-stretch-or-not'],
  },
  {
    id: 'sides-both',
    when: { q: 'sides', is: 'both' },
    effects: {
      doms: 3,
      'lumbar-referred': 1,
      'muscle-overload': 0.5,
      'muscle-strain': -2,
      'fascial-strain': -2,
      'proximal-avulsion': -3,
      'apophyseal-avulsion': -2,
      'distal-tendinopathy': -1,
      'si-joint': -1,
      'proximal-tendinopathy': -1,
      'bone-stress-injury': -1,
    },
    sources: ['cr-differential', 'herbert-2011'],
  },
  { id: 'sides-one', when: { q: 'sides', is: 'one' }, effects: { doms: -2 }, sources: ['cr-differential'] },
  {
    id: 'sides-alternate',
    when: { q: 'sides', is: 'alternates' },
    effects: { 'si-joint': 0.5, 'lumbar-referred': 1, doms: -1 },
    sources: ['cr-differential'],
  },

  // What it feels like
  {
    id: 'feel-sharp',
    when: { q: 'feel', has: 'sharp' },
    effects: { 'muscle-strain': 1, 'apophyseal-avulsion': 0.5, 'proximal-avulsion': 0.5 },
    sources: ['seed-stretch-or-not'],
  },
  {
    id: 'feel-ache',
    when: { q: 'feel', has: 'ache' },
    effects: {
      'proximal-tendinopathy': 1,
      'lumbar-referred': 1,
      'si-joint': 0.5,
      'bone-stress-injury': 1,
      'hip-referred': 0.5,
      'ischial-bursitis': 0.5,
      'sciatic-nerve': 0.5,
    },
    sources: ['goom-2016', 'cr-differential'],
  },
  {
    id: 'feel-tight',
    when: { q: 'feel', has: 'tight' },
    effects: { 'muscle-overload': 1.5, 'fascial-strain': 1, doms: 0.5, 'sciatic-nerve': 0.5 },
    sources: ['seed-uhan-irunfar', 'seed-stretch-or-not'],
  },
  {
    id: 'feel-sore-stiff',
    when: { q: 'feel', has: 'sore-stiff' },
    effects: { doms: 2, 'muscle-overload': 1 },
    sources: ['herbert-2011', 'cr-differential'],
  },
  {
    id: 'feel-nerve',
    when: { q: 'feel', has: 'nerve' },
    effects: {
      'sciatic-nerve': 3,
      'lumbar-referred': 1.5,
      'muscle-strain': -1.5,
      'fascial-strain': -1,
      'muscle-overload': -1,
      'proximal-tendinopathy': -1,
      doms: -1.5,
    },
    sources: ['seed-uhan-irunfar', 'seed-stretch-or-not', 'cr-differential'],
  },
  {
    id: 'feel-numb',
    when: { q: 'feel', has: 'numb' },
    effects: { 'lumbar-referred': 2, 'sciatic-nerve': 1.5, 'muscle-strain': -1 },
    sources: ['cr-differential', 'van-der-windt-2010'],
  },
  {
    // Clicking or catching: a mechanical hip symptom (§1A C10).
    id: 'feel-click',
    when: { q: 'feel', has: 'click' },
    effects: { 'hip-referred': 2 },
    sources: ['lesher-2008', 'cr-differential'],
  },
  {
    id: 'feel-cramp',
    when: { q: 'feel', has: 'cramp' },
    effects: { 'muscle-overload': 0.5 },
    sources: ['cr-differential'],
  },

  // What makes it worse
  {
    id: 'worse-sitting',
    when: worse('sitting'),
    effects: {
      'proximal-tendinopathy': 2,
      'ischial-bursitis': 2,
      'sciatic-nerve': 1,
      'proximal-avulsion': 0.5,
      'muscle-strain': -0.5,
      'muscle-overload': -0.5,
    },
    sources: ['goom-2016', 'martin-2015', 'seed-four-reasons'],
  },
  {
    id: 'worse-stretching',
    when: worse('stretching'),
    effects: {
      'proximal-tendinopathy': 1.5,
      'sciatic-nerve': 1,
      'muscle-strain': 1,
      'fascial-strain': 0.5,
      'distal-tendinopathy': 0.5,
    },
    sources: ['goom-2016', 'seed-stretch-or-not', 'seed-uhan-irunfar'],
  },
  {
    id: 'worse-speed',
    when: worse('speed'),
    effects: {
      'muscle-strain': 1,
      'proximal-tendinopathy': 1,
      'distal-tendinopathy': 1,
      'muscle-overload': 1,
    },
    sources: ['seed-four-reasons', 'goom-2016', 'verrall-2003'],
  },
  {
    id: 'worse-uphill',
    when: worse('uphill'),
    effects: { 'proximal-tendinopathy': 1.5, 'distal-tendinopathy': 1.5 },
    sources: ['goom-2016', 'seed-four-reasons'],
  },
  {
    id: 'worse-downhill',
    when: worse('downhill'),
    effects: { 'muscle-overload': 1.5, doms: 1.5, 'fascial-strain': 0.5 },
    sources: ['seed-uhan-irunfar', 'herbert-2011'],
  },
  {
    id: 'worse-long-runs',
    when: worse('long-runs'),
    effects: { 'muscle-overload': 1.5, 'proximal-tendinopathy': 0.5, 'bone-stress-injury': 0.5 },
    sources: ['seed-uhan-irunfar'],
  },
  {
    id: 'worse-slump',
    when: worse('slump'),
    effects: { 'lumbar-referred': 2.5, 'sciatic-nerve': 1.5, 'muscle-strain': -0.5 },
    sources: ['cr-differential', 'seed-four-reasons'],
  },
  {
    id: 'worse-cough',
    when: worse('cough'),
    effects: { 'lumbar-referred': 2, 'sciatic-nerve': 1 },
    sources: ['cr-differential', 'van-der-windt-2010'],
  },
  {
    id: 'worse-one-leg',
    when: worse('one-leg'),
    effects: { 'si-joint': 2.5, 'hip-referred': 1, 'bone-stress-injury': 1, 'muscle-strain': -0.5 },
    sources: ['seed-uhan-irunfar', 'cr-differential'],
  },
  {
    // Deep hip bending and rotation: low chairs, getting out of a car, squats (§1A C10; §1D).
    id: 'worse-deep-hip',
    when: worse('deep-hip'),
    effects: { 'hip-referred': 2.5, 'proximal-tendinopathy': 0.5, 'sciatic-nerve': -0.5 },
    sources: ['lesher-2008', 'cr-differential'],
  },
  {
    // A foot getting weaker: a nerve root in the back (§1A C16: foot drop L5).
    id: 'foot-weakening',
    when: { q: 'rf-now', has: 'foot-drop' },
    effects: { 'lumbar-referred': 2.5, 'sciatic-nerve': 1.5, 'muscle-strain': -1, 'muscle-overload': -1 },
    sources: ['cr-differential', 'finucane-2020'],
  },
  {
    id: 'worse-hopping',
    when: worse('hopping'),
    effects: { 'bone-stress-injury': 3, 'si-joint': 0.5 },
    sources: ['harris-2016', 'kahanov-2011'],
  },
  {
    id: 'worse-rest-night',
    when: worse('rest-night'),
    effects: {
      'sciatic-nerve': 1,
      'lumbar-referred': 0.5,
      'bone-stress-injury': 1,
      'hip-referred': 0.5,
      'muscle-strain': -1,
      'muscle-overload': -1,
    },
    sources: ['seed-uhan-irunfar', 'cr-differential'],
  },

  {
    // Bursitis is pressure pain; the tendon also hurts with load (§1A, C04 vs C05).
    id: 'sitting-not-loading',
    when: { all: [worse('sitting'), { not: { q: 'worse', hasAny: ['uphill', 'speed', 'stretching'] } }] },
    effects: { 'ischial-bursitis': 1.5, 'proximal-tendinopathy': -1.5 },
    sources: ['cr-differential'],
  },

  // What eases it
  {
    id: 'eases-standing',
    when: { q: 'eases', has: 'standing' },
    effects: { 'ischial-bursitis': 2, 'proximal-tendinopathy': 0.5, 'sciatic-nerve': 0.5 },
    sources: ['cr-differential'],
  },
  {
    id: 'eases-walking',
    when: { q: 'eases', has: 'walking' },
    effects: { 'lumbar-referred': 1.5, 'sciatic-nerve': 0.5, 'bone-stress-injury': -2 },
    sources: ['cr-differential'],
  },
  {
    id: 'eases-warm-up',
    when: { q: 'eases', has: 'warm-up' },
    effects: { 'proximal-tendinopathy': 1.5, 'distal-tendinopathy': 1 },
    sources: ['goom-2016'],
  },
  {
    id: 'eases-gentle-stretch',
    when: { q: 'eases', has: 'gentle-stretch' },
    effects: {
      'muscle-overload': 1,
      'fascial-strain': 0.5,
      'proximal-tendinopathy': -1,
      'sciatic-nerve': -1,
    },
    sources: ['seed-stretch-or-not', 'goom-2016'],
  },

  // Self-tests (§1B). Tenderness does not tell a tear from a sore muscle (Verrall 2003), but it does
  // tell the muscle from pain referred from elsewhere (Uhan, seed article).
  {
    id: 'press-spot',
    when: { q: 'st-press-thigh', is: 'spot' },
    effects: {
      'muscle-strain': 2,
      'fascial-strain': 1,
      'muscle-overload': 0.5,
      'sciatic-nerve': -1.5,
      'si-joint': -2,
      'lumbar-referred': -2,
      'hip-referred': -1,
    },
    sources: ['seed-uhan-irunfar', 'verrall-2003'],
  },
  {
    id: 'press-area',
    when: { q: 'st-press-thigh', is: 'area' },
    effects: { 'muscle-overload': 1.5, 'fascial-strain': 1.5, doms: 1, 'muscle-strain': 0.5 },
    sources: ['seed-uhan-irunfar', 'cr-self-tests'],
  },
  {
    id: 'press-no-spot',
    when: { q: 'st-press-thigh', is: 'no-spot' },
    effects: {
      'si-joint': 2,
      'sciatic-nerve': 2,
      'lumbar-referred': 2,
      'hip-referred': 1,
      'muscle-strain': -2.5,
      'fascial-strain': -1.5,
      'muscle-overload': -1,
      doms: -1,
    },
    sources: ['seed-uhan-irunfar', 'cr-self-tests'],
  },
  {
    id: 'sitting-bone-tender',
    when: { q: 'st-sitting-bone', is: 'yes' },
    effects: { 'proximal-tendinopathy': 1.5, 'ischial-bursitis': 2, 'proximal-avulsion': 1 },
    sources: ['goom-2016', 'cr-self-tests'],
  },
  {
    id: 'sitting-bone-not-tender',
    when: { q: 'st-sitting-bone', is: 'no' },
    effects: { 'proximal-tendinopathy': -1.5, 'ischial-bursitis': -2 },
    sources: ['cr-self-tests'],
  },
  {
    // Pressing the dimples is often tender anyway (low specificity, §2), so the weight is modest.
    id: 'bump-reproduces',
    when: { q: 'st-bump', is: 'yes' },
    effects: { 'si-joint': 1.5, 'lumbar-referred': 0.5 },
    sources: ['seed-uhan-irunfar', 'cr-self-tests'],
  },
  {
    id: 'bump-not',
    when: { q: 'st-bump', is: 'no' },
    effects: { 'si-joint': -1 },
    sources: ['cr-self-tests'],
  },
  {
    id: 'knee-bend-hurts',
    when: { q: 'st-knee-bend', is: 'hurts' },
    effects: {
      'muscle-strain': 2,
      'fascial-strain': 1,
      'distal-tendinopathy': 1,
      'proximal-tendinopathy': 0.5,
      'sciatic-nerve': -1,
      'si-joint': -1,
      'lumbar-referred': -1,
    },
    sources: ['seed-uhan-irunfar', 'cr-self-tests'],
  },
  {
    id: 'knee-bend-weak',
    when: { q: 'st-knee-bend', is: 'weak' },
    effects: { 'muscle-strain': 0.5, 'lumbar-referred': 0.5 },
    sources: ['cr-self-tests'],
  },
  {
    id: 'knee-bend-fine',
    when: { q: 'st-knee-bend', is: 'fine' },
    effects: {
      'sciatic-nerve': 1.5,
      'si-joint': 1.5,
      'lumbar-referred': 1.5,
      'muscle-strain': -2,
      'fascial-strain': -1,
    },
    sources: ['seed-uhan-irunfar', 'cr-differential'],
  },
  {
    // Structural differentiation: symptoms that change with a distant joint point to the nerve (§2 notes).
    id: 'slr-nerve',
    when: { q: 'st-slr', is: 'nerve' },
    effects: {
      'sciatic-nerve': 3,
      'lumbar-referred': 1.5,
      'muscle-strain': -1.5,
      'proximal-tendinopathy': -0.5,
    },
    sources: ['cr-self-tests', 'turl-1998', 'seed-uhan-irunfar'],
  },
  {
    // The seed articles' version of differentiation: a nerve eases when the knee bends (Uhan).
    id: 'slr-knee-eases',
    when: { q: 'st-slr', is: 'knee-eases' },
    effects: { 'sciatic-nerve': 2, 'si-joint': 1, 'lumbar-referred': 1, 'muscle-strain': -1 },
    sources: ['seed-uhan-irunfar'],
  },
  {
    id: 'knee-tendon-tender',
    when: { q: 'st-knee-tendon', is: 'yes' },
    effects: { 'distal-tendinopathy': 2, 'sciatic-nerve': -0.5 },
    sources: ['cr-self-tests', 'seed-four-reasons'],
  },
  {
    id: 'knee-tendon-not',
    when: { q: 'st-knee-tendon', is: 'no' },
    effects: { 'distal-tendinopathy': -1.5 },
    sources: ['cr-self-tests'],
  },
  {
    id: 'slr-local',
    when: { q: 'st-slr', is: 'local' },
    effects: { 'muscle-strain': 1, 'fascial-strain': 0.5, 'proximal-tendinopathy': 0.5, 'sciatic-nerve': -1 },
    sources: ['seed-uhan-irunfar', 'maniar-2016'],
  },
  {
    id: 'slr-fine',
    when: { q: 'st-slr', is: 'fine' },
    effects: { 'sciatic-nerve': -2, 'lumbar-referred': -1, 'muscle-strain': -0.5 },
    sources: ['van-der-windt-2010', 'seed-uhan-irunfar'],
  },
  {
    id: 'puranen-positive',
    when: { q: 'st-puranen', is: 'yes' },
    effects: { 'proximal-tendinopathy': 2.1 },
    sources: ['cacchio-2012'],
  },
  {
    id: 'puranen-negative',
    when: { q: 'st-puranen', is: 'no' },
    effects: { 'proximal-tendinopathy': -1.8 },
    sources: ['cacchio-2012'],
  },
  {
    id: 'bridge-hurts',
    when: { q: 'st-bridge', has: 'hurts' },
    effects: { 'muscle-strain': 1, 'proximal-tendinopathy': 1, 'fascial-strain': 0.5 },
    sources: ['cr-self-tests', 'goom-2016'],
  },
  {
    id: 'bridge-glute',
    when: { q: 'st-bridge', hasAny: ['glute-same', 'glute-other'] },
    effects: { 'muscle-overload': 1.5, 'si-joint': 0.5 },
    sources: ['seed-uhan-irunfar', 'seed-gomez-gould'],
  },
  {
    id: 'hop-pain',
    when: { q: 'st-hop', is: 'pain' },
    effects: { 'bone-stress-injury': 3 },
    sources: ['harris-2016', 'cr-self-tests'],
  },
  {
    id: 'hop-fine',
    when: { q: 'st-hop', is: 'fine' },
    effects: { 'bone-stress-injury': -2 },
    sources: ['cr-self-tests'],
  },

  // History
  {
    id: 'previous-once',
    when: { q: 'previous', is: 'once' },
    effects: { 'muscle-strain': 1, 'sciatic-nerve': 0.5 },
    sources: ['green-2020', 'seed-four-reasons'],
  },
  {
    id: 'previous-more',
    when: { q: 'previous', is: 'more' },
    effects: { 'muscle-strain': 2, 'sciatic-nerve': 1, 'fascial-strain': 0.5 },
    sources: ['green-2020', 'turl-1998', 'seed-four-reasons'],
  },
  {
    id: 'back-now',
    when: { q: 'back', has: 'now' },
    effects: { 'lumbar-referred': 2, 'sciatic-nerve': 1, 'si-joint': 0.5 },
    sources: ['seed-four-reasons', 'seed-gomez-gould', 'cr-differential'],
  },
  {
    id: 'back-past',
    when: { q: 'back', has: 'past' },
    effects: { 'lumbar-referred': 1.5, 'sciatic-nerve': 0.5 },
    sources: ['seed-four-reasons', 'cr-differential'],
  },
  {
    id: 'back-sciatica',
    when: { q: 'back', has: 'sciatica' },
    effects: { 'sciatic-nerve': 1.5, 'lumbar-referred': 1 },
    sources: ['seed-stretch-or-not', 'seed-gomez-gould'],
  },
  {
    id: 'training-distance',
    when: { q: 'training', has: 'more-distance' },
    effects: {
      'bone-stress-injury': 1,
      'muscle-overload': 1,
      'proximal-tendinopathy': 0.5,
      'distal-tendinopathy': 0.5,
    },
    sources: ['harris-2016', 'seed-gomez-gould'],
  },
  {
    id: 'training-speed-hills',
    when: { q: 'training', hasAny: ['more-speed', 'more-hills'] },
    effects: { 'proximal-tendinopathy': 1, 'distal-tendinopathy': 1, 'muscle-strain': 0.5 },
    sources: ['goom-2016', 'seed-four-reasons'],
  },
  {
    id: 'training-race',
    when: { q: 'training', has: 'race' },
    effects: { doms: 1.5, 'muscle-overload': 0.5 },
    sources: ['herbert-2011', 'cr-differential'],
  },
  {
    id: 'energy-low',
    when: { q: 'energy', hasAny: ['periods', 'weight-loss', 'stress-fracture', 'under-fuelling'] },
    effects: { 'bone-stress-injury': 2 },
    sources: ['harris-2016'],
  },
] as const satisfies readonly EvidenceRule[];
export type EvidenceRuleId = (typeof EVIDENCE_RULES_DATA)[number]['id'];
export const EVIDENCE_RULES: readonly (EvidenceRule & { id: EvidenceRuleId })[] = EVIDENCE_RULES_DATA;
