/**
 * @module What the engine knows about each condition in the vocabulary, apart from the evidence rules:
 * how common it is before any answer (`prior`, in the same log2 points as the rules), how urgent it is
 * when it ranks first, its own answer to "should I stretch?", what a clinician would test and measure,
 * and when a runner managing it at home should get it seen. Texts: `condition.<id>.name`, `.summary`,
 * `.signs`, `.stretch`.
 */
import type { Cond } from '../schemas/condition.ts';
import type { StretchVerdict, Urgency } from '../vocabulary.ts';
import type { SourceId } from './sources.ts';

export interface ClinicianTest {
  /** Text key `test.<id>`. */
  id: string;
  /** Published accuracy, only where the clinical reference gives it without an "unverified" flag. */
  accuracy?: string;
  source: SourceId;
}

export type OutcomeMeasureId = 'visa-h' | 'fash' | 'lefs' | 'start-back';

export interface ConditionDef {
  /** Never renamed: the contract between the engine, the API, the widget and the vignettes. */
  id: string;
  prior: number;
  /** Urgency when it ranks first: the first matching `urgencyIf`, else `urgency`. */
  urgency: Urgency;
  urgencyIf?: ReadonlyArray<{ when: Cond; level: Urgency }>;
  /** Serious enough that its urgency applies (one level lower) even when it is only "possible". */
  serious?: boolean;
  stance: StretchVerdict;
  tests: readonly ClinicianTest[];
  measure?: OutcomeMeasureId;
  /** Safety net: see a clinician if it is not clearly better within this many weeks. */
  recheckWeeks: number;
  sources: readonly SourceId[];
}

const longStanding: Cond = { q: 'since', in: ['weeks-6-12', 'months-3-plus'] };

