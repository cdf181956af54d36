import { describe, expect, it } from 'vitest';
import { triage } from '../../shared/index.ts';
import {
  ConditionInfoSchema,
  InterviewRequestSchema,
  InterviewStepSchema,
  QuestionnaireSchema,
  TriageRequestSchema,
  TriageResultSchema,
} from '../../shared/schemas/index.ts';
import { createApp } from '../../worker/app.ts';
import { PROBLEM_SLUGS } from '../../worker/problems.ts';
import { ReportRequestSchema } from '../../worker/reports/request.ts';
import {
  ClinicianPageSchema,
  ClinicLogoSchema,
  ClinicStatsSchema,
  ConditionListSchema,
  HealthSchema,
  OpenApiDocumentSchema,
  ProblemSchema,
  PublicClinicProfileSchema,
  ReportCreatedSchema,
} from '../../worker/schemas.ts';
import { siteFile } from './helpers.ts';

// biome-ignore lint/suspicious/noExplicitAny: the test walks an arbitrary JSON document
type Json = Record<string, any>;

/** The zod schema (classic or mini) each component name stands for: what the examples must satisfy. */
const ZOD: Record<string, { safeParse(value: unknown): { success: boolean; error?: { message: string } } }> =
  {
    Questionnaire: QuestionnaireSchema,
    TriageRequest: TriageRequestSchema,
    TriageResult: TriageResultSchema,
    InterviewRequest: InterviewRequestSchema,
    InterviewStep: InterviewStepSchema,
    ConditionList: ConditionListSchema,
    ConditionInfo: ConditionInfoSchema,
    Health: HealthSchema,
    Problem: ProblemSchema,
    OpenApiDocument: OpenApiDocumentSchema,
    ClinicProfile: PublicClinicProfileSchema,
    ReportRequest: ReportRequestSchema,
    ReportCreated: ReportCreatedSchema,
    ClinicStats: ClinicStatsSchema,
    ClinicianPage: ClinicianPageSchema,
    ClinicLogo: ClinicLogoSchema,
  };

const doc: Json = await siteFile('/v1/openapi.json').json();

/** Every media type object in the document, with where it sits. */
function mediaTypes(): { where: string; media: Json }[] {
  const found: { where: string; media: Json }[] = [];
  const collect = (where: string, holder: Json | undefined) => {
    for (const [type, media] of Object.entries<Json>(holder?.content ?? {}))
      found.push({ where: `${where} ${type}`, media });
  };
  for (const [path, item] of Object.entries<Json>(doc.paths)) {
    for (const [method, op] of Object.entries<Json>(item)) {
      collect(`${method} ${path} request`, op.requestBody);
      for (const [status, res] of Object.entries<Json>(op.responses))
        collect(`${method} ${path} ${status}`, res);
    }
  }
  for (const [name, res] of Object.entries<Json>(doc.components.responses)) collect(`response ${name}`, res);
  return found;
}

function refs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) refs(item, out);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') out.push(value);
      else refs(value, out);
    }
  }
  return out;
}

describe('GET /v1/openapi.json', () => {
  it('is an OpenAPI 3.1 document, cacheable and readable from any origin', async () => {
    const res = siteFile('/v1/openapi.json');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=86400');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(doc.openapi).toBe('3.1.0');
    OpenApiDocumentSchema.parse(doc);
  });

  it('documents every route the app serves under /v1 and /r (clinician pages), and no other', () => {
    const served = createApp()
      .routes.filter((r) => r.method !== 'ALL' && /^\/(v1|r)\//.test(r.path))
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`)
      // The document itself is a static file beside the app (worker/docs/site.ts).
      .concat('get /v1/openapi.json');
    const documented = Object.entries<Json>(doc.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method} ${path}`),
    );
    expect(new Set(documented)).toEqual(new Set(served));
  });

  it('gives a worked example for every request and response body', () => {
    const all = mediaTypes();
    expect(all.length).toBeGreaterThan(20);
    for (const { where, media } of all) {
      expect(Object.keys(media.examples ?? {}).length, where).toBeGreaterThan(0);
    }
  });

  it('has every example validate against the zod schema it illustrates', () => {
    for (const { where, media } of mediaTypes()) {
      const name = String(media.schema?.$ref).split('/').pop() ?? '';
      const schema = ZOD[name];
      expect(schema, `${where}: no zod schema for ${name}`).toBeDefined();
      for (const [exampleName, example] of Object.entries<Json>(media.examples)) {
        const parsed = schema?.safeParse(example.value);
        expect(parsed?.success, `${where} example ${exampleName}: ${parsed?.error?.message}`).toBe(true);
      }
    }
  });

  it('shows triage results that are what the engine computes for the example requests', () => {
    const op = doc.paths['/v1/triage'].post;
    const requests = op.requestBody.content['application/json'].examples;
    const results = op.responses['200'].content['application/json'].examples;
    for (const [name, { value }] of Object.entries<Json>(requests)) {
      const sent = triage({ lang: value.lang, answers: value.answers }, { expand: value.expand ?? [] });
      expect(results[name].value).toEqual(sent);
    }
  });

  it('documents every problem type with an example of that type', () => {
    for (const slug of PROBLEM_SLUGS) {
      const response = doc.components.responses[slug];
      expect(response, slug).toBeDefined();
      const [example] = Object.values<Json>(response.content['application/problem+json'].examples);
      expect(example?.value.type).toBe(`/docs#problem-${slug}`);
    }
  });

  it('documents the problems of triage and a 500 on every operation', () => {
    expect(Object.keys(doc.paths['/v1/triage'].post.responses).sort()).toEqual(
      ['200', '400', '401', '403', '409', '413', '415', '429', '500', '503'].sort(),
    );
    for (const item of Object.values<Json>(doc.paths)) {
      for (const op of Object.values<Json>(item)) expect(op.responses['500']).toBeDefined();
    }
  });

  it('describes the triage request as a caller writes it: lang optional, unknown fields refused', () => {
    const request = doc.components.schemas.TriageRequest;
    expect(request.required).toEqual(['questionnaireVersion', 'answers']);
    expect(request.additionalProperties).toBe(false);
  });

  it('resolves every $ref inside the document and names no synthetic schemas', () => {
    expect(Object.keys(doc.components.schemas)).not.toContain('__shared');
    for (const ref of refs(doc)) {
      expect(ref, ref).toMatch(/^#\/components\//);
      const target = ref
        .slice(2)
        .split('/')
        .reduce<Json | undefined>((node, key) => node?.[key], doc);
      expect(target, ref).toBeDefined();
    }
    for (const schema of Object.values<Json>(doc.components.schemas)) {
      expect(schema.$id).toBeUndefined();
      expect(schema.$schema).toBeUndefined();
    }
  });
});
