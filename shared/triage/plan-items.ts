/**
 * @module The first-line plan's building blocks: what to do now, exercises with dosage, and training
 * changes. An item is offered when the first-ranked condition, another "likely" one, or a flagged factor
 * is among its `conditions` / `factors`, and its `when` does not rule it out. Items that put the
 * hamstring on stretch or load it at length (`lengthens`) are never offered with an `avoid` or `not-yet`
 * verdict: the plan must not contradict the verdict. Texts: `plan.<id>.title`, `.how`, and `.dose`,
 * `.caution` where the item says it has them.
 */
import type { Cond } from '../schemas/condition.ts';
import type { ConditionId, FactorId } from '../vocabulary.ts';
import type { SourceId } from './sources.ts';

export interface PlanItemDef {
  id: string;
  kind: 'now' | 'exercise' | 'training';
  conditions?: readonly ConditionId[];
  factors?: readonly FactorId[];
  when?: Cond;
  lengthens?: boolean;
  dose?: boolean;
  caution?: boolean;
  /** Still offered beside "stop and get it checked" when a red flag holds (e.g. stop running). */
  withRedFlag?: boolean;
  sources: readonly SourceId[];
}

const firstWeek: Cond = { q: 'since', in: ['days-0-2', 'days-3-7'] };
const pastFirstWeek: Cond = { not: firstWeek };
const strains: ConditionId[] = ['muscle-strain', 'fascial-strain'];

export const PLAN_ITEMS: readonly PlanItemDef[] = [
  // Now
  {
    id: 'relative-rest',
    kind: 'now',
    conditions: strains,
    when: firstWeek,
    sources: ['cr-management', 'hickey-2020'],
  },
  {
    id: 'cool-compress',
    kind: 'now',
    conditions: strains,
    when: {
      all: [
        { q: 'onset', is: 'sudden' },
        { q: 'since', is: 'days-0-2' },
      ],
    },
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
    dose: true,
    caution: true,
    sources: ['goom-2016', 'beatty-2017'],
  },
  {
    id: 'chair-bridge',
    kind: 'exercise',
    conditions: ['muscle-strain', 'fascial-strain', 'muscle-overload', 'si-joint'],
    factors: ['weak-glutes', 'eccentric-weakness'],
    when: { not: { all: [{ q: 'onset', is: 'sudden' }, firstWeek] } },
    dose: true,
    caution: true,
    sources: ['seed-uhan-irunfar'],
  },
  {
    id: 'bridge-walkout',
    kind: 'exercise',
    conditions: ['muscle-strain', 'fascial-strain', 'muscle-overload'],
    factors: ['eccentric-weakness'],
    when: pastFirstWeek,
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
    dose: true,
    caution: true,
    sources: ['coppieters-2008', 'basson-2017', 'seed-stretch-or-not'],
  },
  {
    id: 'seated-glute-stretch',
    kind: 'exercise',
    conditions: ['sciatic-nerve'],
    when: { q: 'where', has: 'buttock' },
    dose: true,
    caution: true,
    sources: ['martin-2015', 'cr-management'],
  },
  {
    id: 'march-skip',
    kind: 'exercise',
    conditions: ['muscle-overload', 'fascial-strain'],
    factors: ['overstriding'],
    when: pastFirstWeek,
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
    lengthens: true,
    dose: true,
    caution: true,
    sources: ['malliaropoulos-2004', 'seed-stretch-or-not', 'seed-gomez-gould'],
  },
  {
    id: 'cross-train',
    kind: 'exercise',
    conditions: ['bone-stress-injury'],
    caution: true,
    sources: ['harris-2016'],
  },

  // Training changes
  {
    id: 'easy-running-only',
    kind: 'training',
    conditions: strains,
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
];
