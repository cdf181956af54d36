/**
 * Safe under uncertainty, case by case: the runners issue 12 found under- or over-triaged, each as the
 * behaviour that must hold now. The generated-answer properties (properties.test.ts) hold the same rules
 * in general; these pin the stories a clinician would check first.
 */
import { describe, expect, it } from 'vitest';
import { type Answers, askedQuestions, FLOW, triage, urgencyRank } from '../../shared/index.ts';

const run = (answers: Answers) => triage({ lang: 'en', answers });
const noRedFlags = { 'rf-nerve': ['none'], 'rf-now': ['none'], 'rf-serious': ['none'] } satisfies Answers;
const flag = (answers: Answers, id: string) => run(answers).redFlags.find((f) => f.id === id)?.status;
const planIds = (answers: Answers) => {
  const { plan } = run(answers);
  return [...plan.now, ...plan.exercises, ...plan.training].map((item) => item.id);
};
const SELF_TESTS = ['st-press-thigh', 'st-knee-bend', 'st-slr', 'st-bridge', 'st-hop', 'st-puranen'];

describe('a "not sure" never switches off a protection', () => {
  const popNotSureHowItStarted: Answers = {
    age: 30,
    ...noRedFlags,
    onset: 'unsure',
    activity: 'sprinting',
    moment: ['pop', 'stopped'],
    bruising: 'large',
    walking: 'limp',
    since: 'days-0-2',
  };

  it('treats a pop, a large bruise and a limp as a possible avulsion even when the runner is not sure how it started', () => {
    const result = run(popNotSureHowItStarted);
    expect(result.urgency.level).toBe('same-day');
    expect(flag(popNotSureHowItStarted, 'avulsion')).toBe('positive');
    expect(result.stretch.verdict).toBe('not-yet');
    expect(planIds(popNotSureHowItStarted)).not.toContain('gentle-hamstring-stretch');
  });

  it('asks about the moment, a pop and a bruise when the runner is not sure how it started', () => {
    const asked = askedQuestions(FLOW, { age: 30, ...noRedFlags, onset: 'unsure' });
    expect(asked).toEqual(expect.arrayContaining(['activity', 'moment', 'bruising']));
  });

  it('withholds the resisted and stretch tests while a fresh injury cannot be excluded', () => {
    const asked = askedQuestions(FLOW, {
      age: 30,
      ...noRedFlags,
      onset: 'unsure',
      activity: 'unsure',
      moment: ['unsure'],
      bruising: 'none',
      walking: 'hurts',
      since: 'days-0-2',
      where: ['thigh-middle'],
    });
    expect(asked).not.toContain('st-knee-bend');
    expect(asked).not.toContain('st-slr');
  });

  it('keeps an ordinary runner who is not sure how it started, but rules out a pop and a bruise, off a doctor visit', () => {
    const result = run({
      age: 34,
      ...noRedFlags,
      onset: 'unsure',
      activity: 'none',
      moment: ['none'],
      bruising: 'none',
      walking: 'normal',
      since: 'weeks-1-3',
      where: ['thigh-middle'],
      sides: 'one',
      feel: ['tight'],
      worse: ['long-runs'],
    });
    expect(['self-care', 'routine']).toContain(result.urgency.level);
    expect(result.redFlags.filter((f) => f.status === 'unsure' || f.status === 'positive')).toEqual([]);
  });

  it('treats "not sure" on the nerve screen as its worst case until the follow-up rules items out', () => {
    const doms: Answers = {
      age: 39,
      'rf-now': ['none'],
      'rf-serious': ['none'],
      onset: 'after-session',
      walking: 'hurts',
      since: 'days-0-2',
      where: ['thigh-middle'],
      sides: 'both',
      feel: ['sore-stiff'],
      worse: ['downhill'],
    };
    expect(run({ ...doms, 'rf-nerve': ['unsure'] }).urgency.level).toBe('emergency');
    expect(run({ ...doms, 'rf-nerve': ['unsure'], 'rf-nerve-check': ['bladder'] }).urgency.level).toBe(
      'emergency',
    );
    expect(run({ ...doms, 'rf-nerve': ['unsure'], 'rf-nerve-check': ['none'] }).urgency.level).toBe(
      'self-care',
    );
  });

  it('does not escalate on a follow-up nobody answered: a 34-year-old not sure on the health screen is not told about hip replacements', () => {
    const result = run({
      age: 34,
      'rf-nerve': ['none'],
      'rf-now': ['none'],
      'rf-serious': ['unsure'],
      onset: 'gradual',
      walking: 'normal',
      since: 'weeks-1-3',
      where: ['thigh-middle'],
      sides: 'one',
      feel: ['tight'],
      worse: ['speed'],
    });
    expect(result.urgency.reasons.map((r) => r.id)).not.toContain('hip-dislocation');
    expect(urgencyRank(result.urgency.level)).toBeLessThan(urgencyRank('same-day'));
  });
});

