import type { RequestIdVariables } from 'hono/request-id';
import type { Lang } from '../shared/index.ts';

/**
 * The Hono environment of every route: the bindings from wrangler.toml, the request id, and the
 * response language where a route negotiates one (http/lang.ts).
 */
export type AppEnv = { Bindings: Env; Variables: RequestIdVariables & { language: Lang } };
