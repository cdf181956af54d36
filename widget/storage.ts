/**
 * @module The answers so far in sessionStorage, keyed by questionnaire version, so a reload mid-way loses
 * nothing; cleared as soon as the result shows or the check restarts. Only this tab, only this session,
 * never a cookie. Storage may be unavailable (privacy modes): then there is no resume.
 */
import type { Answers } from '../shared/schemas/values.ts';
import type { InterviewStep } from './api.ts';

/**
 * The answers, the question on screen, the optional questions skipped; then (absent in a session saved
 * by an older script) the questions shown in order, the interview's last step and the body map's marks.
 */
export type Saved = [Answers, string, string[], string[]?, InterviewStep?, Record<string, number>?];

/** `version`: the questionnaire's, once loaded. */
const key = (version?: string) => `hamstring-check:${version}`;

export function save(version: string | undefined, saved: Saved): void {
  try {
    sessionStorage.setItem(key(version), JSON.stringify(saved));
  } catch {}
}

/** Hands what was saved for `version` to `resume`; false when nothing was, or it does not read back. */
export function restore(version: string, resume: (saved: Saved) => void): boolean {
  try {
    resume(JSON.parse(sessionStorage.getItem(key(version)) ?? '0'));
    return true;
  } catch {
    return false;
  }
}

export function clear(version?: string): void {
  try {
    sessionStorage.removeItem(key(version));
  } catch {}
}
