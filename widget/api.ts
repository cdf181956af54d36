/**
 * @module The API calls the widget makes, with every failure turned into one of a few codes the
 * interface can explain. No cookies are sent (`credentials: 'omit'`), and nothing is retried on its own:
 * the runner decides, with every answer kept.
 */

import type { Questionnaire } from '../shared/schemas/questionnaire.ts';
import type { TriageResult } from '../shared/schemas/triage.ts';
import type { Answers } from '../shared/schemas/values.ts';
import type { Lang } from './strings.ts';

/** What went wrong, as the `hamstring-check:error` event reports it; `server` also covers a 400 we caused. */
export type ErrorCode = 'offline' | 'timeout' | 'rate-limited' | 'server' | 'bad-response' | 'stale';

/** Thrown (as a plain object: no stack to build) by every call. */
export interface ApiError {
  code: ErrorCode;
  /** Seconds to wait, from `Retry-After` on a 429. */
  wait?: number;
}

/** A clinic's public profile (`GET /v1/clinics/{id}`; README, "Clinics"). */
export interface Profile {
  id: string;
  name: string;
  bookingUrl: string;
  phone: string;
  tel: string;
  accent: string;
  logoUrl?: string;
  callToAction: Record<TriageResult['urgency']['level'], string>;
}

/** A shared report (`POST /v1/reports`): the delete token lives only in memory, never in storage. */
export interface Report {
  code: string;
  href: string;
  deleteToken: string;
  expiresAt: string;
  bookingUrl?: string;
}

const fail = (code: ErrorCode, wait?: number): never => {
  throw { code, wait } satisfies ApiError;
};

/** Longer than any triage should take on a slow phone network, short enough not to leave the runner hanging. */
const TIMEOUT = 20_000;

/** `check`: a key any real answer has (a 204 has no body to check). */
async function call<T>(url: string, check: string, init?: RequestInit): Promise<T> {
  let res: Response;
  let body: T | undefined;
  try {
    res = await fetch(url, { ...init, credentials: 'omit', signal: AbortSignal.timeout(TIMEOUT) });
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
export const getQuestionnaire = (base: string, lang: Lang) =>
  call<Questionnaire>(endpoint(base, `questionnaire?lang=${lang}`), 'questions', { cache: 'no-cache' });

/** `clinic` (a profile's id, so URL-safe) counts the completion for that clinic: once per run, the caller decides. */
export const postTriage = (
  base: string,
  questionnaireVersion: string,
  lang: Lang,
  answers: Answers,
  clinic?: string,
) =>
  call<TriageResult>(
    endpoint(base, `triage${clinic ? `?clinic=${clinic}` : ''}`),
    'urgency',
    post({ questionnaireVersion, lang, answers }),
  );

/** A plain GET with no custom header, so the browser sends no preflight. */
export const getProfile = (base: string, id: string) =>
  call<Profile>(endpoint(base, `clinics/${encodeURIComponent(id)}`), 'callToAction');

export const postReport = (base: string, body: object) =>
  call<Report>(endpoint(base, 'reports'), 'deleteToken', post(body));

export const deleteReport = (base: string, { code, deleteToken }: Report) =>
  call<void>(endpoint(base, `reports/${code}`), '', {
    method: 'DELETE',
    headers: { Authorization: `Bearer ${deleteToken}` },
  });
