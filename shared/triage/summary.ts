/**
 * @module The clinician summary: what a physiotherapist would want before the first session, structured
 * and as plain text: positive findings, the red-flag screen, ranked sources with their key evidence,
 * suggested in-clinic tests (with published accuracy only where the clinical reference gives it
 * unflagged) and suggested outcome measures.
 */
import { text } from '../i18n/index.ts';
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

function citationShort(sourceId: string): string {
  const source: Source | undefined = SOURCES[sourceId as keyof typeof SOURCES];
  if (!source) return sourceId;
  if (source.short) return source.short;
  const surname = source.citation.split(/[ ,.]/)[0];
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
      ...(t.accuracy ? { accuracy: t.accuracy } : {}),
      source: citationShort(t.source),
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
