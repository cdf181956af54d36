/**
 * @module The clinical judgements the references do not settle, for sign-off by a reviewing clinician
 * (the clinical reference asks for this in §8). Each says what the engine does, why, and what it rests
 * on; docs/clinical-model.md prints them beside the data they govern.
 */
import type { SourceId } from './sources.ts';

export interface Judgement {
  id: string;
  /** What the engine does. */
  rule: string;
  /** Why, where the references stop. */
  reasoning: string;
  sources: readonly SourceId[];
}

export const JUDGEMENTS: readonly Judgement[] = [
  {
    id: 'unknown-is-worst-case',
    rule: 'A "not sure" on a red flag escalates at that flag\'s own level (a "not sure" on new bladder trouble → emergency), unless the follow-up rules the item out.',
    reasoning:
      'The cauda equina and clot pathways advise assessment whenever a symptom cannot be excluded; a follow-up lets the runner rule out what they can, so only real uncertainty escalates.',
    sources: ['bmj-ces', 'nice-ng158', 'cr-red-flags'],
  },
  {
    id: 'unanswered-is-not-unsure',
    rule: 'A required question with no answer (only possible through the API) never escalates a flag; it keeps the result off self-care and asks for the answer.',
    reasoning:
      'Escalating on what nobody asked floods clinics (a third of ordinary runners in testing); asking the question rules the flag out or in.',
    sources: ['cr-red-flags'],
  },
  {
    id: 'apophyseal-age',
    rule: "Age ≤ 25 with sudden sitting-bone pain, or ≤ 19 with sudden buttock or upper-thigh pain, while sprinting, kicking or over-stretching → same-day X-ray advice; a teenager's sudden pull elsewhere on the back of the thigh → within a week.",
    reasoning:
      '§8.2 proposes ≤ 25 for an open apophysis; teenagers rarely know where the sitting bone is, and these injuries are often mislabelled as strains.',
    sources: ['ferlic-2014', 'eberbach-2017', 'ashby-haddad'],
  },
  {
    id: 'serious-disease-one-row',
    rule: 'Constant pain, night pain, weight loss, a cancer history or a growing lump → within a week, as one flag: several together stay within a week.',
    reasoning: '§3 lists them in one row with one level; several items of one row are one pattern.',
    sources: ['downie-2013', 'finucane-2020', 'nice-ng12'],
  },
  {
    id: 'combined-flags',
    rule: 'Two week-level flags that no single suspicion explains → same day. A past cancer with a numb patch combines; night pain with alternating buttock pain, or exertional numbness with exertional calf pain, do not.',
    reasoning:
      '§3: combinations of weaker flags escalate one level. Flags that describe one pattern (inflammatory, arterial) are one warning, not two.',
    sources: ['cr-red-flags', 'finucane-2020', 'downie-2013'],
  },
  {
    id: 'older-new-pain',
    rule: 'Over 50 with pain that started within three months → within a week, unless it is reported to follow an injury, a hard session, a training change, or to be a pain they have had before.',
    reasoning:
      '§3 sets within a week for age > 50 with new pain; an explanation must be reported to lift it, never assumed from silence.',
    sources: ['downie-2013', 'finucane-2020'],
  },
  {
    id: 'fragility-fall',
    rule: 'A fall at 65 or over, or on long-term steroids or with osteoporosis → within a week; the same with a limp or unable to bear weight → same day.',
    reasoning:
      '§3 names women over 65 and steroid use; men over 65 fracture too, so both sexes are included.',
    sources: ['downie-2013', 'cr-red-flags'],
  },
  {
    id: 'clots',
    rule: 'A swollen calf or back of the knee → same day whatever the onset; calf or back-of-knee pain after a long journey, an operation or a cast, or with a past clot, the combined pill or a pregnancy, without swelling → within a week.',
    reasoning: '§3 sets same day for swelling with risk factors; it sets no level without swelling.',
    sources: ['nice-ng158', 'wells-2003', 'fleming-2005'],
  },
  {
    id: 'anticoagulants',
    rule: 'A large bruise or swelling on an anticoagulant or with a bleeding disorder → same day; a small bruise → within a week; low-dose aspirin does not count.',
    reasoning:
      '§3 names anticoagulants only in the compartment row; an expanding haematoma needs checking the same day, a small stable one within days.',
    sources: ['cr-red-flags'],
  },
  {
    id: 'femoral-neck',
    rule: 'Groin pain that hurts on landing → same day; groin pain on walking, at rest or at night with signs of low energy availability → same day, with no self-test needed.',
    reasoning:
      '§3 lists impact, hop and night pain in a runner with low energy availability; a self-test must never be needed to reach it.',
    sources: ['harris-2016'],
  },
  {
    id: 'pelvic-bone-stress',
    rule: 'Deep pelvic pain (buttock, low back, pelvic bump, groin) on walking or at night with signs of low energy availability → within a week.',
    reasoning:
      '§3 sets within a week for sacral and pelvic stress injuries; walking and night pain stand in for the hop test.',
    sources: ['harris-2016', 'kahanov-2011'],
  },
  {
    id: 'bilateral-nerve',
    rule: 'Numbness in both legs however it is reported → emergency; burning or tingling pain in both legs → same day.',
    reasoning:
      'Bilateral sciatica is a cauda equina warning sign, though not required for it (52% unilateral).',
    sources: ['todd-ces', 'bmj-ces', 'finucane-2020'],
  },
  {
    id: 'fever-neuro',
    rule: 'Fever with numbness, a weakening foot or any bladder, bowel or saddle change → emergency.',
    reasoning: '§3, infection row: emergency with any neurological deficit.',
    sources: ['finucane-2020', 'guin-2026'],
  },
  {
    id: 'young-bone-pain',
    rule: 'Age ≤ 24 with unexplained rest or night bone pain → within a week, asking for an X-ray within 48 hours.',
    reasoning: 'NICE NG12 asks for a very urgent X-ray for unexplained bone pain in young people.',
    sources: ['nice-ng12'],
  },
  {
    id: 'avulsion',
    rule: 'Proximal avulsion needs a pop plus a large bruise or a limp for same-day advice; an over-stretching injury with a large bruise or limp but no pop → within a week "to exclude avulsion".',
    reasoning:
      '§3 lists pop, bruise and weakness together; §1A (C03) sets within a week to exclude avulsion after a stretch-type injury.',
    sources: ['buckwalter-2017', 'bertiche-2021', 'askling-2006'],
  },
  {
    id: 'stretch-not-yet',
    rule: 'Stretching "not yet" while an injury is in its first week, limping, or has a large bruise in its first three weeks; otherwise the condition\'s own answer.',
    reasoning:
      '§1C: no forceful stretch early or while bruising is large; gradual stretching helps a strain once settled (Malliaropoulos 2004).',
    sources: ['malliaropoulos-2004', 'cr-management'],
  },
  {
    id: 'weak-glutes-side',
    rule: 'Weak glutes are flagged on either side.',
    reasoning:
      'The seed articles see the opposite side in distance runners; the literature has not confirmed the side (§6).',
    sources: ['seed-uhan-irunfar', 'cr-differential'],
  },
  {
    id: 'isometric-dose',
    rule: 'The isometric-hold dose (5 × 30–45 s) is common practice; foam-rolling for tendinopathy is left out.',
    reasoning:
      'The dose is not a figure from the references, which support the approach only; foam-rolling is a seed claim the references do not support (§8.4).',
    sources: ['goom-2016', 'beatty-2017'],
  },
];
