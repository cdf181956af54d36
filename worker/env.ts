import type { RequestIdVariables } from 'hono/request-id';

/** The Hono environment of every route: the bindings from wrangler.toml and the request id. */
export type AppEnv = { Bindings: Env; Variables: RequestIdVariables };
