/**
 * @module The red-flag screen (clinical reference §3). A flag that holds, or that a "not sure" leaves
 * open, sets the urgency at its own level whatever else was answered: an unknown is read as its worst
 * case. A flag open only because questions were never answered does not escalate; it keeps the result
 * off self-care and lists those questions to ask (see screen.ts). `exit` flags (emergency and same-day)
 * end the questionnaire once they hold. Week-level flags that no one suspicion explains escalate one
 * level together (COMBINED_LEVEL), as §3 advises for combinations of weaker flags.
 *
 * Flags read only questions every runner is asked: never an optional question or a self-test, so skipping
 * a check can never hold a flag open, and a withheld check can never hide one. Texts: `rf.<id>.label`
 * (clinician), `.reason`, `.action`.
 */
import {
  CALF_OR_KNEE,
  EXPLAINED,
  LARGE_BRUISE,
  LIMPING,
  LOW_ENERGY,
  NEW_PAIN,
  NOT_SUDDEN,
  SUDDEN,
  WALKING_HURTS,
} from '../questionnaire/predicates.ts';
import type { Cond } from '../schemas/condition.ts';
import type { Urgency } from '../vocabulary.ts';
import { AGES } from './policy.ts';
import type { SourceId } from './sources.ts';

/** What a week-level flag suspects: two flags that one suspicion explains are one pattern, not two. */
export type Suspicion =
  | 'arterial'
  | 'avulsion'
  | 'clot'
  | 'fracture'
  | 'inflammatory'
  | 'infection'
  | 'malignancy'
  | 'nerve-root';

export interface RedFlagRule {
  id: string;
  when: Cond;
  urgency: Urgency;
  /** Ends the questionnaire early: the runner needs care, not more questions. */
  exit: boolean;
  /** For week-level flags: what it could mean (§3), to tell two warnings from one pattern. */
  suspects?: readonly Suspicion[];
  sources: readonly SourceId[];
}

/** What the combination of week-level flags cites (policy.ts COMBINED_LEVEL). */
export const COMBINED_SOURCES: readonly SourceId[] = ['cr-red-flags', 'finucane-2020', 'downie-2013'];

const FRAGILE: Cond = {
  any: [
    { q: 'age', gte: AGES.fragile },
    { q: 'rf-serious', has: 'bone-risk' },
  ],
};
const FELL: Cond = { q: 'activity', is: 'fall-blow' };
const MECHANISM: Cond = { q: 'activity', in: ['sprinting', 'overstretch', 'kick-jump'] };
const APOPHYSIS_REGION: Cond = { q: 'where', hasAny: ['sitting-bone', 'buttock', 'thigh-upper'] };
const PELVIC_REGION: Cond = { q: 'where', hasAny: ['buttock', 'low-back', 'pelvis-bump', 'groin'] };
const REST_OR_NIGHT: Cond = {
  any: [
    { q: 'worse', has: 'rest-night' },
    { q: 'rf-serious', has: 'night' },
  ],
};

