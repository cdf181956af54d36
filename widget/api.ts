/**
 * @module The API calls the widget makes, typed by the wire contract in shared/schemas, with every
 * failure turned into one of a few codes the interface can explain. No cookies are sent
 * (`credentials: 'omit'`), and nothing is retried on its own: the runner decides, with every answer kept.
 */

import type { z } from 'zod';
import type { ClinicProfile, ReportCreated } from '../shared/schemas/clinic.ts';
import type { InterviewStepSchema } from '../shared/schemas/interview.ts';
import type { Questionnaire } from '../shared/schemas/questionnaire.ts';
import type { InterviewRequest, TriageRequest } from '../shared/schemas/request.ts';
import type { TriageResult } from '../shared/schemas/triage.ts';
import type { Lang } from '../shared/schemas/values.ts';

/** The interview's step, as the wire carries it (question ids as plain strings). */
export type InterviewStep = z.infer<typeof InterviewStepSchema>;

/** What went wrong, as the `hamstring-check:error` event reports it; `server` also covers a 400 we caused. */
export type ErrorCode = 'offline' | 'timeout' | 'rate-limited' | 'server' | 'bad-response' | 'stale';

/** Thrown (as a plain object: no stack to build) by every call. */
export interface ApiError {
  code: ErrorCode;
  /** Seconds to wait, from `Retry-After` on a 429. */
  wait?: number;
}

const fail = (code: ErrorCode, wait?: number): never => {
  throw { code, wait } satisfies ApiError;
};

/** Longer than any triage should take on a slow phone network, short enough not to leave the runner hanging. */
const TIMEOUT = 20_000;

/**
 * `check`: a key any real answer has (a 204 has no body to check). `signal` aborts the call (the element
 * left the page, a form reset, a newer load), where the browser can join it to the timeout
 * (`AbortSignal.any`: Safari 17.4, Firefox 124); before that the call runs on, and its caller ignores how
 * it ends.
 */
async function call<T>(url: string, check: string, signal: AbortSignal, init?: RequestInit): Promise<T> {
  const timeout = AbortSignal.timeout(TIMEOUT);
  let res: Response;
  let body: T | undefined;
  try {
    res = await fetch(url, {
      ...init,
      credentials: 'omit',
      signal: AbortSignal.any?.([signal, timeout]) ?? timeout,
    });
    if (res.status !== 204) body = await res.json();
  } catch (err) {
    // fetch rejects with TypeError offline and TimeoutError on the timeout; json() with SyntaxError.
    const name = (err as Error).name;
    return fail(name === 'SyntaxError' ? 'bad-response' : name === 'TimeoutError' ? 'timeout' : 'offline');
  }
  if (res.status === 409) fail('stale');
  if (res.status === 429) fail('rate-limited', Number(res.headers.get('Retry-After')) || 60);
  if (!res.ok) fail('server');
  // A 200 that is not what we asked for (a captive portal, a proxy's page) is a bad response too.
  if (check && !(check in Object(body))) fail('bad-response');
  return body as T;
}

export const endpoint = (base: string, path: string) => base.replace(/\/?$/, '/') + path;

const post = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

/**
 * Always revalidated (`no-cache`: a 304 on its ETag when unchanged), so a copy cached before a new version
 * is never used, and a 409 is met with the current questionnaire.
 */
export const getQuestionnaire = (base: string, lang: Lang, signal: AbortSignal) =>
  call<Questionnaire>(endpoint(base, `questionnaire?lang=${lang}`), 'questions', signal, {
    cache: 'no-cache',
  });

/** The interview's next step for the answers so far (docs/interview.md). */
export const postInterview = (base: string, body: InterviewRequest, signal: AbortSignal) =>
  call<InterviewStep>(endpoint(base, 'interview/next'), 'settled', signal, post(body));

/**
 * `clinic` (a profile's id, so URL-safe) counts the completion for that clinic: once per run, the caller
 * decides. `expand: ["clinicianSummary"]` asks for the clinician summary, which a result may leave out.
 */
export const postTriage = (
  base: string,
  body: TriageRequest & { expand?: string[] },
  clinic: string | undefined,
  signal: AbortSignal,
) =>
  call<TriageResult>(
    endpoint(base, `triage${clinic ? `?clinic=${clinic}` : ''}`),
    'urgency',
    signal,
    post(body),
  );

/** A plain GET with no custom header, so the browser sends no preflight. */
export const getProfile = (base: string, id: string, signal: AbortSignal) =>
  call<ClinicProfile>(endpoint(base, `clinics/${encodeURIComponent(id)}`), 'callToAction', signal);

/** A triage request plus the clinic it is shared with (`POST /v1/reports`). */
export const postReport = (base: string, body: TriageRequest & { clinic?: string }, signal: AbortSignal) =>
  call<ReportCreated>(endpoint(base, 'reports'), 'deleteToken', signal, post(body));

/** The delete token lives only in memory, never in storage. */
export const deleteReport = (base: string, { code, deleteToken }: ReportCreated, signal: AbortSignal) =>
  call<void>(endpoint(base, `reports/${code}`), '', signal, {
    method: 'DELETE',
    headers: { Authorization: `Bearer ${deleteToken}` },
  });

/** Counts a press on the clinic's booking link; a beacon, so it survives the page navigating away. */
export const countClick = (base: string, clinic: string) =>
  navigator.sendBeacon(endpoint(base, `clinics/${clinic}/clicks`));
