/**
 * @module Contributing factors (vocabulary) and the answers that flag them. A factor is reported when
 * any of its rules evaluates to true; its finding text is `fx.<rule id>`, its name and what to do about
 * it `factor.<id>.name` and `factor.<id>.advice`.
 */
import { SUDDEN } from '../questionnaire/predicates.ts';
import type { Cond } from '../schemas/condition.ts';
import type { FactorId } from '../vocabulary.ts';
import type { SourceId } from './sources.ts';

export interface FactorRule {
  id: string;
  factor: FactorId;
  when: Cond;
  sources: readonly SourceId[];
}

const hadStrain: Cond = { q: 'previous', in: ['once', 'more'] };

const FACTOR_RULES_DATA = [
  {
    // The seed article sees the weak side opposite the pain in distance runners; the literature has not
    // confirmed the side (clinical reference §6), so either side counts.
    id: 'glute-other-side',
    factor: 'weak-glutes',
    when: { q: 'st-bridge', has: 'glute-other' },
    sources: ['seed-uhan-irunfar'],
  },
  {
    id: 'glute-same-side',
    factor: 'weak-glutes',
    when: { q: 'st-bridge', has: 'glute-same' },
    sources: ['seed-uhan-irunfar', 'seed-gomez-gould'],
  },
  {
    id: 'downhill-worse',
    factor: 'overstriding',
    when: { q: 'worse', has: 'downhill' },
    sources: ['seed-uhan-irunfar', 'sugimoto-2019'],
  },
  {
    id: 'strain-history',
    factor: 'eccentric-weakness',
    when: hadStrain,
    sources: ['seed-gomez-gould', 'maniar-2016', 'green-2020'],
  },
  {
    id: 'sprint-strain',
    factor: 'eccentric-weakness',
    when: {
      all: [SUDDEN, { q: 'activity', is: 'sprinting' }],
    },
    sources: ['seed-gomez-gould', 'van-dyk-2019'],
  },
  {
    id: 'slr-tight',
    factor: 'flexibility-asymmetry',
    when: { q: 'st-slr', is: 'local' },
    sources: ['seed-gomez-gould', 'maniar-2016'],
  },
  {
    id: 'old-strain-nerve',
    factor: 'scar-tissue',
    when: {
      all: [
        hadStrain,
        {
          any: [
            { q: 'feel', has: 'nerve' },
            { q: 'st-slr', is: 'nerve' },
          ],
        },
      ],
    },
    sources: ['seed-stretch-or-not', 'seed-gomez-gould', 'silder-2008', 'turl-1998'],
  },
  {
    id: 'recurrent-strain-control',
    factor: 'lumbopelvic-control',
    when: { q: 'previous', is: 'more' },
    sources: ['seed-gomez-gould', 'sherry-2004'],
  },
  {
    id: 'back-history',
    factor: 'lumbopelvic-control',
    when: { q: 'back', hasAny: ['now', 'past'] },
    sources: ['seed-gomez-gould', 'seed-uhan-irunfar'],
  },
  {
    id: 'training-jump',
    factor: 'load-spike',
    when: { q: 'training', hasAny: ['more-distance', 'more-speed', 'more-hills', 'race'] },
    sources: ['seed-gomez-gould', 'seed-four-reasons'],
  },
  {
    id: 'rested-then-full-speed',
    factor: 'incomplete-rehab',
    when: { q: 'return', is: 'rest-only' },
    sources: ['seed-four-reasons', 'maniar-2016'],
  },
  {
    id: 'keeps-recurring',
    factor: 'incomplete-rehab',
    when: { q: 'previous', is: 'more' },
    sources: ['seed-four-reasons', 'van-dyk-2019'],
  },
  {
    id: 'under-fuelling-signs',
    factor: 'low-energy-availability',
    when: { q: 'energy', hasAny: ['periods', 'weight-loss', 'stress-fracture', 'under-fuelling'] },
    sources: ['harris-2016'],
  },
] as const satisfies readonly FactorRule[];
export type FactorRuleId = (typeof FACTOR_RULES_DATA)[number]['id'];
export const FACTOR_RULES: readonly (FactorRule & { id: FactorRuleId })[] = FACTOR_RULES_DATA;
