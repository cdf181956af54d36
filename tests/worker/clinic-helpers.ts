/**
 * Clinic fixtures for the workerd tests: a profile stored the way the CLI stores it, requests that wait
 * for the work a route leaves to `waitUntil` (the counting), and bindings that fail on purpose.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { createApp } from '../../worker/app.ts';
import { demoClinic } from '../../worker/clinics/demo.ts';
import { buildProfile, type ClinicInput } from '../../worker/clinics/input.ts';
import { type ClinicProfile, countsKey } from '../../worker/clinics/profile.ts';
import { newToken, STATS_TOKEN_PREFIX, sha256Hex } from '../../worker/secrets.ts';
import { BASE, jsonPost, triageBody } from './helpers.ts';

export const CLINIC_SITE = 'https://www.riverside-physio.example';
export const OTHER_SITE = 'https://copycat.example';

/** Stores a clinic as `npm run clinic -- add` does, and returns it with its stats token. */
export async function putClinic(
  overrides: Partial<ClinicInput> = {},
): Promise<{ clinic: ClinicProfile; token: string }> {
  const token = newToken(STATS_TOKEN_PREFIX);
  const now = new Date().toISOString();
  // Unlike the demo clinic, one that books on a page of its own and asks for the share code on the link.
  const input = { ...demoClinic(CLINIC_SITE), bookingUrl: `${CLINIC_SITE}/demo/clinic`, shareParam: 'hc' };
  const clinic = buildProfile({ ...input, ...overrides }, await sha256Hex(token), {
    createdAt: now,
    updatedAt: now,
  });
  await env.CLINICS.put(clinic.id, JSON.stringify(clinic));
  return { clinic, token };
}

/** A request to a fresh app that resolves once everything the route left to `waitUntil` has settled. */
export async function settled(path: string, init: RequestInit = {}, bindings: Env = env): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await createApp().fetch(new Request(`${BASE}${path}`, init), bindings, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

/** POST /v1/triage?clinic=… from `origin` (none: like curl), waiting for the count. */
export const triageFor = (clinic: string, origin?: string, answers = triageBody().answers) =>
  settled(`/v1/triage?clinic=${clinic}`, jsonPost(triageBody(answers), origin ? { Origin: origin } : {}));

/** The counter rows of a clinic as `metric → count`, for one UTC day. */
export async function countersOn(clinic: ClinicProfile, day: string): Promise<Record<string, number>> {
  const { results } = await env.DB.prepare(
    'SELECT metric, count FROM clinic_daily_counts WHERE clinic = ? AND day = ?',
  )
    .bind(countsKey(clinic), day)
    .all<{ metric: string; count: number }>();
  return Object.fromEntries(results.map((r) => [r.metric, r.count]));
}

export const today = () => new Date().toISOString().slice(0, 10);

const fail = () => {
  throw new Error('binding down');
};
const reject = () => Promise.reject(new Error('binding down'));

/** A KV namespace whose every call fails, as when the binding is unavailable. */
export const brokenKv = {
  get: reject,
  put: reject,
  delete: reject,
  list: reject,
  getWithMetadata: reject,
} as unknown as KVNamespace;

/** A D1 database whose every call fails. */
export const brokenD1 = { prepare: fail, batch: reject, exec: reject } as unknown as D1Database;

/** The bindings with some replaced (a stubbed failure), everything else real. */
export const withBindings = (replaced: Partial<Env>): Env => ({ ...env, ...replaced });
