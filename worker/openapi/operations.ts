/**
 * @module The paths of the OpenAPI document: every endpoint, its parameters, and every response it can
 * send, each with a worked example.
 */
import { LANGS } from '../../shared/index.ts';
import { INTERVIEW_LIMIT, KEYED_TRIAGE_LIMIT, rateOf, TRIAGE_LIMIT } from '../http/limits.ts';
import { MAX_BODY_BYTES } from '../http/read-json.ts';
import { badApiKey, keyFromBrowser, keysUnavailable } from '../keys/problems.ts';
import { clinicPaths } from './clinic-operations.ts';
import { apiExamples } from './examples.ts';
import {
  ANSWER_BODY_PROBLEMS,
  CACHED_HEADERS,
  examplesOf,
  type Json,
  jsonContent,
  NO_STORE_HEADERS,
  problemResponses,
} from './responses.ts';

export const PARAMETERS = {
  lang: {
    name: 'lang',
    in: 'query',
    description: 'Language of the texts. Without it, the best match of Accept-Language, else English.',
    schema: { type: 'string', enum: [...LANGS] },
  },
  'Accept-Language': {
    name: 'Accept-Language',
    in: 'header',
    description: 'Used when `lang` is absent, e.g. `es-MX,es;q=0.9` selects Spanish.',
    schema: { type: 'string' },
  },
  'If-None-Match': {
    name: 'If-None-Match',
    in: 'header',
    description: 'The ETag you hold; the answer is 304 with no body while it is current.',
    schema: { type: 'string' },
  },
  conditionId: {
    name: 'id',
    in: 'path',
    required: true,
    description: 'A condition id, as in `GET /v1/conditions`.',
    schema: { type: 'string' },
  },
};

const param = (name: keyof typeof PARAMETERS) => ({ $ref: `#/components/parameters/${name}` });
const notModified = { $ref: '#/components/responses/not-modified' };

