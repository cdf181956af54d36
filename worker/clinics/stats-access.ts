/**
 * The clinic a stats token opens: the stats API and the dashboard's panels both ask for it. An unknown
 * clinic is refused like a wrong token, after the same hashing work, so neither reveals clinic ids.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';
import { bearerToken } from '../http/bearer.ts';
import { tokenMatches } from '../http/token-match.ts';
import { wrongStatsToken } from './problems.ts';
import type { ClinicProfile } from './profile.ts';
import { findClinic } from './store.ts';

export async function clinicOfStatsToken(c: Context<AppEnv>, id: string): Promise<ClinicProfile> {
  const token = bearerToken(c, 'clinic stats', "the clinic's stats token");
  const clinic = await findClinic(c.env, id);
  if (!(await tokenMatches(token, clinic?.statsTokenHash)) || !clinic) throw wrongStatsToken();
  return clinic;
}
