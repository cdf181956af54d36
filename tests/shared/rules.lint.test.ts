/**
 * Lints the triage data the way axe-core validates its rules: every id unique, every source resolving to
 * a citation, every question and option a rule reads existing, every text the data implies present in
 * both languages, and the structural rules that keep the flow safe.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUES,
  CONDITION_IDS,
  CONDITIONS,
  type Cond,
  EVIDENCE_RULES,
  FACTOR_IDS,
  FACTOR_RULES,
  hasText,
  LANGS,
  optionIds,
  PLAN_ITEMS,
  QUESTION_BY_ID,
  QUESTIONS,
  RED_FLAGS,
  SECTION_IDS,
  SELF_TEST_BLOCKERS,
  SOURCES,
  UI_TEXT_KEYS,
} from '../../shared/index.ts';
import { impliedTextKeys } from './implied-keys.ts';

interface Located {
  where: string;
  cond: Cond;
}

const leaves = (
  cond: Cond,
): Exclude<Cond, { all: unknown } | { any: unknown } | { not: unknown } | { sure: unknown }>[] => {
  if ('all' in cond) return cond.all.flatMap(leaves);
  if ('any' in cond) return cond.any.flatMap(leaves);
  if ('not' in cond) return leaves(cond.not);
  if ('sure' in cond) return leaves(cond.sure);
  return [cond];
};

const conditions: Located[] = [
  ...QUESTIONS.flatMap((q) => (q.showIf ? [{ where: `question ${q.id} showIf`, cond: q.showIf }] : [])),
  ...RED_FLAGS.map((r) => ({ where: `red flag ${r.id}`, cond: r.when })),
  ...EVIDENCE_RULES.map((r) => ({ where: `evidence ${r.id}`, cond: r.when })),
  ...FACTOR_RULES.map((r) => ({ where: `factor rule ${r.id}`, cond: r.when })),
  ...PLAN_ITEMS.flatMap((p) => (p.when ? [{ where: `plan item ${p.id}`, cond: p.when }] : [])),
  ...CONDITIONS.flatMap((c) =>
    (c.urgencyIf ?? []).map((u, i) => ({ where: `condition ${c.id} urgencyIf[${i}]`, cond: u.when })),
  ),
];

const cited: Array<{ where: string; sources: readonly string[] }> = [
  ...RED_FLAGS.map((r) => ({ where: `red flag ${r.id}`, sources: r.sources })),
  ...EVIDENCE_RULES.map((r) => ({ where: `evidence ${r.id}`, sources: r.sources })),
  ...FACTOR_RULES.map((r) => ({ where: `factor rule ${r.id}`, sources: r.sources })),
  ...PLAN_ITEMS.map((p) => ({ where: `plan item ${p.id}`, sources: p.sources })),
  ...CONDITIONS.map((c) => ({
    where: `condition ${c.id}`,
    sources: [...c.sources, ...c.tests.map((t) => t.source)],
  })),
];

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

describe('rule data lint', () => {
  it('gives every question, red flag, evidence rule, factor rule and plan item a unique id', () => {
    for (const ids of [
      QUESTIONS.map((q) => q.id),
      RED_FLAGS.map((r) => r.id),
      EVIDENCE_RULES.map((r) => r.id),
      FACTOR_RULES.map((r) => r.id),
      PLAN_ITEMS.map((p) => p.id),
    ]) {
      expect(duplicates(ids)).toEqual([]);
    }
  });

  it('cites at least one source on every rule, and every source id resolves to a citation', () => {
    const problems = cited.flatMap(({ where, sources }) => [
      ...(sources.length ? [] : [`${where} cites nothing`]),
      ...sources.filter((s) => !Object.hasOwn(SOURCES, s)).map((s) => `${where} cites unknown source "${s}"`),
    ]);
    expect(problems).toEqual([]);
    for (const [id, source] of Object.entries(SOURCES)) {
      expect(source.citation.length, id).toBeGreaterThan(20);
      if (source.kind === 'reference') expect(source.ref, id).toBeGreaterThan(0);
    }
  });

  it('reads only questions and options that exist, with an operator that fits the question type', () => {
    const problems = conditions.flatMap(({ where, cond }) =>
      leaves(cond).flatMap((leaf) => {
        const question = QUESTION_BY_ID.get(leaf.q);
        if (!question) return [`${where} reads unknown question "${leaf.q}"`];
        const numeric = 'gte' in leaf || 'lte' in leaf;
        if (numeric !== (question.type === 'number'))
          return [`${where} compares "${leaf.q}" with the wrong kind of operator`];
        if ('is' in leaf || 'in' in leaf) {
          if (question.type === 'multi' || question.type === 'region')
            return [`${where} uses is/in on multiple-choice "${leaf.q}"`];
        }
        if (('has' in leaf || 'hasAny' in leaf) && question.type !== 'multi' && question.type !== 'region') {
          return [`${where} uses has/hasAny on single-answer "${leaf.q}"`];
        }
        const values =
          'is' in leaf
            ? [leaf.is]
            : 'in' in leaf
              ? leaf.in
              : 'has' in leaf
                ? [leaf.has]
                : 'hasAny' in leaf
                  ? leaf.hasAny
                  : [];
        const options = optionIds(question);
        return values
          .filter((v) => !options.includes(v) || v === 'unsure')
          .map((v) => `${where} reads "${leaf.q}" = "${v}", which is not an option`);
      }),
    );
    expect(problems).toEqual([]);
  });

  it('lets a showIf read only questions asked before it, so one pass decides the flow', () => {
    const order = new Map<string, number>(QUESTIONS.map((q, i) => [q.id, i]));
    const problems = QUESTIONS.flatMap((q, i) =>
      q.showIf
        ? leaves(q.showIf)
            .filter((l) => (order.get(l.q) ?? Infinity) >= i)
            .map((l) => `${q.id} depends on later ${l.q}`)
        : [],
    );
    expect(problems).toEqual([]);
  });

  it('lets the self-test blockers read only questions asked before the first self-test', () => {
    const first = QUESTIONS.findIndex((q) => q.selfTest);
    const order = new Map<string, number>(QUESTIONS.map((q, i) => [q.id, i]));
    const late = SELF_TEST_BLOCKERS.flatMap((blocker) =>
      leaves(blocker)
        .filter((l) => (order.get(l.q) ?? Infinity) >= first)
        .map((l) => l.q),
    );
    expect(late).toEqual([]);
  });

  it('asks the red-flag screen right after "about you", before anything about the pain', () => {
    const sections = QUESTIONS.map((q) => q.section);
    const firstRedFlag = sections.indexOf('red-flags');
    expect(sections.slice(0, firstRedFlag).every((s) => s === 'about')).toBe(true);
    expect(QUESTIONS.filter((q) => q.redFlag).every((q) => q.section === 'red-flags')).toBe(true);
    const sectionOrder = sections.map((s) => SECTION_IDS.indexOf(s));
    expect(sectionOrder).toEqual([...sectionOrder].sort((a, b) => a - b));
  });

  it('offers "not sure" on every red-flag question', () => {
    expect(QUESTIONS.filter((q) => q.redFlag && !q.unsure).map((q) => q.id)).toEqual([]);
  });

  it('ends the questionnaire early only for emergency and same-day flags', () => {
    for (const flag of RED_FLAGS)
      expect(flag.exit, flag.id).toBe(flag.urgency === 'emergency' || flag.urgency === 'same-day');
  });

  it('targets only vocabulary conditions and factors, with finite non-zero weights', () => {
    const known = new Set<string>(CONDITION_IDS);
    for (const rule of EVIDENCE_RULES) {
      expect(Object.keys(rule.effects).length, rule.id).toBeGreaterThan(0);
      for (const [target, weight] of Object.entries(rule.effects)) {
        expect(known.has(target), `${rule.id} → ${target}`).toBe(true);
        expect(Number.isFinite(weight) && weight !== 0, `${rule.id} → ${target}`).toBe(true);
      }
    }
    for (const rule of FACTOR_RULES) expect(FACTOR_IDS, rule.id).toContain(rule.factor);
    expect(CONDITIONS.map((c) => c.id)).toEqual([...CONDITION_IDS]);
  });

  it('flags every factor in the vocabulary from at least one rule, and every plan item is reachable', () => {
    expect(FACTOR_IDS.filter((f) => !FACTOR_RULES.some((r) => r.factor === f))).toEqual([]);
    expect(PLAN_ITEMS.filter((p) => !p.conditions?.length && !p.factors?.length).map((p) => p.id)).toEqual(
      [],
    );
  });

  it('has every text the data implies, in both languages, and no text nothing uses', () => {
    const implied = impliedTextKeys();
    expect(implied.filter((key) => !hasText(key))).toEqual([]);
    for (const lang of LANGS) {
      const catalogue = CATALOGUES[lang] as Record<string, string>;
      expect(
        implied.filter((key) => !catalogue[key]?.trim()),
        lang,
      ).toEqual([]);
      expect(
        Object.keys(catalogue).filter((key) => !implied.includes(key)),
        `${lang} has unused keys`,
      ).toEqual([]);
    }
  });

  it('keeps the English and Spanish catalogues to the same keys', () => {
    expect(Object.keys(CATALOGUES.es).sort()).toEqual(Object.keys(CATALOGUES.en).sort());
  });

  it('gives every Spanish text the same {placeholders} as its English one', () => {
    const placeholders = (s: string | undefined) =>
      [...(s ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const es = CATALOGUES.es as Record<string, string>;
    const differ = Object.entries(CATALOGUES.en).filter(
      ([key, en]) => placeholders(en).join() !== placeholders(es[key]).join(),
    );
    expect(differ.map(([key]) => key)).toEqual([]);
  });

  it('uses every interface text (ui.*) in the widget, which reads them as t.<key>, or t[`band.…`] for a key with a dot', () => {
    const dir = new URL('../../widget/', import.meta.url);
    const source = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.startsWith('scripts'))
      .map((file) => readFileSync(new URL(file, dir), 'utf8'))
      .join('\n');
    const used = (key: string) =>
      key.includes('.')
        ? source.includes(`t[\`${key.slice(0, key.indexOf('.') + 1)}\${`)
        : new RegExp(`\\bt\\.${key}\\b`).test(source);
    expect(UI_TEXT_KEYS.filter((key) => !used(key))).toEqual([]);
  });
});
