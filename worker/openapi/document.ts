/**
 * @module The OpenAPI 3.1 document, built from the same zod schemas that validate requests and describe
 * results, with zod 4's own `z.toJSONSchema()` (an OpenAPI library would triple the Worker's size; see
 * docs/toolchain.md). Built at build time into the static assets (worker/docs/site.ts).
 */
import * as z from 'zod';
import { APP_VERSION, QUESTIONNAIRE_VERSION } from '../../shared/index.ts';
// Loads every shared schema, and with it the component id each registers.
import '../../shared/schemas/index.ts';
import { PROBLEM_SLUGS } from '../problems.ts';
import '../reports/request.ts';
import '../schemas.ts';
import { CLINIC_PARAMETERS, SECURITY_SCHEMES } from './clinic-operations.ts';
import { API_TITLE, apiExamples } from './examples.ts';
import { PARAMETERS, paths } from './operations.ts';
import { HEADERS, type Json, problemComponent } from './responses.ts';

/**
 * Every schema with a zod `id` becomes a component. Responses are described as the API sends them
 * (output); the request as a caller may write it (input: `lang` has a default, so it is optional).
 */
function schemaComponents(): Record<string, Json> {
  const convert = (io: 'input' | 'output') =>
    z.toJSONSchema(z.globalRegistry, { io, uri: (id) => `#/components/schemas/${id}` }).schemas;
  const input = convert('input');
  const schemas: Record<string, Json> = {
    ...convert('output'),
    TriageRequest: input.TriageRequest ?? {},
    ReportRequest: input.ReportRequest ?? {},
  };
  // `$id` and `$schema` are per-file keywords; inside one OpenAPI document they would only mislead.
  return Object.fromEntries(
    Object.entries(schemas).map(([name, { $id: _id, $schema: _schema, ...schema }]) => [name, schema]),
  );
}

function buildDocument(): Json {
  const ex = apiExamples();
  return {
    openapi: '3.1.0',
    info: {
      title: API_TITLE,
      version: APP_VERSION,
      summary: 'Triage for runners with pain at the back of the thigh.',
      description: `What it most likely is, whether to stretch, how urgent, what to do first. Fetch the questionnaire, ask its questions, post the answers to /v1/triage. Clinics embed the widget with their profile (/v1/clinics/{id}), receive shared reports as printable clinician pages (/v1/reports, /r/{code}) and read their usage counts (/v1/clinics/{id}/stats). The current questionnaire is ${QUESTIONNAIRE_VERSION}. Every error is application/problem+json (RFC 9457); its \`type\` links to the problem's section of /docs. Not a diagnosis.`,
    },
    servers: [{ url: '/' }],
    paths: paths(),
    components: {
      schemas: schemaComponents(),
      parameters: { ...PARAMETERS, ...CLINIC_PARAMETERS },
      securitySchemes: SECURITY_SCHEMES,
      headers: HEADERS,
      responses: {
        'not-modified': { description: 'Not modified: the ETag in If-None-Match is current; no body.' },
        ...Object.fromEntries(PROBLEM_SLUGS.map((slug) => [slug, problemComponent(slug, ex.problems[slug])])),
      },
    },
  };
}

let memo: Json | undefined;

export function openApiDocument(): Json {
  memo ??= buildDocument();
  return memo;
}
