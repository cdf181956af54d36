/**
 * @module Worked examples for the OpenAPI document and the docs page, computed from real calls: the
 * engine is deterministic, and each problem comes from the same builder the route throws, so an example
 * cannot drift from what the API sends. Built on first use, not at module load.
 */
import {
  type Answers,
  APP_VERSION,
  conditionCatalogue,
  localizeQuestionnaire,
  nextStep,
  QUESTIONNAIRE_VERSION,
  type TriageRequest,
  triage,
} from '../../shared/index.ts';
import { clinicsUnavailable, wrongStatsToken } from '../clinics/problems.ts';
import { onlyJson } from '../embed/problems.ts';
import { missingToken } from '../http/bearer.ts';
import { unsupportedLang } from '../http/lang.ts';
import { TRIAGE_LIMIT } from '../http/limits.ts';
import { malformedJson, tooLarge, unsupportedMediaType } from '../http/read-json.ts';
import {
  internalError,
  noEndpoint,
  ProblemError,
  type ProblemSlug,
  rateLimited,
  unknownCondition,
  wrongMethod,
} from '../problems.ts';
import type { Health, Problem } from '../schemas.ts';
import { checkTriageRequest, TRIAGE_BODY_HINT } from '../triage-request.ts';

export const API_TITLE = 'hamstring-check API';

/** A marathoner with a deep ache at the sitting bone for three months, worse sitting and stretching. */
export const SITTING_BONE_ACHE: Answers = {
  age: 45,
  running: ['long'],
  'rf-nerve': ['none'],
  'rf-now': ['none'],
  'rf-serious': ['none'],
  onset: 'gradual',
  walking: 'normal',
  since: 'months-3-plus',
  where: ['sitting-bone'],
  sides: 'one',
  feel: ['ache'],
  worse: ['sitting', 'uphill', 'speed', 'stretching'],
  'st-sitting-bone': 'yes',
  back: ['none'],
};

/** Numbness in the saddle area with a new bladder problem: the red-flag screen ends the questionnaire. */
const SADDLE_NUMBNESS: Answers = { age: 41, 'rf-nerve': ['saddle', 'bladder'] };

const request = (answers: Answers, expand?: TriageRequest['expand']): TriageRequest => ({
  questionnaireVersion: QUESTIONNAIRE_VERSION,
  lang: 'en',
  answers,
  ...(expand ? { expand } : {}),
});

/** A request with what POST /v1/triage answers it: the same call the route makes. */
const exchange = (body: TriageRequest) => {
  const { lang = 'en', answers, expand = [] } = body;
  return { request: body, result: triage({ lang, answers }, { expand }) };
};

/** The problem the triage route answers `body` with. */
function rejection(body: unknown): Problem {
  try {
    checkTriageRequest(body);
  } catch (err) {
    if (err instanceof ProblemError) return err.problem;
    throw err;
  }
  throw new Error('the example body was accepted');
}

function buildExamples() {
  const questionnaire = localizeQuestionnaire('en');
  const catalogue = conditionCatalogue('en');
  const badAnswers = { ...SITTING_BONE_ACHE, age: 7, where: ['sitting-bone', 'elbow'], colour: 'red' };
  const problems: Record<ProblemSlug, Problem> = {
    'malformed-json': malformedJson('not valid JSON', TRIAGE_BODY_HINT).problem,
    'invalid-request': rejection({
      questionnaireVersion: QUESTIONNAIRE_VERSION,
      lang: 'fr',
      answers: [],
      name: 'x',
    }),
    'invalid-answers': rejection(request(badAnswers)),
    'not-found': noEndpoint('/v1/questionaire').problem,
    'method-not-allowed': wrongMethod(['POST']).problem,
    'stale-questionnaire': rejection({ ...request(SITTING_BONE_ACHE), questionnaireVersion: '2026-01-15.1' }),
    'payload-too-large': tooLarge().problem,
    'unsupported-media-type': unsupportedMediaType('text/plain').problem,
    'rate-limited': rateLimited(TRIAGE_LIMIT).problem,
    'internal-error': internalError('6f1c2b9e-4d0a-4f8e-9a57-0c3d1e2f4a6b').problem,
    'not-implemented': onlyJson('xml').problem,
    unauthorized: missingToken('clinic stats', "the clinic's stats token").problem,
    forbidden: wrongStatsToken().problem,
    'service-unavailable': clinicsUnavailable().problem,
  };
  // The marathoner halfway: the screen and the story answered, the interview picks what comes next.
  const halfway = Object.fromEntries(Object.entries(SITTING_BONE_ACHE).slice(0, 8));
  return {
    interview: {
      halfway: {
        request: { questionnaireVersion: QUESTIONNAIRE_VERSION, answers: halfway, skipped: [] },
        step: nextStep(halfway),
      },
      settled: {
        request: { questionnaireVersion: QUESTIONNAIRE_VERSION, answers: SITTING_BONE_ACHE, skipped: [] },
        step: nextStep(SITTING_BONE_ACHE),
      },
    },
    triage: {
      sittingBoneAche: exchange(request(SITTING_BONE_ACHE)),
      saddleNumbness: exchange(request(SADDLE_NUMBNESS)),
      withSummaryAndSources: exchange(request(SITTING_BONE_ACHE, ['clinicianSummary', 'sources'])),
    },
    // Trimmed to the first questions and conditions: the full documents are one GET away.
    questionnaire: { ...questionnaire, questions: questionnaire.questions.slice(0, 4) },
    conditionList: { lang: 'en' as const, conditions: catalogue.slice(0, 2) },
    condition: catalogue.find((c) => c.id === 'proximal-tendinopathy') ?? catalogue[0],
    health: {
      status: 'ok',
      version: APP_VERSION,
      questionnaireVersion: QUESTIONNAIRE_VERSION,
    } satisfies Health,
    problems,
    unsupportedLang: unsupportedLang().problem,
    unknownCondition: unknownCondition('hamstring-cramp').problem,
    openApiOutline: {
      openapi: '3.1.0' as const,
      info: { title: API_TITLE, version: APP_VERSION },
      paths: { '/v1/health': { get: { operationId: 'getHealth' } } },
    },
  };
}

let memo: ReturnType<typeof buildExamples> | undefined;

export function apiExamples(): ReturnType<typeof buildExamples> {
  memo ??= buildExamples();
  return memo;
}
