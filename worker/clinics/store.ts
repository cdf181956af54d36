/**
 * @module Clinic profiles as the Worker reads them from KV `CLINICS` (key: the clinic id; written by
 * worker/scripts/clinic.ts). A failing binding or a profile that does not pass the schema surfaces as
 * one 503 problem, so each route decides at its boundary whether that matters (branding, stats) or not
 * (counting, sharing).
 */
import { clinicsUnavailable, unknownClinic } from './problems.ts';
import { CLINIC_ID_PATTERN, type ClinicProfile, ClinicProfileSchema } from './profile.ts';

/** Edge-cached reads: a profile change reaches every location within about a minute. */
const CACHE_TTL_SECONDS = 60;

/** The stored profile, or null for an id that has none (malformed ids never reach KV). */
export async function findClinic(env: Env, id: string): Promise<ClinicProfile | null> {
  if (!CLINIC_ID_PATTERN.test(id)) return null;
  let raw: unknown;
  try {
    raw = await env.CLINICS.get(id, { type: 'json', cacheTtl: CACHE_TTL_SECONDS });
  } catch {
    throw clinicsUnavailable();
  }
  if (raw === null) return null;
  const parsed = ClinicProfileSchema.safeParse(raw);
  if (parsed.success && parsed.data.id === id) return parsed.data;
  // An operator's mistake (a profile edited by hand): say which, never what it holds.
  console.error(`clinic profile ${id} does not pass the profile schema`);
  throw clinicsUnavailable();
}

export async function requireClinic(env: Env, id: string): Promise<ClinicProfile> {
  const clinic = await findClinic(env, id);
  if (!clinic) throw unknownClinic(id);
  return clinic;
}
