/**
 * The Spanish texts against the native review of 2026-12-07: Spanish that reads well from Madrid to
 * Mexico City and Buenos Aires, one term for one thing, a regional or technical term explained where a
 * runner first meets it, and a clinician summary in Spanish that keeps the clinical test names in English.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Answers, CATALOGUES, CONDITIONS, type FullTriageResult, triage } from '../../shared/index.ts';
import { accuracyText, citationShort } from '../../shared/localize/summary.ts';
import { answersArbitrary } from './support/answer-arbitrary.ts';
import { SPAIN_ONLY, spainOnlyIn } from './support/spanish-glossary.ts';
import { VIGNETTE_ANSWERS } from './vignettes/answers.ts';

const EN = CATALOGUES.en as Record<string, string>;
const ES = CATALOGUES.es as Record<string, string>;

/**
 * Every Spanish text is runner-facing: even those written for the clinician (red-flag labels, test
 * names, the summary's headings) reach the runner in the summary the result screen shows and shares.
 */
const RUNNER_FACING = Object.entries(ES);
const keysWhere = (test: (text: string) => boolean) =>
  RUNNER_FACING.filter(([, text]) => test(text)).map(([key]) => key);

describe('Spanish glossary', () => {
  it('finds a Spain-only word as a whole word in any case, and lets "conducir" stand beside "manejar"', () => {
    expect(spainOnlyIn('Dolor muscular (agujetas)')).toEqual(['agujetas']);
    expect(spainOnlyIn('al salir del Coche')).toEqual(['coche']);
    expect(spainOnlyIn('sobre todo al conducir')).toEqual(['conducir']);
    expect(spainOnlyIn('sobre todo al manejar o conducir')).toEqual([]);
    expect(spainOnlyIn('Nada más levantarte')).toEqual(['nada más']);
    expect(spainOnlyIn('tu profesional sanitaria')).toEqual(['sanitario']);
    expect(spainOnlyIn('Fiebre, tiritona')).toEqual(['tiritona']);
    expect(spainOnlyIn('cochera, conducto, sanitarismo, nada es más')).toEqual([]);
  });

  it.each(SPAIN_ONLY)(
    'keeps "$word" out of every Spanish runner-facing text (it says "$use")',
    ({ word }) => {
      expect(keysWhere((text) => spainOnlyIn(text).includes(word))).toEqual([]);
    },
  );

  it('calls the growth-plate injury "cartílago de crecimiento" wherever the English names it, and nothing else', () => {
    const naming = Object.keys(EN).filter((key) => /growth[- ]plate|growing bone/i.test(EN[key] ?? ''));
    expect(naming.length).toBeGreaterThanOrEqual(3);
    expect(naming.filter((key) => !ES[key]?.includes('cartílago de crecimiento'))).toEqual([]);
    expect(keysWhere((text) => /\b(hueso|placa|núcleo|zona) (en|de) crecimiento|fisis/i.test(text))).toEqual(
      [],
    );
  });
});

/**
 * A term that differs by region, or a technical one not every runner knows, is explained where a runner
 * first meets it, and then stands alone: in the questionnaire every runner answers, in the urgent
 * messages that can end it before that question, in the first condition of the catalogue that uses it
 * (the catalogue is also served on its own), and for the physiotherapist where a result first sends the
 * runner to one and in the closing line every result carries.
 */
const GLOSSES = [
  {
    gloss: 'hueso en el que te sientas (isquion)',
    at: [
      'q.age.why', // the first question, asked before where it hurts
      'opt.where.sitting-bone', // the body map, which every runner who gets that far answers
      'rf.avulsion.reason', // can end the questionnaire before the body map
      'condition.proximal-tendinopathy.summary',
    ],
  },
  {
    gloss: 'isquiotibiales (los músculos de la parte de atrás del muslo)',
    at: [
      'q.previous', // the one question every runner is asked that names them
      'rf.avulsion.reason',
      'rf.apophyseal.reason', // ends the questionnaire before q.previous
      'condition.muscle-strain.summary',
    ],
  },
  { gloss: '(como en un spagat o split)', at: ['opt.activity.overstretch'] },
  {
    gloss: 'fisioterapeuta (kinesiólogo)',
    at: ['urgency.routine.title', 'urgency.self-care.advice', 'disclaimer'],
  },
];

/** The runner's texts of a result in the order the widget shows them (the clinician summary aside). */
function readingOrder(r: FullTriageResult): string[] {
  const plan = [...r.plan.now, ...r.plan.exercises, ...r.plan.training];
  return [
    r.urgency.title,
    r.urgency.advice,
    ...(r.earlyExit
      ? r.redFlags.filter((f) => f.status === 'positive').flatMap((f) => [f.reason, f.action])
      : r.urgency.reasons.map((x) => x.text)),
    r.stretch.headline,
    r.stretch.reason,
    ...(r.earlyExit
      ? []
      : [
          ...r.conditions
            .slice(0, 3)
            .flatMap((c) => [c.name, c.summary, ...[...c.for, ...c.against].map((f) => f.text)]),
          ...r.factors.flatMap((f) => [f.name, f.advice]),
          ...plan.flatMap((i) => [i.title, i.how, i.dose ?? '', i.caution ?? '']),
          r.plan.see,
        ]),
    ...r.safetyNet,
    ...r.unknowns.map((u) => u.text),
    r.disclaimer,
  ];
}

