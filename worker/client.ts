/**
 * @module A small typed client for TypeScript callers of the HTTP API. It depends on nothing at run
 * time (types only from shared/), so it runs wherever `fetch` does. The widget does not use it.
 *
 * @example
 * ```ts
 * const api = createClient('https://hamstring-check.example');
 * const questionnaire = await api.questionnaire('es');
 * try {
 *   const result = await api.triage({ questionnaireVersion: questionnaire.version, lang: 'es', answers });
 * } catch (err) {
 *   if (err instanceof ApiError && err.problem.status === 409) // fetch the questionnaire again
 * }
 * ```
 */
import type { ConditionInfo, Lang, Questionnaire, TriageRequest, TriageResult } from '../shared/index.ts';
import type { ConditionList, Health, Problem } from './schemas.ts';

export type {
  ConditionInfo,
  ConditionList,
  Health,
  Lang,
  Problem,
  Questionnaire,
  TriageRequest,
  TriageResult,
};

/** A problem response (RFC 9457) from the API, or one made up for a response that was not one. */
export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(`${problem.status} ${problem.title}: ${problem.detail}`);
    this.name = 'ApiError';
    this.problem = problem;
  }
}

export interface Client {
  questionnaire(lang?: Lang): Promise<Questionnaire>;
  triage(request: TriageRequest): Promise<TriageResult>;
  conditions(lang?: Lang): Promise<ConditionList>;
  condition(id: string, lang?: Lang): Promise<ConditionInfo>;
  health(): Promise<Health>;
}

async function failure(res: Response): Promise<ApiError> {
  if (res.headers.get('content-type')?.startsWith('application/problem+json')) {
    return new ApiError((await res.json()) as Problem);
  }
  // A proxy or gateway in between may answer with something else.
  return new ApiError({
    type: 'about:blank',
    title: res.statusText || 'HTTP error',
    status: res.status,
    detail: `The server answered ${res.status} without a problem document.`,
  });
}

export function createClient(baseUrl: string, fetchImpl: typeof fetch = fetch): Client {
  const base = baseUrl.replace(/\/+$/, '');
  async function call<T>(path: string, init?: RequestInit): Promise<T> {
    const res = await fetchImpl(`${base}${path}`, init);
    if (!res.ok) throw await failure(res);
    return (await res.json()) as T;
  }
  const withLang = (path: string, lang?: Lang) => (lang ? `${path}?lang=${lang}` : path);
  return {
    questionnaire: (lang) => call(withLang('/v1/questionnaire', lang)),
    triage: (request) =>
      call('/v1/triage', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(request),
      }),
    conditions: (lang) => call(withLang('/v1/conditions', lang)),
    condition: (id, lang) => call(withLang(`/v1/conditions/${encodeURIComponent(id)}`, lang)),
    health: () => call('/v1/health'),
  };
}
