/**
 * @module The first-line plan's building blocks: what to do now, exercises with dosage, and training
 * changes. An item is offered when a leading condition or a flagged factor is among its `conditions` /
 * `factors`, and its `when` does not rule it out. The plan never contradicts the verdict: an item that
 * stretches or loads at length is offered with `avoid` or `not-yet` only where `allowedUnder` says so,
 * and then with a note (`plan.<id>.note`) that tells the runner why. Texts: `plan.<id>.title`, `.how`,
 * and `.dose`, `.caution` where the item says it has them.
 */
import { FIRST_WEEK, PAST_FIRST_WEEK, SUDDEN } from '../questionnaire/predicates.ts';
import type { Cond } from '../schemas/condition.ts';
import type { FactorId, StretchVerdict } from '../vocabulary.ts';
import type { ConditionId } from './conditions.ts';
import type { SourceId } from './sources.ts';

export interface PlanItemDef {
  id: string;
  kind: 'now' | 'exercise' | 'training';
  conditions?: readonly ConditionId[];
  factors?: readonly FactorId[];
  when?: Cond;
  /** Puts a muscle or a nerve on stretch. */
  stretches?: boolean;
  /** Loads the hamstring at length. */
  lengthens?: boolean;
  /** Verdicts under which it is still offered despite `stretches` / `lengthens`, with a note saying why. */
  allowedUnder?: readonly StretchVerdict[];
  /** Its texts speak of these conditions: offered only when one of them ranks in the top three. */
  about?: readonly ConditionId[];
  /** Running guidance for every condition, not only its own (e.g. "no running until seen"). */
  coversAll?: boolean;
  dose?: boolean;
  caution?: boolean;
  /** Still offered beside "stop and get it checked" when a red flag holds (e.g. stop running). */
  withRedFlag?: boolean;
  sources: readonly SourceId[];
}

const strains: ConditionId[] = ['muscle-strain', 'fascial-strain'];