export function paths(): Json {
  const ex = apiExamples();
  const cachedGet = (
    summary: string,
    description: string,
    schema: string,
    example: unknown,
    extra: Json = {},
  ) => ({
    summary,
    description,
    parameters: [param('lang'), param('Accept-Language'), param('If-None-Match')],
    responses: {
      200: {
        description: summary,
        headers: CACHED_HEADERS,
        ...jsonContent(schema, examplesOf({ en: { summary: 'In English', value: example } })),
      },
      304: notModified,
      ...problemResponses(['invalid-request', 'internal-error'], ex.problems, {
        'invalid-request': ex.unsupportedLang,
      }),
      ...extra,
    },
  });
  const triageExamples = (pick: 'request' | 'result') =>
    examplesOf({
      sittingBoneAche: {
        summary: 'Three months of deep ache at the sitting bone, worse sitting and stretching',
        value: ex.triage.sittingBoneAche[pick],
      },
      saddleNumbness: {
        summary: 'A red flag (saddle numbness, bladder change) ends the questionnaire early',
        value: ex.triage.saddleNumbness[pick],
      },
      withSummaryAndSources: {
        summary:
          'The same ache, with the clinician summary and the sources (`expand: ["clinicianSummary", "sources"]`)',
        value: ex.triage.withSummaryAndSources[pick],
      },
    });

  return {
    '/v1/questionnaire': {
      get: {
        operationId: 'getQuestionnaire',
        ...cachedGet(
          'The questionnaire',
          'Every question with its options, when it is asked (`showIf`), the red flags that end it early and when self-tests are withheld, in one language. Send `version` back as `questionnaireVersion` with the answers.',
          'Questionnaire',
          ex.questionnaire,
        ),
      },
    },
    '/v1/interview/next': {
      post: {
        operationId: 'nextInterviewStep',
        summary: 'The next question to ask',
        description: `The interview: the answers so far in, the next step out. The red-flag screen comes first and in full, then any question a red flag or a caution waits on, then the question whose answer could change the urgency or the stretch verdict, then the most likely cause. \`settled\` turns true once no single remaining answer could change those three: offer the result (POST /v1/triage with the same answers, minus any the step calls \`stale\`). The questionnaire's \`start\` is the first step. Stateless and deterministic. Checks as for the triage, except that answers the flow no longer asks are accepted and named in \`stale\`. Limited to ${rateOf(INTERVIEW_LIMIT, 'requests')} per IP address (429), or per API key as for the triage. Never cached, never logged.`,
        security: [{}, { apiKey: [] }],
        requestBody: {
          required: true,
          ...jsonContent(
            'InterviewRequest',
            examplesOf({
              halfway: { summary: 'Halfway through', value: ex.interview.halfway.request },
              settled: { summary: 'Enough to answer', value: ex.interview.settled.request },
            }),
          ),
        },
        responses: {
          200: {
            description: 'The next step',
            headers: NO_STORE_HEADERS,
            ...jsonContent(
              'InterviewStep',
              examplesOf({
                halfway: { summary: 'The next question, and why', value: ex.interview.halfway.step },
                settled: { summary: 'Settled: offer the result', value: ex.interview.settled.step },
              }),
            ),
          },
          ...problemResponses(
            [...ANSWER_BODY_PROBLEMS, 'unauthorized', 'forbidden', 'internal-error', 'service-unavailable'],
            ex.problems,
            {
              unauthorized: badApiKey().problem,
              forbidden: keyFromBrowser().problem,
              'service-unavailable': keysUnavailable().problem,
            },
          ),
        },
      },
    },
    '/v1/triage': {
      post: {
        operationId: 'triage',
        summary: 'Triage a set of answers',
        description: `Evaluates the answers: urgency with its reasons, whether to stretch, the most likely conditions with the evidence for and against, contributing factors, a first plan, the safety net, a disclaimer and the sources. By default the result carries what a runner reads: the red flags screened negative are ids (\`clearedFlags\`), \`conditions\` holds the three most likely, and there is no clinician summary and no \`sources\`. Name the parts you want in full in \`expand\`: \`clinicianSummary\`, \`redFlags\` (every flag with its texts), \`conditions\` (every condition ranked), \`sources\` (the citations the result rests on; plan items name theirs by id either way); all four give everything. Responses are JSON of about 7 KB (3 KB gzip) by default and up to about 47 KB (12 KB gzip) with everything; Cloudflare compresses them for clients that send \`Accept-Encoding\`. Checks run in this order: media type (415), size up to ${MAX_BODY_BYTES} bytes (413), JSON (400 malformed-json), request shape (400 invalid-request), questionnaire version (409), answers against the questionnaire (400 invalid-answers). Deterministic: the same request gives the same result. A clinic's widget adds \`?clinic=<id>\` so the completion is counted for it (urgency level and first-ranked condition only; never the answers). Limited to ${rateOf(TRIAGE_LIMIT, 'requests')} per IP address (429). A server may send an API key (\`Authorization: Bearer hck_…\`, made by the clinic CLI) to be limited per key instead, at ${rateOf(KEYED_TRIAGE_LIMIT)}: an invalid or revoked key is a 401, a key from a web page (with \`Origin\` or \`Sec-Fetch-Site\`) a 403 (see the API keys guide above). Never cached, never logged.`,
        parameters: [{ $ref: '#/components/parameters/clinicQuery' }],
        // Optional: no key is public use.
        security: [{}, { apiKey: [] }],
        requestBody: { required: true, ...jsonContent('TriageRequest', triageExamples('request')) },
        responses: {
          200: {
            description: 'The triage result',
            headers: NO_STORE_HEADERS,
            ...jsonContent('TriageResult', triageExamples('result')),
          },
          ...problemResponses(
            [...ANSWER_BODY_PROBLEMS, 'unauthorized', 'forbidden', 'internal-error', 'service-unavailable'],
            ex.problems,
            {
              unauthorized: badApiKey().problem,
              forbidden: keyFromBrowser().problem,
              'service-unavailable': keysUnavailable().problem,
            },
          ),
        },
      },
    },
    '/v1/conditions': {
      get: {
        operationId: 'listConditions',
        ...cachedGet(
          'The condition catalogue',
          'Every condition the triage can rank, in plain language: what it is, its typical signs, whether stretching helps, its usual urgency and the sources.',
          'ConditionList',
          ex.conditionList,
        ),
      },
    },
    '/v1/conditions/{id}': {
      get: {
        operationId: 'getCondition',
        ...cachedGet(
          'One condition',
          'One entry of the condition catalogue.',
          'ConditionInfo',
          ex.condition,
          {
            ...problemResponses(['not-found'], ex.problems, { 'not-found': ex.unknownCondition }),
          },
        ),
        parameters: [param('conditionId'), param('lang'), param('Accept-Language'), param('If-None-Match')],
      },
    },
    '/v1/health': {
      get: {
        operationId: 'getHealth',
        summary: 'Health',
        description: 'Whether the API answers, its release and the current questionnaire version.',
        responses: {
          200: {
            description: 'Up',
            ...jsonContent('Health', examplesOf({ ok: { summary: 'Up', value: ex.health } })),
          },
          ...problemResponses(['internal-error'], ex.problems),
        },
      },
    },
    '/v1/openapi.json': {
      get: {
        operationId: 'getOpenApi',
        summary: 'This OpenAPI document',
        description:
          'OpenAPI 3.1, generated from the same zod schemas that validate requests. Cacheable like the questionnaire.',
        responses: {
          200: {
            description: 'The document',
            ...jsonContent(
              'OpenApiDocument',
              examplesOf({ outline: { summary: 'Its outline', value: ex.openApiOutline } }),
            ),
          },
          304: notModified,
          ...problemResponses(['internal-error'], ex.problems),
        },
      },
    },
    ...clinicPaths(),
  };
}
