/**
 * @module Shared reports in KV `REPORTS`: stored only when the runner presses "Share with my
 * clinician", under an unguessable code (code.ts), for 30 days (KV expires them; the stored
 * `expiresAt` is checked as well, so a report is never shown a second past its date). No identity and
 * no IP address; the delete token is kept only as a hash.
 */
import { DELETE_TOKEN_PREFIX, newToken, sha256Hex } from '../secrets.ts';
import { newReportCode } from './code.ts';
import { sharingUnavailable } from './problems.ts';
import type { NewReport, StoredReport } from './report.ts';

export const REPORT_TTL_SECONDS = 30 * 24 * 60 * 60;

export async function createReport(env: Env, report: NewReport, now = new Date()) {
  // 60 random bits: with even 30 million live reports a new code collides with one of them about once in
  // 38 billion shares (2^60 / 3e7), so no existence check (and no race) is needed.
  const code = newReportCode();
  const deleteToken = newToken(DELETE_TOKEN_PREFIX);
  const createdAt = now.toISOString();
  const expiresAt = new Date(now.getTime() + REPORT_TTL_SECONDS * 1000).toISOString();
  const stored: StoredReport = {
    ...report,
    createdAt,
    expiresAt,
    deleteTokenHash: await sha256Hex(deleteToken),
  };
  try {
    await env.REPORTS.put(code, JSON.stringify(stored), { expirationTtl: REPORT_TTL_SECONDS });
  } catch {
    throw sharingUnavailable();
  }
  return { code, deleteToken, createdAt, expiresAt };
}

/**
 * The report stored under `code` (as parseCode gives it), or null. Never stored, expired and deleted all
 * end in the same null on the same path, so a caller cannot tell them apart. Callers that take a code
 * from a client go through lookup.ts, which limits guessing.
 */
export async function readReport(env: Env, code: string, now = new Date()): Promise<StoredReport | null> {
  let report: StoredReport | null;
  try {
    report = await env.REPORTS.get<StoredReport>(code, 'json');
  } catch {
    throw sharingUnavailable();
  }
  return report && Date.parse(report.expiresAt) > now.getTime() ? report : null;
}

export async function deleteReport(env: Env, code: string): Promise<void> {
  try {
    await env.REPORTS.delete(code);
  } catch {
    throw sharingUnavailable();
  }
}