describe('every listed red flag is reachable through a question the runner can answer', () => {
  it('sends a young woman with groin pain on walking and at night and signs of under-fuelling the same day, without any hop test', () => {
    const answers: Answers = {
      age: 22,
      sex: 'female',
      ...noRedFlags,
      onset: 'gradual',
      walking: 'hurts',
      since: 'weeks-1-3',
      where: ['groin', 'buttock'],
      sides: 'one',
      feel: ['ache'],
      worse: ['one-leg', 'long-runs'],
      energy: ['periods', 'under-fuelling'],
    };
    expect(run(answers).urgency.level).toBe('same-day');
    expect(run({ ...answers, worse: ['one-leg', 'long-runs', 'rest-night'] }).urgency.level).toBe('same-day');
  });

  it('sends a 72-year-old who fell and can barely walk for an X-ray the same day', () => {
    const answers: Answers = {
      age: 72,
      sex: 'female',
      ...noRedFlags,
      onset: 'sudden',
      activity: 'fall-blow',
      moment: ['stopped'],
      bruising: 'none',
      walking: 'barely',
      since: 'days-0-2',
    };
    expect(run(answers).urgency.level).toBe('same-day');
    expect(flag(answers, 'fragility-fall-weight')).toBe('positive');
    expect(planIds(answers)).not.toContain('graded-return');
  });

  it('sends a 15-year-old who felt a sudden pull kicking, in the buttock and upper thigh, for an X-ray', () => {
    const answers: Answers = {
      age: 15,
      ...noRedFlags,
      onset: 'sudden',
      activity: 'kick-jump',
      moment: ['stopped'],
      bruising: 'none',
      walking: 'limp',
      since: 'days-0-2',
      where: ['buttock', 'thigh-upper'],
    };
    expect(run(answers).urgency.level).toBe('same-day');
    expect(flag(answers, 'apophyseal')).toBe('positive');
  });

  it('names the growth-plate injury first for a 14-year-old sprinter with sudden sitting-bone pain', () => {
    const result = run({
      age: 14,
      ...noRedFlags,
      onset: 'sudden',
      activity: 'sprinting',
      moment: ['stopped'],
      bruising: 'none',
      walking: 'hurts',
      since: 'days-0-2',
      where: ['sitting-bone'],
    });
    expect(result.conditions[0]?.id).toBe('apophyseal-avulsion');
    expect(result.urgency.reasons.map((r) => r.text).join(' ')).not.toMatch(/most likely cause: Hamstring/);
  });

  it('reads numbness and tingling in both legs from the pain questions, even with "none" on the nerve screen', () => {
    const result = run({
      age: 39,
      ...noRedFlags,
      onset: 'gradual',
      where: ['thigh-middle', 'below-knee'],
      sides: 'both',
      feel: ['nerve', 'numb'],
    });
    expect(result.urgency.level).toBe('emergency');
  });

  it('escalates a past cancer together with a numb patch to the same day', () => {
    const result = run({
      age: 46,
      'rf-nerve': ['none'],
      'rf-now': ['none'],
      'rf-serious': ['cancer'],
      onset: 'gradual',
      where: ['buttock', 'below-knee'],
      sides: 'one',
      feel: ['ache', 'numb'],
    });
    expect(result.urgency.level).toBe('same-day');
    expect(result.urgency.reasons.map((r) => r.id)).toContain('combined');
  });

  it('sends fever with a weakening foot to the emergency department', () => {
    const result = run({
      age: 24,
      'rf-nerve': ['none'],
      'rf-now': ['fever', 'foot-drop'],
      'rf-serious': ['none'],
    });
    expect(result.urgency.level).toBe('emergency');
    expect(result.urgency.reasons.map((r) => r.id)).toContain('infection-neuro');
  });

  it('sends a swollen calf the same day whatever the onset', () => {
    const result = run({
      age: 52,
      'rf-nerve': ['none'],
      'rf-now': ['calf-swelling'],
      'rf-serious': ['none'],
      onset: 'gradual',
      where: ['knee-inner', 'below-knee'],
      worse: ['rest-night'],
    });
    expect(result.urgency.level).toBe('same-day');
  });

  it('asks about blood thinners, and sends a bruise on one the same day', () => {
    const answers: Answers = {
      age: 48,
      'rf-nerve': ['none'],
      'rf-now': ['none'],
      'rf-serious': ['blood-thinner'],
      onset: 'sudden',
      activity: 'fall-blow',
      moment: ['none'],
      bruising: 'large',
      walking: 'hurts',
      since: 'days-0-2',
    };
    expect(run(answers).urgency.level).toBe('same-day');
    expect(flag(answers, 'bleeding-risk')).toBe('positive');
  });

  it('sends an over-50 with new pain that nothing explains to a doctor this week, but not one whose pain followed more hill training', () => {
    const older: Answers = {
      age: 60,
      ...noRedFlags,
      onset: 'gradual',
      walking: 'normal',
      since: 'weeks-3-6',
      where: ['buttock'],
      sides: 'one',
      feel: ['ache'],
      worse: ['none'],
      eases: ['none'],
    };
    expect(run(older).urgency.level).toBe('within-week');
    expect(run({ ...older, training: ['more-hills'] }).urgency.level).not.toBe('within-week');
  });
});

