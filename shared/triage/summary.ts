/**
 * @module The clinician summary: what a physiotherapist would want before the first session, structured
 * and as plain text: positive findings, the red-flag screen, ranked sources with their key evidence,
 * suggested in-clinic tests (with published accuracy only where the clinical reference gives it
 * unflagged) and suggested outcome measures. Written in the result's language; the Spanish catalogue
 * keeps each named clinical test's English name in parentheses, and citations of papers stay as published.
 */
import { hasText, text } from '../i18n/index.ts';
import { QUESTION_BY_ID } from '../questionnaire/flow.ts';
import { optionLabel } from '../questionnaire/localize.ts';
import { QUESTIONNAIRE_VERSION } from '../questionnaire/questions.ts';
import type { Lang } from '../schemas/questionnaire.ts';
import type { ClinicianSummary, TriageResult } from '../schemas/triage.ts';
import type { Answers } from '../schemas/values.ts';
import { CONDITION_BY_ID } from './conditions.ts';
import type { Scored } from './score.ts';
import type { FlagOutcome } from './screen.ts';
import { SOURCES, type Source } from './sources.ts';

const NEGATIVE = new Set(['no', 'none', 'normal', 'fine']);

/** "Onset: Suddenly, at one moment I can point to", for every answer that is not a plain no. */
function positives(lang: Lang, answers: Answers, asked: readonly string[]): string[] {
  return asked.flatMap((id) => {
    const question = QUESTION_BY_ID.get(id);
    const value = answers[id];
    if (!question || value === undefined) return [];
    const values = Array.isArray(value) ? value : [value];
    const shown = values.filter((v) => typeof v === 'number' || !NEGATIVE.has(v));
    if (!shown.length) return [];
    const labels = shown.map((v) => (typeof v === 'number' ? String(v) : optionLabel(lang, question, v)));
    return [`${text(lang, `q.${id}.short`)}: ${labels.join('; ')}`];
  });
}

/** How the reference gives published accuracy: "Sn 0.84, Sp 0.87", optionally for a cluster and a target. */
const ACCURACY = /^(?:≥(\d+) of (\d+) positive: )?Sn ([\d.]+), Sp ([\d.]+)(?: \(([^)]+)\))?$/;

/**
 * Published accuracy in the summary's language ("sensibilidad 0.84, especificidad 0.87"); the figures
 * stay as published. A form the pattern does not know is shown as the reference gives it.
 */
export function accuracyText(lang: Lang, accuracy: string): string {
  const m = ACCURACY.exec(accuracy);
  if (!m) return accuracy;
  const [, k, n, sn, sp, target] = m;
  const targetKey = `summary.accuracy.${target?.replaceAll(' ', '-')}`;
  return [
    k ? `${text(lang, 'summary.accuracy.cluster', { k, n: n ?? '' })}: ` : '',
    text(lang, 'summary.accuracy', { sn: sn ?? '', sp: sp ?? '' }),
    target ? ` (${hasText(targetKey) ? text(lang, targetKey) : target})` : '',
  ].join('');
}

/**
 * How the summary names a source: first author and year, or its short name. The short names of the
 * clinical notes and the seed articles describe them rather than quote a title, so they follow the
 * summary's language; titles of papers stay as published.
 */
export function citationShort(lang: Lang, sourceId: string): string {
  const source: Source | undefined = SOURCES[sourceId as keyof typeof SOURCES];
  if (!source) return sourceId;
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
}

export function clinicianSummary(
  lang: Lang,
  answers: Answers,
  asked: readonly string[],
  flags: readonly FlagOutcome[],
  ranked: readonly Scored[],
  result: Pick<TriageResult, 'urgency' | 'stretch' | 'conditions'>,
): ClinicianSummary {
  const shortlist = ranked.filter((s, i) => i < 2 || s.band !== 'less-likely').slice(0, 4);
  const first = shortlist[0];
  const tests = shortlist.slice(0, 2).flatMap((s) =>
    (CONDITION_BY_ID.get(s.id)?.tests ?? []).map((t) => ({
      name: text(lang, `test.${t.id}`),
      for: text(lang, `condition.${s.id}.name`),
      ...(t.accuracy ? { accuracy: accuracyText(lang, t.accuracy) } : {}),
      source: citationShort(lang, t.source),
    })),
  );
  const measureIds = [
    'nprs-psfs',
    ...new Set(shortlist.slice(0, 2).flatMap((s) => CONDITION_BY_ID.get(s.id)?.measure ?? [])),
  ];
  if (first && !measureIds.includes('lefs')) measureIds.push('lefs');

  const summary: Omit<ClinicianSummary, 'text'> = {
    questionnaireVersion: QUESTIONNAIRE_VERSION,
    positives: positives(lang, answers, asked),
    redFlagScreen: flags.map(({ flag, status }) => ({ label: text(lang, `rf.${flag.id}.label`), status })),
    ranked: shortlist.map((s) => ({
      id: s.id,
      name: text(lang, `condition.${s.id}.name`),
      band: s.band,
      evidence: [
        ...s.for.slice(0, 4).map((h) => `+ ${text(lang, `ev.${h.rule.id}`)}`),
        ...s.against.slice(0, 2).map((h) => `− ${text(lang, `ev.${h.rule.id}`)}`),
      ],
    })),
    suggestedTests: tests,
    outcomeMeasures: measureIds.map((id) => ({
      name: text(lang, `measure.${id}.name`),
      why: text(lang, `measure.${id}.why`),
    })),
  };
  return { ...summary, text: plainText(lang, summary, result) };
}

function plainText(
  lang: Lang,
  s: Omit<ClinicianSummary, 'text'>,
  result: Pick<TriageResult, 'urgency' | 'stretch'>,
): string {
  const t = (key: string) => text(lang, key);
  const list = (items: string[]) => (items.length ? items.map((i) => `- ${i}`) : [`- ${t('summary.none')}`]);
  const flagged = s.redFlagScreen.filter((f) => f.status !== 'negative');
  return [
    `${t('summary.title')} (${t('summary.not-diagnosis')})`,
    `${t('summary.urgency')}: ${result.urgency.title}`,
    `${t('summary.stretch')}: ${result.stretch.headline}`,
    '',
    `${t('summary.red-flags')}:`,
    ...(flagged.length
      ? flagged.map((f) => `- ${f.label}: ${t(`summary.status.${f.status}`)}`)
      : [`- ${text(lang, 'summary.all-negative', { count: s.redFlagScreen.length })}`]),
    '',
    `${t('summary.positives')}:`,
    ...list(s.positives),
    '',
    `${t('summary.ranked')}:`,
    ...s.ranked.flatMap((r, i) => [
      `${i + 1}. ${r.name} (${t(`summary.band.${r.band}`)})`,
      ...r.evidence.map((e) => `   ${e}`),
    ]),
    '',
    `${t('summary.tests')}:`,
    ...list(
      s.suggestedTests.map((x) => `${x.name} [${x.for}]${x.accuracy ? `: ${x.accuracy}` : ''} (${x.source})`),
    ),
    '',
    `${t('summary.measures')}:`,
    ...list(s.outcomeMeasures.map((m) => `${m.name}: ${m.why}`)),
    '',
    `${t('summary.version')}: ${s.questionnaireVersion}`,
  ].join('\n');
}
