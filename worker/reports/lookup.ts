/**
 * @module Opening a shared report from a code a client sent, the one way its page and its deletion
 * do: a budget of lookups per client IP, and, for everyone together, a ceiling on lookups of codes
 * that do not exist, past which lookups pause (SECURITY.md, "Guessing a report code" has the numbers).
 */
import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';
import { FAILED_LOOKUP_LIMIT, LOOKUP_LIMIT } from '../http/limits.ts';
import { clientIp, spend, withinLimit } from '../http/rate-limit.ts';
import { parseCode } from './code.ts';
import { lookupsPaused } from './problems.ts';
import type { StoredReport } from './report.ts';
import { readReport } from './store.ts';

/**
 * Until when this isolate refuses lookups, the ceiling having been crossed. The binding only counts
 * (it cannot be asked without spending), so each isolate learns of it from its own next failed lookup,
 * and the pause must be remembered here: otherwise a guess that hits would still be served.
 */
let pausedUntil = 0;

export interface Lookup {
  /** The stored form of the code, or the raw text when it cannot be a code. */
  code: string;
  report: StoredReport | null;
}

/** The report a client asks for by `raw` code; throws the 429 when it is asking too often, or guessing. */
export async function lookUpReport(c: Context<AppEnv>, raw: string): Promise<Lookup> {
  await spend(c, LOOKUP_LIMIT, clientIp(c));
  if (Date.now() < pausedUntil) throw lookupsPaused();
  const code = parseCode(raw);
  // Not a code at all: nothing to look up, and no guess that could hit, so it costs the ceiling nothing.
  if (!code) return { code: raw, report: null };
  const report = await readReport(c.env, code);
  if (!report && !(await withinLimit(c, FAILED_LOOKUP_LIMIT, 'all'))) {
    pausedUntil = Date.now() + FAILED_LOOKUP_LIMIT.period * 1000;
  }
  return { code, report };
}