describe('the result never contradicts itself', () => {
  const nerve: Answers = {
    age: 38,
    ...noRedFlags,
    onset: 'gradual',
    walking: 'normal',
    since: 'weeks-6-12',
    where: ['buttock', 'thigh-middle', 'knee-outer'],
    sides: 'one',
    feel: ['nerve', 'ache'],
    worse: ['sitting', 'slump'],
    eases: ['standing'],
    back: ['none'],
    'st-press-thigh': 'no-spot',
    'st-knee-bend': 'fine',
    'st-slr': 'nerve',
    'st-hop': 'fine',
  };

  it('gives a nerve result running guidance', () => {
    const result = run(nerve);
    expect(result.conditions[0]?.id).toBe('sciatic-nerve');
    expect(result.plan.training.map((item) => item.id)).toContain('run-by-symptoms');
  });

  it('says why a buttock stretch is offered beside "don\'t stretch"', () => {
    const result = run(nerve);
    expect(result.stretch.verdict).toBe('avoid');
    const stretch = result.plan.exercises.find((item) => item.id === 'seated-glute-stretch');
    expect(stretch?.note).toMatch(/not the hamstring/);
  });

  it('does not tell a runner who already limps to watch for a limp', () => {
    const result = run({ ...nerve, walking: 'hurts' });
    expect(result.safetyNet.join(' ')).not.toMatch(/walking starts to hurt/);
    expect(result.safetyNet.join(' ')).toMatch(/walking gets more painful/);
  });

  it('never shows a milder reason beside a same-day level', () => {
    const result = run({
      age: 30,
      ...noRedFlags,
      onset: 'sudden',
      activity: 'sprinting',
      moment: ['pop', 'stopped'],
      bruising: 'large',
      walking: 'limp',
      since: 'days-0-2',
    });
    expect(result.urgency.level).toBe('same-day');
    expect(result.urgency.reasons.every((r) => r.kind !== 'condition' || /today/i.test(r.text))).toBe(true);
  });

  it('keeps self-tests out of reach while a red flag holds', () => {
    const asked = askedQuestions(FLOW, { ...nerve, 'rf-serious': ['night'] });
    expect(asked.filter((id) => SELF_TESTS.includes(id))).toEqual([]);
  });
});
