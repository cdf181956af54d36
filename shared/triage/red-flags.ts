/**
 * @module The red-flag screen (clinical reference §3). A flag that evaluates to true sets the urgency
 * whatever else was answered; `exit` flags (emergency and same-day) end the questionnaire at once. A flag
 * that is unknown (a "not sure" or an unanswered question) escalates one level below its own urgency and
 * never below `routine`: it never reassures. Texts: `rf.<id>.label` (clinician), `.reason`, `.action`.
 */
import type { Cond } from '../schemas/condition.ts';
import type { Urgency } from '../vocabulary.ts';
import type { SourceId } from './sources.ts';

export interface RedFlagRule {
  id: string;
  when: Cond;
  urgency: Urgency;
  /** Ends the questionnaire early: the runner needs care, not more questions. */
  exit: boolean;
  sources: readonly SourceId[];
}

const sudden: Cond = { q: 'onset', is: 'sudden' };

export const RED_FLAGS: readonly RedFlagRule[] = [
  {
    id: 'cauda-equina',
    when: { q: 'rf-nerve', hasAny: ['saddle', 'bladder', 'bowel', 'sexual'] },
    urgency: 'emergency',
    exit: true,
    sources: ['bmj-ces', 'finucane-2020', 'long-2020'],
  },
  {
    id: 'bilateral-neuro',
    when: { q: 'rf-nerve', has: 'both-legs' },
    urgency: 'emergency',
    exit: true,
    sources: ['todd-ces', 'finucane-2020'],
  },
  {
    id: 'pulmonary-embolism',
    when: { q: 'rf-now', has: 'breathless' },
    urgency: 'emergency',
    exit: true,
    sources: ['nice-ng158'],
  },
  {
    id: 'limb-ischaemia',
    when: { q: 'rf-now', has: 'cold-leg' },
    urgency: 'emergency',
    exit: true,
    sources: ['cr-red-flags'],
  },
  {
    id: 'compartment',
    when: { q: 'rf-now', has: 'tense-swelling' },
    urgency: 'emergency',
    exit: true,
    sources: ['cr-red-flags'],
  },
  {
    id: 'rhabdomyolysis',
    when: { q: 'rf-now', has: 'dark-urine' },
    urgency: 'emergency',
    exit: true,
    sources: ['scalco-2016'],
  },
  {
    id: 'major-trauma',
    when: { q: 'rf-now', has: 'major-trauma' },
    urgency: 'emergency',
    exit: true,
    sources: ['downie-2013'],
  },
  {
    id: 'infection',
    when: { q: 'rf-now', has: 'fever' },
    urgency: 'same-day',
    exit: true,
    sources: ['finucane-2020', 'guin-2026', 'weisz-2012'],
  },
  {
    id: 'foot-drop',
    when: { q: 'rf-now', has: 'foot-drop' },
    urgency: 'same-day',
    exit: true,
    sources: ['finucane-2020'],
  },
  {
    id: 'dvt',
    when: { q: 'rf-now', has: 'clot' },
    urgency: 'same-day',
    exit: true,
    sources: ['nice-ng158', 'wells-2003', 'fleming-2005'],
  },
  {
    id: 'malignancy',
    when: { q: 'rf-serious', hasAny: ['constant', 'night', 'weight-loss', 'cancer', 'lump'] },
    urgency: 'within-week',
    exit: false,
    sources: ['downie-2013', 'finucane-2020', 'nice-ng12'],
  },
  {
    id: 'hip-dislocation',
    when: { q: 'rf-hip', has: 'dislocation' },
    urgency: 'emergency',
    exit: true,
    sources: ['cr-red-flags'],
  },
  {
    id: 'hip-infection',
    when: { q: 'rf-hip', has: 'infection' },
    urgency: 'same-day',
    exit: true,
    sources: ['cr-red-flags'],
  },
  {
    // Pop, then a big bruise, weakness or a limp: the tendons may be off the bone (§3; repair is best early).
    id: 'avulsion',
    when: {
      all: [
        sudden,
        { q: 'moment', has: 'pop' },
        // The weakness shows as a limp or a stiff-legged walk; a normal walk and no big bruise rule it out
        // even when the runner is not sure about the pop.
        {
          any: [
            { q: 'bruising', is: 'large' },
            { q: 'walking', in: ['limp', 'barely'] },
          ],
        },
      ],
    },
    urgency: 'same-day',
    exit: true,
    sources: ['buckwalter-2017', 'bertiche-2021', 'bjo-2022'],
  },
  {
    // Stretch-type injury with a big bruise or weakness: an avulsion has to be excluded (§1A, C03).
    id: 'avulsion-possible',
    when: {
      all: [
        sudden,
        { q: 'activity', is: 'overstretch' },
        {
          any: [
            { q: 'bruising', is: 'large' },
            { q: 'walking', in: ['limp', 'barely'] },
          ],
        },
      ],
    },
    urgency: 'within-week',
    exit: false,
    sources: ['askling-2006', 'bertiche-2021'],
  },
  {
    // Open growth plate at the sitting bone; ≤ 25 is the cut-off the clinical reference proposes (§8.2).
    id: 'apophyseal',
    when: {
      all: [
        { q: 'age', lte: 25 },
        sudden,
        { q: 'activity', in: ['sprinting', 'overstretch', 'kick-jump'] },
        { q: 'where', has: 'sitting-bone' },
      ],
    },
    urgency: 'same-day',
    exit: true,
    sources: ['ferlic-2014', 'eberbach-2017', 'ashby-haddad'],
  },
  {
    id: 'femoral-neck',
    when: {
      all: [
        { q: 'where', has: 'groin' },
        {
          any: [
            { q: 'worse', has: 'hopping' },
            { q: 'st-hop', is: 'pain' },
          ],
        },
      ],
    },
    urgency: 'same-day',
    exit: true,
    sources: ['harris-2016'],
  },
  {
    id: 'bone-stress',
    when: {
      all: [
        { not: sudden },
        {
          any: [
            { q: 'worse', has: 'hopping' },
            { q: 'st-hop', is: 'pain' },
          ],
        },
        {
          any: [
            { q: 'walking', in: ['hurts', 'limp', 'barely'] },
            { q: 'training', has: 'more-distance' },
            { q: 'energy', hasAny: ['periods', 'weight-loss', 'stress-fracture', 'under-fuelling'] },
          ],
        },
      ],
    },
    urgency: 'within-week',
    exit: false,
    sources: ['harris-2016', 'kahanov-2011'],
  },
  {
    id: 'numbness',
    when: { q: 'feel', has: 'numb' },
    urgency: 'within-week',
    exit: false,
    sources: ['cr-red-flags'],
  },
  {
    id: 'vascular',
    when: { q: 'worse', has: 'same-point' },
    urgency: 'within-week',
    exit: false,
    sources: ['joy-2015'],
  },
  {
    id: 'young-back',
    when: {
      all: [
        { q: 'age', lte: 19 },
        { q: 'where', has: 'low-back' },
        { q: 'since', in: ['weeks-3-6', 'weeks-6-12', 'months-3-plus'] },
      ],
    },
    urgency: 'within-week',
    exit: false,
    sources: ['cr-red-flags', 'nice-ng12'],
  },
  {
    id: 'inflammatory',
    when: {
      all: [
        { q: 'sides', is: 'alternates' },
        { q: 'since', is: 'months-3-plus' },
        { q: 'age', lte: 44 },
      ],
    },
    urgency: 'within-week',
    exit: false,
    sources: ['cr-red-flags'],
  },
];

/** An acute injury with bruising or swelling: no provocative self-testing (§1B). */
export const ACUTE_WITH_BRUISING: Cond = {
  all: [sudden, { q: 'bruising', in: ['small', 'large', 'swelling'] }],
};

/** While any of these holds, self-tests are not offered: every red flag, and an acute injury with bruising. */
export const SELF_TEST_BLOCKERS: readonly Cond[] = [
  ...RED_FLAGS.map((flag) => flag.when),
  ACUTE_WITH_BRUISING,
];