const PLAN_ITEMS_DATA = [
  // Now
  {
    id: 'relative-rest',
    kind: 'now',
    conditions: strains,
    when: FIRST_WEEK,
    sources: ['cr-management', 'hickey-2020'],
  },
  {
    id: 'cool-compress',
    kind: 'now',
    conditions: strains,
    when: { all: [SUDDEN, { q: 'since', is: 'days-0-2' }] },
    sources: ['seed-uhan-irunfar'],
  },
  {
    id: 'offload-sitting-bone',
    kind: 'now',
    conditions: ['proximal-tendinopathy', 'ischial-bursitis'],
    sources: ['goom-2016', 'cr-management'],
  },
  {
    id: 'avoid-tension-positions',
    kind: 'now',
    conditions: ['proximal-tendinopathy', 'sciatic-nerve'],
    sources: ['goom-2016', 'coppieters-2008', 'seed-stretch-or-not'],
  },
  {
    id: 'stop-running',
    kind: 'now',
    conditions: ['bone-stress-injury'],
    withRedFlag: true,
    sources: ['harris-2016', 'kahanov-2011'],
  },
  {
    id: 'keep-moving',
    kind: 'now',
    conditions: ['lumbar-referred', 'si-joint', 'hip-referred', 'doms', 'muscle-overload'],
    sources: ['cr-management', 'hill-2008'],
  },

  // Exercises
  {
    id: 'isometric-bridge',
    kind: 'exercise',
    conditions: ['proximal-tendinopathy', 'distal-tendinopathy', 'ischial-bursitis'],
    about: ['proximal-tendinopathy', 'distal-tendinopathy', 'ischial-bursitis'],
    dose: true,
    caution: true,
    sources: ['goom-2016', 'beatty-2017'],
  },
  {
    id: 'chair-bridge',
    kind: 'exercise',
    conditions: ['muscle-strain', 'fascial-strain', 'muscle-overload', 'si-joint'],
    factors: ['weak-glutes', 'eccentric-weakness'],
    when: { not: { all: [SUDDEN, FIRST_WEEK] } },
    dose: true,
    caution: true,
    sources: ['seed-uhan-irunfar'],
  },
  {
    id: 'bridge-walkout',
    kind: 'exercise',
    conditions: ['muscle-strain', 'fascial-strain', 'muscle-overload'],
    factors: ['eccentric-weakness'],
    when: PAST_FIRST_WEEK,
    lengthens: true,
    dose: true,
    caution: true,
    sources: ['seed-uhan-irunfar'],
  },
  {
    id: 'power-position',
    kind: 'exercise',
    conditions: ['muscle-overload', 'si-joint'],
    factors: ['weak-glutes', 'overstriding', 'lumbopelvic-control'],
    dose: true,
    sources: ['seed-uhan-irunfar'],
  },
  {
    id: 'dead-bug',
    kind: 'exercise',
    conditions: ['lumbar-referred', 'si-joint'],
    factors: ['lumbopelvic-control'],
    dose: true,
    sources: ['seed-gomez-gould', 'sherry-2004'],
  },
  {
    id: 'back-press-up',
    kind: 'exercise',
    conditions: ['lumbar-referred'],
    dose: true,
    caution: true,
    sources: ['cr-self-tests', 'cr-management'],
  },
  {
    id: 'nerve-slider',
    kind: 'exercise',
    conditions: ['sciatic-nerve'],
    factors: ['scar-tissue'],
    // A slider glides the nerve without pulling on it (§1C, C07): still offered with "don't stretch".
    stretches: true,
    allowedUnder: ['avoid'],
    about: ['sciatic-nerve', 'lumbar-referred'],
    dose: true,
    caution: true,
    sources: ['coppieters-2008', 'basson-2017', 'seed-stretch-or-not'],
  },
  {
    id: 'seated-glute-stretch',
    kind: 'exercise',
    conditions: ['sciatic-nerve'],
    when: { q: 'where', has: 'buttock' },
    // Stretches the buttock around the nerve, not the hamstring; often helps deep buttock pain (§1C, C14).
    stretches: true,
    allowedUnder: ['avoid'],
    dose: true,
    caution: true,
    sources: ['martin-2015', 'cr-management'],
  },
  {
    id: 'march-skip',
    kind: 'exercise',
    conditions: ['muscle-overload', 'fascial-strain'],
    factors: ['overstriding'],
    when: PAST_FIRST_WEEK,
    dose: true,
    sources: ['seed-uhan-irunfar'],
  },
  {
    id: 'nordic-curl',
    kind: 'exercise',
    conditions: ['muscle-strain'],
    factors: ['incomplete-rehab'],
    when: { q: 'since', in: ['weeks-3-6', 'weeks-6-12', 'months-3-plus'] },
    lengthens: true,
    dose: true,
    caution: true,
    sources: ['van-dyk-2019', 'seed-four-reasons'],
  },
  {
    id: 'gentle-hamstring-stretch',
    kind: 'exercise',
    conditions: [
      'muscle-strain',
      'fascial-strain',
      'muscle-overload',
      'doms',
      'si-joint',
      'hip-referred',
      'lumbar-referred',
    ],
    factors: ['flexibility-asymmetry'],
    stretches: true,
    lengthens: true,
    dose: true,
    caution: true,
    sources: ['malliaropoulos-2004', 'seed-stretch-or-not', 'seed-gomez-gould'],
  },
  {
    id: 'cross-train',
    kind: 'exercise',
    conditions: ['bone-stress-injury'],
    about: ['bone-stress-injury'],
    caution: true,
    sources: ['harris-2016'],
  },

  // Training changes
  {
    id: 'easy-running-only',
    kind: 'training',
    conditions: strains,
    about: strains,
    sources: ['hickey-2020', 'askling-2013'],
  },
  {
    id: 'graded-return',
    kind: 'training',
    conditions: strains,
    sources: ['hickey-2020', 'askling-2013', 'seed-gomez-gould'],
  },
  {
    id: 'cut-hills-speed',
    kind: 'training',
    conditions: ['proximal-tendinopathy', 'distal-tendinopathy'],
    sources: ['goom-2016', 'cr-management'],
  },
  {
    id: 'shorter-stride',
    kind: 'training',
    conditions: ['muscle-overload'],
    factors: ['overstriding'],
    sources: ['seed-uhan-irunfar', 'sugimoto-2019'],
  },
  {
    id: 'undo-spike',
    kind: 'training',
    factors: ['load-spike'],
    sources: ['seed-gomez-gould', 'seed-four-reasons'],
  },
  {
    id: 'strength-before-speed',
    kind: 'training',
    factors: ['incomplete-rehab'],
    sources: ['seed-four-reasons', 'maniar-2016', 'van-dyk-2019'],
  },
  { id: 'fuel-enough', kind: 'training', factors: ['low-energy-availability'], sources: ['harris-2016'] },
  { id: 'doms-easy-days', kind: 'training', conditions: ['doms'], sources: ['herbert-2011'] },
  {
    // Pain from the nerve, the back, the pelvis or the hip: keep running while it stays easy (§1C).
    id: 'run-by-symptoms',
    kind: 'training',
    conditions: ['sciatic-nerve', 'lumbar-referred', 'si-joint', 'hip-referred'],
    sources: ['cr-management', 'seed-gomez-gould'],
  },
  {
    id: 'run-as-comfortable',
    kind: 'training',
    conditions: ['ischial-bursitis'],
    sources: ['cr-management', 'seed-four-reasons'],
  },
  {
    // Until a doctor has seen it: a bone or a tendon off the bone must not be run on (§1C, C12, C13, C20).
    id: 'hold-running',
    kind: 'training',
    conditions: ['bone-stress-injury', 'proximal-avulsion', 'apophyseal-avulsion'],
    coversAll: true,
    withRedFlag: true,
    sources: ['harris-2016', 'bertiche-2021', 'ferlic-2014', 'cr-red-flags'],
  },
] as const satisfies readonly PlanItemDef[];
type PlanItemData = (typeof PLAN_ITEMS_DATA)[number];
export type PlanItemId = PlanItemData['id'];
/** Items with a dose, a caution, a note: the texts each must have. */
export type DosedPlanItemId = Extract<PlanItemData, { dose: true }>['id'];
export type CautionedPlanItemId = Extract<PlanItemData, { caution: true }>['id'];
export type NotedPlanItemId = Extract<PlanItemData, { allowedUnder: readonly string[] }>['id'];
export const PLAN_ITEMS: readonly (PlanItemDef & { id: PlanItemId })[] = PLAN_ITEMS_DATA;
