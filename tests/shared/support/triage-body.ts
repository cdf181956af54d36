/**
 * Triage requests as every test suite builds them (workerd, browser, tools, benchmarks, soak): the body
 * for POST /v1/triage and POST /v1/reports, and the request init that sends a value as JSON.
 */
import { type Answers, QUESTIONNAIRE_VERSION } from '../../../shared/index.ts';
import { SITTING_BONE_ACHE } from '../../../worker/openapi/examples.ts';

/**
 * The current questionnaire version, English, and by default the marathoner of the documented example,
 * so the tests post what the docs show; `extra` adds or overrides fields.
 */
export const triageBody = (answers: Answers = SITTING_BONE_ACHE, extra: Record<string, unknown> = {}) => ({
  questionnaireVersion: QUESTIONNAIRE_VERSION,
  lang: 'en' as const,
  answers,
  ...extra,
});

/** POST `body` as JSON. */
export const jsonPost = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