const CONDITION_DATA = [
  {
    id: 'muscle-strain',
    prior: 0,
    urgency: 'routine',
    urgencyIf: [
      { when: { q: 'previous', is: 'more' }, level: 'routine' },
      {
        when: {
          all: [
            { q: 'walking', is: 'normal' },
            { not: { q: 'bruising', in: ['small', 'large', 'swelling'] } },
            { not: { q: 'moment', has: 'stopped' } },
          ],
        },
        level: 'self-care',
      },
    ],
    stance: 'stretch',
    tests: [
      { id: 'palpation-slr', source: 'moen-2014' },
      { id: 'resisted-flexion', source: 'reiman-2013' },
      { id: 'h-test', source: 'askling-2010' },
    ],
    measure: 'fash',
    recheckWeeks: 2,
    sources: [
      'seed-stretch-or-not',
      'seed-uhan-irunfar',
      'verrall-2003',
      'askling-2013',
      'malliaropoulos-2004',
    ],
  },
  {
    id: 'fascial-strain',
    prior: -0.5,
    urgency: 'self-care',
    urgencyIf: [{ when: longStanding, level: 'routine' }],
    stance: 'gentle',
    tests: [
      { id: 'palpation-slr', source: 'moen-2014' },
      { id: 'resisted-flexion', source: 'reiman-2013' },
    ],
    measure: 'fash',
    recheckWeeks: 3,
    sources: ['seed-stretch-or-not', 'seed-four-reasons', 'pollock-2016'],
  },
  {
    id: 'muscle-overload',
    prior: -0.5,
    urgency: 'self-care',
    urgencyIf: [{ when: longStanding, level: 'routine' }],
    stance: 'gentle',
    tests: [
      { id: 'glute-activation', source: 'seed-uhan-irunfar' },
      { id: 'gait-analysis', source: 'seed-uhan-irunfar' },
    ],
    measure: 'lefs',
    recheckWeeks: 3,
    sources: ['seed-uhan-irunfar', 'seed-gomez-gould'],
  },
  {
    id: 'doms',
    prior: -1,
    urgency: 'self-care',
    urgencyIf: [
      {
        when: { q: 'since', in: ['weeks-1-3', 'weeks-3-6', 'weeks-6-12', 'months-3-plus'] },
        level: 'routine',
      },
    ],
    stance: 'gentle',
    tests: [],
    recheckWeeks: 1,
    sources: ['herbert-2011', 'cr-differential'],
  },
  {
    id: 'proximal-tendinopathy',
    prior: -0.5,
    urgency: 'routine',
    stance: 'avoid',
    tests: [
      { id: 'bent-knee-stretch', accuracy: 'Sn 0.84, Sp 0.87', source: 'cacchio-2012' },
      { id: 'modified-bent-knee', accuracy: 'Sn 0.89, Sp 0.91', source: 'cacchio-2012' },
      { id: 'puranen-orava', accuracy: 'Sn 0.76, Sp 0.82', source: 'cacchio-2012' },
    ],
    measure: 'visa-h',
    recheckWeeks: 6,
    sources: ['seed-stretch-or-not', 'seed-four-reasons', 'goom-2016', 'beatty-2017', 'nasser-2021'],
  },
  {
    id: 'ischial-bursitis',
    prior: -2,
    urgency: 'routine',
    stance: 'avoid',
    tests: [{ id: 'bursa-ultrasound', source: 'cr-self-tests' }],
    measure: 'lefs',
    recheckWeeks: 4,
    sources: ['seed-four-reasons', 'cr-differential', 'cr-management'],
  },
  {
    id: 'distal-tendinopathy',
    prior: -1.5,
    urgency: 'routine',
    stance: 'avoid',
    tests: [
      { id: 'distal-palpation', source: 'cr-self-tests' },
      { id: 'knee-exclusion', source: 'cr-self-tests' },
    ],
    measure: 'lefs',
    recheckWeeks: 6,
    sources: ['seed-four-reasons', 'cr-differential', 'cr-management'],
  },
  {
    id: 'sciatic-nerve',
    prior: -1,
    urgency: 'routine',
    stance: 'avoid',
    tests: [
      { id: 'slump-differentiation', source: 'turl-1998' },
      { id: 'slr', accuracy: 'Sn 0.92, Sp 0.28 (disc herniation)', source: 'van-der-windt-2010' },
      {
        id: 'active-piriformis',
        accuracy: 'Sn 0.78, Sp 0.80 (deep gluteal entrapment)',
        source: 'martin-2014',
      },
      { id: 'neuro-exam', source: 'cr-self-tests' },
    ],
    measure: 'lefs',
    recheckWeeks: 6,
    sources: ['seed-stretch-or-not', 'seed-uhan-irunfar', 'turl-1998', 'coppieters-2008', 'martin-2015'],
  },
  {
    id: 'lumbar-referred',
    prior: -1,
    urgency: 'routine',
    stance: 'gentle',
    tests: [
      { id: 'repeated-movements', source: 'cr-self-tests' },
      { id: 'crossed-slr', accuracy: 'Sn 0.28, Sp 0.90 (disc herniation)', source: 'van-der-windt-2010' },
      { id: 'neuro-exam', source: 'cr-self-tests' },
    ],
    measure: 'start-back',
    recheckWeeks: 6,
    sources: ['seed-four-reasons', 'seed-gomez-gould', 'van-der-windt-2010', 'hill-2008'],
  },
  {
    id: 'si-joint',
    prior: -1.5,
    urgency: 'routine',
    stance: 'gentle',
    tests: [
      { id: 'laslett-cluster', accuracy: '≥3 of 6 positive: Sn 0.94, Sp 0.78', source: 'laslett-2005' },
    ],
    measure: 'lefs',
    recheckWeeks: 6,
    sources: ['seed-uhan-irunfar', 'laslett-2005', 'slipman-2000'],
  },
  {
    id: 'hip-referred',
    prior: -2.5,
    urgency: 'routine',
    stance: 'gentle',
    tests: [{ id: 'hip-exam', source: 'lesher-2008' }],
    measure: 'lefs',
    recheckWeeks: 6,
    sources: ['seed-four-reasons', 'lesher-2008'],
  },
  {
    id: 'bone-stress-injury',
    prior: -3,
    urgency: 'within-week',
    serious: true,
    stance: 'not-yet',
    tests: [
      { id: 'bone-mri', source: 'harris-2016' },
      { id: 'red-s-screen', source: 'harris-2016' },
    ],
    measure: 'lefs',
    recheckWeeks: 1,
    sources: ['harris-2016', 'kahanov-2011'],
  },
  {
    id: 'proximal-avulsion',
    prior: -4,
    urgency: 'same-day',
    serious: true,
    stance: 'not-yet',
    tests: [{ id: 'avulsion-exam', source: 'bertiche-2021' }],
    recheckWeeks: 0,
    sources: ['buckwalter-2017', 'bertiche-2021', 'bjo-2022'],
  },
  {
    id: 'apophyseal-avulsion',
    prior: -4,
    urgency: 'same-day',
    serious: true,
    stance: 'not-yet',
    tests: [{ id: 'pelvis-xray', source: 'ferlic-2014' }],
    recheckWeeks: 0,
    sources: ['ferlic-2014', 'eberbach-2017', 'ashby-haddad'],
  },
] as const satisfies readonly ConditionDef[];

/** The conditions a result ranks, in the order ties are broken (after seriousness). */
export type ConditionId = (typeof CONDITION_DATA)[number]['id'];
/** The in-clinic tests the clinician summary can suggest. */
export type ClinicianTestId = (typeof CONDITION_DATA)[number]['tests'][number]['id'];
/** A condition as the engine reads it: its id and its tests' ids typed. */
export type Condition = Omit<ConditionDef, 'id' | 'tests'> & {
  id: ConditionId;
  tests: readonly (ClinicianTest & { id: ClinicianTestId })[];
};
export const CONDITIONS: readonly Condition[] = CONDITION_DATA;
export const CONDITION_IDS = CONDITION_DATA.map((c) => c.id) as readonly ConditionId[] as readonly [
  ConditionId,
  ...ConditionId[],
];

/** Caution order of stretch verdicts: a later one overrides an earlier one. */
export const CONDITION_BY_ID: ReadonlyMap<ConditionId, Condition> = new Map(CONDITIONS.map((c) => [c.id, c]));

export const STRETCH_CAUTION: readonly StretchVerdict[] = ['stretch', 'gentle', 'avoid', 'not-yet'];
