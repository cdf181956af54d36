/**
 * @module The clinician summary in words: what a physiotherapist would want before the first session,
 * structured and as plain text. Written in the result's language; the Spanish catalogue keeps each named
 * clinical test's English name in parentheses, and citations of papers stay as published.
 */
import { hasText, text } from '../i18n/index.ts';
import { QUESTION_BY_ID, QUESTIONNAIRE_VERSION } from '../questionnaire/flow.ts';
import type { Lang } from '../schemas/questionnaire.ts';
import type { ClinicianSummary, TriageResult } from '../schemas/triage.ts';
import { LANGS } from '../schemas/values.ts';
import type { FlagOutcome } from '../triage/screen.ts';
import { SOURCES, type Source, type SourceId } from '../triage/sources.ts';
import type { SummaryDecision } from '../triage/summary.ts';
import { conditionKey, evidenceKey, flagKey, measureKey, questionKey, testKey } from './keys.ts';
import { optionLabel } from './questionnaire.ts';

/**
 * `say`, remembering per language what it said for each input: the inputs are source ids and the
 * reference's accuracy figures, a bounded set, and each costs regular expressions to say.
 */
function remembered<I>(say: (lang: Lang, input: I) => string): (lang: Lang, input: I) => string {
  const said = Object.fromEntries(LANGS.map((lang) => [lang, new Map<I, string>()])) as Record<
    Lang,
    Map<I, string>
  >;
  return (lang, input) => {
    const known = said[lang].get(input);
    if (known !== undefined) return known;
    const words = say(lang, input);
    said[lang].set(input, words);
    return words;
  };
}

/** How the reference gives published accuracy: "Sn 0.84, Sp 0.87", optionally for a cluster and a target. */
const ACCURACY = /^(?:≥(\d+) of (\d+) positive: )?Sn ([\d.]+), Sp ([\d.]+)(?: \(([^)]+)\))?$/;

/**
 * Published accuracy in the summary's language ("sensibilidad 0.84, especificidad 0.87"); the figures
 * stay as published. A form the pattern does not know is shown as the reference gives it.
 */
export const accuracyText = remembered((lang: Lang, accuracy: string): string => {
  const m = ACCURACY.exec(accuracy);
  if (!m) return accuracy;
  const [, k, n, sn, sp, target] = m;
  const targetKey = `summary.accuracy.${target?.replaceAll(' ', '-')}`;
  return [
    k ? `${text(lang, 'summary.accuracy.cluster', { k, n: n ?? '' })}: ` : '',
    text(lang, 'summary.accuracy', { sn: sn ?? '', sp: sp ?? '' }),
    target ? ` (${hasText(targetKey) ? text(lang, targetKey) : target})` : '',
  ].join('');
});

/**
 * How the summary names a source: first author and year, or its short name. The short names of the
 * clinical notes and the seed articles describe them rather than quote a title, so they follow the
 * summary's language; titles of papers stay as published.
 */
export const citationShort = remembered((lang: Lang, sourceId: SourceId): string => {
  const source: Source = SOURCES[sourceId];
  if (source.short) {
    const notes = source.kind === 'notes' && /^Clinical reference notes (§.+)$/.exec(source.short);
    if (notes) return text(lang, 'summary.source.notes', { section: notes[1] ?? '' });
    const seed = source.kind === 'seed' && /^(.+) \(seed article\)$/.exec(source.short);
    if (seed) return text(lang, 'summary.source.seed', { name: seed[1] ?? '' });
    return source.short;
  }
  // The first author without initials: "van der Windt DAWM, Simons E, …" → "van der Windt".
  const surname = source.citation.split(/[,.]/)[0]?.replace(/\s+[A-Z]{1,4}$/, '');
  const year = source.citation.match(/\b(19|20)\d{2}\b/)?.[0];
  return year ? `${surname} ${year}` : (surname ?? sourceId);
});

export function clinicianSummary(
  lang: Lang,
  decided: SummaryDecision,
  flags: readonly FlagOutcome[],
  result: Pick<TriageResult, 'urgency' | 'stretch'>,
): ClinicianSummary {
  const summary: Omit<ClinicianSummary, 'text'> = {
    questionnaireVersion: QUESTIONNAIRE_VERSION,
    positives: decided.positives.map(({ question, values }) => {
      const def = QUESTION_BY_ID.get(question);
      const labels = values.map((v) =>
        typeof v === 'number' || !def ? String(v) : optionLabel(lang, def, v),
      );
      return `${text(lang, questionKey(question, '.short'))}: ${labels.join('; ')}`;
    }),
    redFlagScreen: flags.map(({ flag, status }) => ({
      label: text(lang, flagKey(flag.id, 'label')),
      status,
    })),
    ranked: decided.shortlist.map((s) => ({
      id: s.id,
      name: text(lang, conditionKey(s.id, 'name')),
      band: s.band,
      evidence: [
        ...s.for.map((id) => `+ ${text(lang, evidenceKey(id))}`),
        ...s.against.map((id) => `− ${text(lang, evidenceKey(id))}`),
      ],
    })),
    suggestedTests: decided.tests.map((t) => ({
      name: text(lang, testKey(t.test)),
      for: text(lang, conditionKey(t.condition, 'name')),
      ...(t.accuracy ? { accuracy: accuracyText(lang, t.accuracy) } : {}),
      source: citationShort(lang, t.source),
    })),
    outcomeMeasures: decided.measures.map((id) => ({
      name: text(lang, measureKey(id, 'name')),
      why: text(lang, measureKey(id, 'why')),
    })),
  };
  return { ...summary, text: plainText(lang, summary, result) };
}

function plainText(
  lang: Lang,
  s: Omit<ClinicianSummary, 'text'>,
  result: Pick<TriageResult, 'urgency' | 'stretch'>,
): string {
  const list = (items: string[]) =>
    items.length ? items.map((i) => `- ${i}`) : [`- ${text(lang, 'summary.none')}`];
  const flagged = s.redFlagScreen.filter((f) => f.status !== 'negative');
  return [
    `${text(lang, 'summary.title')} (${text(lang, 'summary.not-diagnosis')})`,
    `${text(lang, 'summary.urgency')}: ${result.urgency.title}`,
    `${text(lang, 'summary.stretch')}: ${result.stretch.headline}`,
    '',
    `${text(lang, 'summary.red-flags')}:`,
    ...(flagged.length
      ? flagged.map((f) => `- ${f.label}: ${text(lang, `summary.status.${f.status}`)}`)
      : [`- ${text(lang, 'summary.all-negative', { count: s.redFlagScreen.length })}`]),
    '',
    `${text(lang, 'summary.positives')}:`,
    ...list(s.positives),
    '',
    `${text(lang, 'summary.ranked')}:`,
    ...s.ranked.flatMap((r, i) => [
      `${i + 1}. ${r.name} (${text(lang, `summary.band.${r.band}`)})`,
      ...r.evidence.map((e) => `   ${e}`),
    ]),
    '',
    `${text(lang, 'summary.tests')}:`,
    ...list(
      s.suggestedTests.map((x) => `${x.name} [${x.for}]${x.accuracy ? `: ${x.accuracy}` : ''} (${x.source})`),
    ),
    '',
    `${text(lang, 'summary.measures')}:`,
    ...list(s.outcomeMeasures.map((m) => `${m.name}: ${m.why}`)),
    '',
    `${text(lang, 'summary.version')}: ${s.questionnaireVersion}`,
  ].join('\n');
}
