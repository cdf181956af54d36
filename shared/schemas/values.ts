/**
 * @module The enumerations and answer markers the schemas use, in a module without zod, so the engine,
 * the widget and the Worker's runtime can use them without bundling a schema library.
 */

export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export const QUESTION_TYPES = ['single', 'multi', 'yes-no', 'number', 'region'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const SECTION_IDS = [
  'about',
  'red-flags',
  'story',
  'where',
  'feel',
  'worse',
  'history',
  'self-tests',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const BANDS = ['likely', 'possible', 'less-likely'] as const;
export type Band = (typeof BANDS)[number];

export const REASON_KINDS = [
  'red-flag',
  'red-flag-unsure',
  'red-flag-combined',
  'red-flag-not-asked',
  'condition',
  'uncertain',
] as const;

export const RED_FLAG_STATUSES = ['positive', 'unsure', 'negative', 'not-asked'] as const;
export type RedFlagStatus = (typeof RED_FLAG_STATUSES)[number];

export const PLAN_KINDS = ['now', 'exercise', 'training'] as const;

/**
 * The parts of a triage result sent only on request (`expand`): the clinician summary, the texts of the
 * red flags screened negative, the texts of the conditions ranked after the first three, and the sources'
 * citations.
 */
export const EXPANSIONS = ['clinicianSummary', 'redFlags', 'conditions', 'sources'] as const;
export type Expansion = (typeof EXPANSIONS)[number];

/** Why the interview asks a question now (interview/next.ts). */
export const STEP_REASONS = ['red-flag', 'follow-up', 'safety', 'advice', 'cause', 'more'] as const;
export type StepReason = (typeof STEP_REASONS)[number];

/** "Not sure", offered where a question allows it; it never counts as a no. */
export const UNSURE = 'unsure';
/** "None of these", the exclusive choice of a multiple-choice question. */
export const NONE = 'none';

/** One answer: an option id, a list of option ids, or a number. */
export type AnswerValue = string | string[] | number;
/** Answers by question id. A missing question is unanswered. */
export type Answers = Record<string, AnswerValue>;