const RED_FLAGS_DATA = [
  {
    id: 'cauda-equina',
    when: { q: 'rf-nerve', hasAny: ['saddle', 'bladder', 'bowel', 'sexual'] },
    urgency: 'emergency',
    exit: true,
    sources: ['bmj-ces', 'finucane-2020', 'long-2020'],
  },
  {
    // Numbness in both legs counts however it is reported: on the nerve screen, or as a numb patch in
    // pain that is in both legs (bilateral sciatica is not required for cauda equina: Todd).
    id: 'bilateral-neuro',
    when: {
      any: [
        { q: 'rf-nerve', has: 'both-legs' },
        {
          all: [
            { q: 'sides', is: 'both' },
            { q: 'feel', has: 'numb' },
          ],
        },
      ],
    },
    urgency: 'emergency',
    exit: true,
    sources: ['todd-ces', 'finucane-2020'],
  },
  {
    // Burning or tingling in pain that is in both legs: bilateral radicular symptoms need the spine
    // checked today, even without numbness.
    id: 'bilateral-nerve-pain',
    when: {
      all: [
        { q: 'sides', is: 'both' },
        { q: 'feel', has: 'nerve' },
      ],
    },
    urgency: 'same-day',
    exit: true,
    sources: ['todd-ces', 'bmj-ces', 'finucane-2020'],
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
    // Fever with a nerve deficit: a spinal abscess or septic joint pressing on nerves (§3: E with any
    // neuro deficit).
    id: 'infection-neuro',
    when: {
      all: [
        { q: 'rf-now', has: 'fever' },
        {
          any: [
            { q: 'rf-now', has: 'foot-drop' },
            { q: 'rf-nerve', hasAny: ['saddle', 'bladder', 'bowel', 'sexual', 'both-legs'] },
            { q: 'feel', has: 'numb' },
          ],
        },
      ],
    },
    urgency: 'emergency',
    exit: true,
    sources: ['finucane-2020', 'guin-2026'],
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
    // A swollen calf or back of the knee, whatever the onset: a clot (or a burst knee cyst, which looks
    // the same) has to be ruled out with a scan (§3; Wells).
    id: 'dvt-swelling',
    when: { q: 'rf-now', has: 'calf-swelling' },
    urgency: 'same-day',
    exit: true,
    sources: ['nice-ng158', 'wells-2003', 'cr-red-flags'],
  },
  {
    // Calf or back-of-knee pain after a long journey, an operation or a cast, or with a past clot, the
    // pill or pregnancy, whatever the onset. Without swelling §3 sets no level: a week is a judgement.
    id: 'dvt-risk',
    when: { all: [{ q: 'rf-serious', hasAny: ['immobile', 'clot-risk'] }, CALF_OR_KNEE] },
    urgency: 'within-week',
    exit: false,
    suspects: ['clot'],
    sources: ['nice-ng158', 'wells-2003', 'fleming-2005'],
  },
  {
    // A large bruise or swelling on an anticoagulant can keep bleeding into the thigh (§3, compartment row).
    id: 'bleeding-risk',
    when: {
      all: [
        { q: 'rf-serious', has: 'blood-thinner' },
        {
          any: [
            { q: 'bruising', in: ['large', 'swelling'] },
            { q: 'rf-now', has: 'calf-swelling' },
          ],
        },
      ],
    },
    urgency: 'same-day',
    exit: true,
    sources: ['cr-red-flags'],
  },
  {
    // A small bruise on one: a doctor should know, and check it is not growing (judgement, no §3 level).
    id: 'bleeding-risk-minor',
    when: {
      all: [
        { q: 'rf-serious', has: 'blood-thinner' },
        { q: 'bruising', is: 'small' },
      ],
    },
    urgency: 'within-week',
    exit: false,
    suspects: ['clot'],
    sources: ['cr-red-flags'],
  },
  {
    id: 'malignancy',
    when: { q: 'rf-serious', hasAny: ['constant', 'night', 'weight-loss', 'cancer', 'lump'] },
    urgency: 'within-week',
    exit: false,
    suspects: ['malignancy', 'infection', 'inflammatory'],
    sources: ['downie-2013', 'finucane-2020', 'nice-ng12'],
  },
  {
    // Over 50 with new pain (§3; Downie 2013; Finucane 2020), unless it is reported to follow an injury,
    // a hard session, a change in training, or to be a pain they have had before.
    id: 'older-new-pain',
    when: { all: [{ q: 'age', gte: AGES.olderNewPain }, NEW_PAIN, { not: { sure: EXPLAINED } }] },
    urgency: 'within-week',
    exit: false,
    suspects: ['malignancy', 'fracture'],
    sources: ['downie-2013', 'finucane-2020'],
  },
  {
    // A fall at 65 or over, or on long-term steroids or with thin bones: a fragility fracture (§3).
    id: 'fragility-fall',
    when: { all: [FELL, FRAGILE] },
    urgency: 'within-week',
    exit: false,
    suspects: ['fracture'],
    sources: ['downie-2013', 'cr-red-flags'],
  },
  {
    // The same, unable to walk normally on it: same day (§3: "S if severe or unable to bear weight").
    id: 'fragility-fall-weight',
    when: { all: [FELL, FRAGILE, LIMPING] },
    urgency: 'same-day',
    exit: true,
    sources: ['downie-2013', 'cr-red-flags'],
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
    // Pop, then a big bruise or a limp: the tendons may be off the bone (§3; repair is best early).
    id: 'avulsion',
    when: { all: [SUDDEN, { q: 'moment', has: 'pop' }, { any: [LARGE_BRUISE, LIMPING] }] },
    urgency: 'same-day',
    exit: true,
    sources: ['buckwalter-2017', 'bertiche-2021', 'bjo-2022'],
  },
  {
    // Stretch-type injury with a big bruise or weakness: an avulsion has to be excluded (§1A, C03).
    id: 'avulsion-possible',
    when: { all: [SUDDEN, { q: 'activity', is: 'overstretch' }, { any: [LARGE_BRUISE, LIMPING] }] },
    urgency: 'within-week',
    exit: false,
    suspects: ['avulsion'],
    sources: ['askling-2006', 'bertiche-2021'],
  },
  {
    // Open growth plate: a sudden pull at the sitting bone, or, under 20, anywhere around the buttock or
    // the top of the thigh, since teenagers rarely know where the sitting bone is (§3; §8.2 proposes ≤ 25).
    id: 'apophyseal',
    when: {
      all: [
        SUDDEN,
        MECHANISM,
        {
          any: [
            { all: [{ q: 'age', lte: AGES.adolescent }, APOPHYSIS_REGION] },
            {
              all: [
                { q: 'age', lte: AGES.apophysisOpen },
                { q: 'where', has: 'sitting-bone' },
              ],
            },
          ],
        },
      ],
    },
    urgency: 'same-day',
    exit: true,
    sources: ['ferlic-2014', 'eberbach-2017', 'ashby-haddad'],
  },
  {
    // A teenager's sudden pull elsewhere on the back of the thigh: often called a strain when it is a
    // growth-plate injury (Ashby & Haddad), so an X-ray within days.
    id: 'apophyseal-possible',
    when: { all: [{ q: 'age', lte: AGES.adolescent }, SUDDEN, MECHANISM, { not: APOPHYSIS_REGION }] },
    urgency: 'within-week',
    exit: false,
    suspects: ['avulsion'],
    sources: ['ashby-haddad', 'eberbach-2017'],
  },
  {
    // Groin pain that hurts to land on, or that hurts to walk on or at night in a runner who may be
    // eating too little: the femoral neck can break fully (§3; not dependent on any self-test).
    id: 'femoral-neck',
    when: {
      all: [
        NOT_SUDDEN,
        { q: 'where', has: 'groin' },
        {
          any: [
            { q: 'worse', has: 'hopping' },
            { all: [{ any: [WALKING_HURTS, REST_OR_NIGHT] }, LOW_ENERGY] },
          ],
        },
      ],
    },
    urgency: 'same-day',
    exit: true,
    sources: ['harris-2016'],
  },
  {
    // Landing pain with a training jump, walking pain or low energy; or deep pelvic pain on walking or at
    // night in a runner who may be eating too little: a sacral or pelvic stress fracture (§3).
    id: 'bone-stress',
    when: {
      all: [
        NOT_SUDDEN,
        {
          any: [
            {
              all: [
                { q: 'worse', has: 'hopping' },
                { any: [WALKING_HURTS, { q: 'training', has: 'more-distance' }, LOW_ENERGY] },
              ],
            },
            { all: [PELVIC_REGION, { any: [WALKING_HURTS, REST_OR_NIGHT] }, LOW_ENERGY] },
          ],
        },
      ],
    },
    urgency: 'within-week',
    exit: false,
    suspects: ['fracture'],
    sources: ['harris-2016', 'kahanov-2011'],
  },
  {
    id: 'numbness',
    when: { q: 'feel', has: 'numb' },
    urgency: 'within-week',
    exit: false,
    suspects: ['nerve-root', 'arterial'],
    sources: ['cr-red-flags'],
  },
  {
    id: 'vascular',
    when: { q: 'worse', has: 'same-point' },
    urgency: 'within-week',
    exit: false,
    suspects: ['arterial'],
    sources: ['joy-2015'],
  },
  {
    id: 'young-back',
    when: {
      all: [
        { q: 'age', lte: AGES.adolescent },
        { q: 'where', hasAny: ['low-back', 'buttock'] },
        { q: 'since', in: ['weeks-3-6', 'weeks-6-12', 'months-3-plus'] },
      ],
    },
    urgency: 'within-week',
    exit: false,
    suspects: ['fracture', 'malignancy'],
    sources: ['cr-red-flags', 'nice-ng12'],
  },
  {
    // Unexplained bone pain at rest or at night in a young person: an X-ray within 48 hours (NICE NG12).
    id: 'young-bone-pain',
    when: { all: [{ q: 'age', lte: AGES.youngBone }, NOT_SUDDEN, { q: 'worse', has: 'rest-night' }] },
    urgency: 'within-week',
    exit: false,
    suspects: ['malignancy', 'fracture'],
    sources: ['nice-ng12', 'cr-red-flags'],
  },
  {
    id: 'inflammatory',
    when: {
      all: [
        { q: 'sides', is: 'alternates' },
        { q: 'since', is: 'months-3-plus' },
        { q: 'age', lte: AGES.inflammatoryOnsetMax },
      ],
    },
    urgency: 'within-week',
    exit: false,
    suspects: ['inflammatory'],
    sources: ['cr-red-flags'],
  },
] as const satisfies readonly RedFlagRule[];
export type RedFlagId = (typeof RED_FLAGS_DATA)[number]['id'];
export const RED_FLAGS: readonly (RedFlagRule & { id: RedFlagId })[] = RED_FLAGS_DATA;

export const RED_FLAG_BY_ID: ReadonlyMap<RedFlagId, RedFlagRule> = new Map(RED_FLAGS.map((f) => [f.id, f]));

/**
 * While any red flag holds or is left open, every self-test is withheld. (A fresh tear with bruising
 * withholds the provocative tests: see each test's `withheldIf`.)
 */
export const SELF_TEST_BLOCKERS: readonly Cond[] = RED_FLAGS.map((flag) => flag.when);
