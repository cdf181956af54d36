/**
 * The clinic a stats token opens: the stats API and the dashboard's panels both ask for it. An unknown
 * clinic is refused like a wrong token, after the same hashing work, so neither reveals clinic ids.
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import { bearer } from '../http/bearer.ts';
import { tokenMatches } from '../http/token-match.ts';
import { wrongStatsToken } from './problems.ts';
import type { ClinicProfile } from './profile.ts';
import { findClinic } from './store.ts';

type StatsEnv = AppEnv & { Variables: { clinic: ClinicProfile } };

const statsToken = bearer<StatsEnv>('clinic stats', "the clinic's stats token", async (token, c) => {
  const clinic = await findClinic(c.env, c.req.param('id') ?? '');
  if (!(await tokenMatches(token, clinic?.statsTokenHash)) || !clinic) throw wrongStatsToken();
  c.set('clinic', clinic);
});

/** For routes with `:id`: the clinic whose stats token was sent, as `c.var.clinic`. */
export const statsTokenAuth = createMiddleware<StatsEnv>((c, next) => statsToken(c, next));
