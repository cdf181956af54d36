import * as z from 'zod';

/** "Not sure", offered where a question allows it; it never counts as a no. */
export const UNSURE = 'unsure';
/** "None of these", the exclusive choice of a multiple-choice question. */
export const NONE = 'none';

/**
 * One answer: an option id (single choice, yes / no / not sure), a list of option ids (multiple choice,
 * body-map regions) or a number (age). Which shape a question takes is checked against the questionnaire
 * by questionnaire/validate.ts; this schema only bounds the size.
 */
export const AnswerValueSchema = z.union([
  z.string().min(1).max(64),
  z.array(z.string().min(1).max(64)).min(1).max(20),
  z.number().finite(),
]);
export type AnswerValue = z.infer<typeof AnswerValueSchema>;

/** Answers by question id. A missing question is unanswered. */
export const AnswersSchema = z.record(z.string().min(1).max(64), AnswerValueSchema);
export type Answers = Record<string, AnswerValue>;
