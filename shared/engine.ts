/**
 * @module triage(): decide, then say. The decision is ids and numbers (triage/decide.ts); the one
 * localizing step puts it into the runner's language (localize/result.ts).
 */
import { type LocalizeOptions, localizeResult } from './localize/result.ts';
import type { Lang } from './schemas/questionnaire.ts';
import type { FullTriageResult, TriageResult } from './schemas/triage.ts';
import type { Answers } from './schemas/values.ts';
import { decide } from './triage/decide.ts';

export interface TriageInput {
  lang: Lang;
  answers: Answers;
}

/**
 * The whole result by default (a shared report, webhooks, the CLI); with `options.expand`, what
 * POST /v1/triage answers: the parts not asked for as ids, or left out, and never put into words.
 */
export function triage(input: TriageInput): FullTriageResult;
export function triage(input: TriageInput, options: LocalizeOptions): TriageResult;
export function triage({ lang, answers }: TriageInput, options?: LocalizeOptions) {
  return options ? localizeResult(decide(answers), lang, options) : localizeResult(decide(answers), lang);
}
