/**
 * @module triage(): decide, then say. The decision is ids and numbers (triage/decide.ts); the one
 * localizing step puts it into the runner's language (localize/result.ts).
 */
import { localizeResult } from './localize/result.ts';
import type { Lang } from './schemas/questionnaire.ts';
import type { TriageResult } from './schemas/triage.ts';
import type { Answers } from './schemas/values.ts';
import { decide } from './triage/decide.ts';

export interface TriageInput {
  lang: Lang;
  answers: Answers;
}

export function triage({ lang, answers }: TriageInput): TriageResult {
  return localizeResult(decide(answers), lang);
}
