/**
 * @module The Worker's Hono app: one sub-app per resource under /v1 (each opts into the CORS it needs
 * itself), the clinician pages of shared reports under /r, the demo booking form's endpoint
 * (/demo/booked), the embedding pages (/embed, /oembed and the demo pages' discovery links), the clinic
 * dashboards (/clinics/:id/dashboard), the old versioned script path (/v/0.1.0/, an alias of the current
 * script), and the one error format for everything that goes wrong, 404 and 405 included. The OpenAPI
 * document and the docs page are static assets built from the same schemas (worker/docs/site.ts).
 */
import { type Context, Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { methodNotAllowed } from 'hono/method-not-allowed';
import type { AppEnv } from './env.ts';
import { nosniff } from './http/headers.ts';
import { internalError, noEndpoint, ProblemError, problemResponse, wrongMethod } from './problems.ts';
import { clinicRoutes } from './routes/clinics.ts';
import { conditionRoutes } from './routes/conditions.ts';
import { dashboardRoutes } from './routes/dashboard.ts';
import { demoRoutes } from './routes/demo.ts';
import { demoPageRoutes } from './routes/demo-pages.ts';
import { embedRoutes } from './routes/embed.ts';
import { healthRoutes } from './routes/health.ts';
import { interviewRoutes } from './routes/interview.ts';
import { oembedRoutes } from './routes/oembed.ts';
import { questionnaireRoutes } from './routes/questionnaire.ts';
import { releaseAliasRoutes } from './routes/release-alias.ts';
import { reportPageRoutes } from './routes/report-page.ts';
import { reportRoutes } from './routes/reports.ts';
import { staticDocsRoutes } from './routes/static-docs.ts';
import { triageRoutes } from './routes/triage.ts';

const v1 = new Hono<AppEnv>()
  .route('/health', healthRoutes)
  .route('/questionnaire', questionnaireRoutes)
  .route('/interview', interviewRoutes)
  .route('/triage', triageRoutes)
  .route('/conditions', conditionRoutes)
  .route('/clinics', clinicRoutes)
  .route('/reports', reportRoutes);

/** The API's routes under /v1 as types: what the typed client (client.ts) is built from. */
export type Api = typeof v1;

/** Routes signal every 4xx by throwing a ProblemError (a new kind needs its type in problems.ts first). */
function onError(err: Error, c: Context<AppEnv>): Response {
  if (err instanceof ProblemError) return problemResponse(c, err);
  const id = c.get('requestId');
  // Request id only: the error message or stack could carry answers.
  console.error(`internal error, request ${id}`);
  return problemResponse(c, internalError(id));
}

/**
 * Every request gets a fresh id, chosen here and sent back in `X-Request-Id`. One a client sends is
 * ignored (unlike hono/request-id, which adopts it), so a log line never quotes an id someone picked,
 * such as another request's.
 */
const requestId = createMiddleware<AppEnv>(async (c, next) => {
  const id = crypto.randomUUID();
  c.set('requestId', id);
  c.header('X-Request-Id', id);
  await next();
});

/** A new app: the Worker exports one; tests build their own to add failing routes. */
export function createApp(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(requestId, nosniff);
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) => problemResponse(c, wrongMethod(methods)),
    }),
  );
  app.route('/', staticDocsRoutes);
  app.route('/', reportPageRoutes);
  app.route('/', demoRoutes);
  app.route('/', demoPageRoutes);
  app.route('/', embedRoutes);
  app.route('/', oembedRoutes);
  app.route('/', dashboardRoutes);
  app.route('/', releaseAliasRoutes);
  app.route('/v1', v1);
  app.notFound((c) => problemResponse(c, noEndpoint(c.req.path)));
  app.onError(onError);
  return app;
}
