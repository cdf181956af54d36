/**
 * @module The typed client for TypeScript callers of the HTTP API: Hono's `hc` over the API's own routes
 * (`Api`, worker/app.ts), so paths, query parameters, bodies and results are typed by the code that
 * serves them. It returns the `Response`: a failure is a problem document (`application/problem+json`,
 * worker/schemas.ts `Problem`) with the status.
 *
 * @example
 * ```ts
 * const api = apiClient('https://hamstring-check.example');
 * const questionnaire = await (await api.questionnaire.$get({ query: { lang: 'es' } })).json();
 * const res = await api.triage.$post({ json: { questionnaireVersion: questionnaire.version, lang: 'es', answers } });
 * if (res.status === 409) // the questionnaire changed: fetch it again
 * const result = await res.json();
 * ```
 */
import { type ClientRequestOptions, hc } from 'hono/client';
import type { Api } from './app.ts';

export type { Api };

/** A client for the API of the service at `origin` (its `/v1/`). */
export const apiClient = (origin: string, options?: ClientRequestOptions) =>
  hc<Api>(`${origin.replace(/\/+$/, '')}/v1`, options);