describe('Spanish terms explained once', () => {
  it.each(GLOSSES)('explains "$gloss" where a runner first meets it, and nowhere else', ({ gloss, at }) => {
    expect(keysWhere((text) => text.includes(gloss)).sort()).toEqual([...at].sort());
  });

  it('names the kinesiólogo the first time a result sends the runner to a physiotherapist, and at most twice in a result', () => {
    const answerSets: Answers[] = [
      ...Object.values(VIGNETTE_ANSWERS),
      ...fc.sample(answersArbitrary, { numRuns: 300, seed: 18 }),
    ];
    for (const answers of answerSets) {
      const r = triage({ lang: 'es', answers });
      const texts = readingOrder(r);
      if (r.urgency.level === 'routine' || r.urgency.level === 'self-care')
        expect(texts.find((t) => t.includes('fisioterapeuta'))).toContain('fisioterapeuta (kinesiólogo)');
      const named = texts.join('\n').split('fisioterapeuta (kinesiólogo)').length - 1;
      expect(named, JSON.stringify(answers)).toBeGreaterThanOrEqual(1);
      expect(named, JSON.stringify(answers)).toBeLessThanOrEqual(2);
    }
  });
});

describe('the clinician summary in Spanish', () => {
  /** Named clinical tests, by the English name the Spanish keeps in parentheses. */
  const NAMED_TESTS = {
    'test.palpation-slr': 'passive SLR',
    'test.h-test': 'Askling H-test',
    'test.bent-knee-stretch': 'bent-knee stretch test',
    'test.modified-bent-knee': 'modified bent-knee stretch test',
    'test.puranen-orava': 'Puranen–Orava test',
    'test.slump-differentiation': 'slump test with structural differentiation',
    'test.slr': 'straight-leg raise with sensitisers',
    'test.active-piriformis': 'active piriformis test',
    'test.crossed-slr': 'crossed straight-leg raise',
    'test.laslett-cluster': 'Laslett sacroiliac provocation cluster',
  };

  it('keeps each named clinical test’s English name, as the English catalogue gives it, in parentheses', () => {
    for (const [key, name] of Object.entries(NAMED_TESTS)) {
      expect(EN[key]?.toLowerCase(), key).toContain(name.toLowerCase());
      expect(ES[key], key).toContain(`(${name})`);
    }
  });

  it('gives every published accuracy in Spanish words, and in English exactly as the reference gives it', () => {
    const figures = CONDITIONS.flatMap((c) => c.tests.flatMap((t) => (t.accuracy ? [t.accuracy] : [])));
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      expect(accuracyText('en', figure)).toBe(figure);
      expect(accuracyText('es', figure), figure).toMatch(/sensibilidad [\d.]+, especificidad [\d.]+/);
      expect(accuracyText('es', figure), figure).not.toMatch(
        /\b(Sn|Sp|of|positive|disc|herniation|deep|gluteal|entrapment)\b/,
      );
    }
  });

  it('names the clinical notes and seed articles in Spanish, and a paper by its first author and year', () => {
    const sources = [...new Set(CONDITIONS.flatMap((c) => c.tests.map((t) => t.source)))];
    expect(
      sources.filter((id) => /Clinical reference notes|seed article/.test(citationShort('es', id))),
    ).toEqual([]);
    expect(citationShort('es', 'cr-self-tests')).toBe('Notas de referencia clínica §1B');
    expect(citationShort('en', 'cr-self-tests')).toBe('Clinical reference notes §1B');
    expect(citationShort('es', 'seed-uhan-irunfar')).toBe('Uhan, iRunFar (artículo de partida)');
    expect(citationShort('es', 'van-der-windt-2010')).toBe('van der Windt 2010');
  });

  it('writes the sitting-bone vignette’s summary in Spanish, with "Prueba de Puranen–Orava (Puranen–Orava test)"', () => {
    const r = triage({ lang: 'es', answers: VIGNETTE_ANSWERS['P02-high-hamstring-tendinopathy'] });
    const summary = r.clinicianSummary.text;
    expect(summary).toContain('Prueba de Puranen–Orava (Puranen–Orava test)');
    expect(summary).toContain('sensibilidad 0.76, especificidad 0.82 (Cacchio 2012)');
    expect(summary).toContain(`- las ${r.clinicianSummary.redFlagScreen.length} negativas`);
    const headings = Object.keys(EN).filter((key) => key.startsWith('summary.') && EN[key] !== ES[key]);
    expect(headings.filter((key) => summary.includes(EN[key] ?? ''))).toEqual([]);
    expect(spainOnlyIn(summary)).toEqual([]);
  });
});
