/**
 * @module The API reference page, rendered from the OpenAPI document so the two cannot disagree:
 * endpoints with parameters, bodies, responses and examples; the error format; every problem type
 * under a stable anchor (`#problem-<slug>`, where problem `type` URIs point); every schema.
 */
import { PROBLEM_ABOUT } from '../openapi/problem-about.ts';
import { PROBLEM_SLUGS, PROBLEM_TYPES, problemAnchor } from '../problems.ts';
import { code, entries, escapeHtml, isJson, type Json, jsonExample, prose } from './html.ts';
import { fieldList, schemaAnchor, typeLabel } from './schema.ts';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

export const operationAnchor = (operationId: string) => `op-${operationId}`;

/** Follows a local `$ref` (`#/components/...`) inside the document. */
function resolve(doc: Json, value: Json): Json {
  if (typeof value.$ref !== 'string') return value;
  let node: unknown = doc;
  for (const key of value.$ref.slice(2).split('/')) node = isJson(node) ? node[key] : undefined;
  return isJson(node) ? node : {};
}

function mediaTypes(holder: Json): string {
  return entries(holder.content)
    .map(([type, media]) => {
      const schema = isJson(media.schema) ? typeLabel(media.schema) : 'any';
      const examples = entries(media.examples).map(([, ex]) =>
        jsonExample(String(ex.summary ?? ''), ex.value),
      );
      return `<p>${code(type)}: ${schema}</p>${examples.join('')}`;
    })
    .join('');
}

function parameterTable(doc: Json, parameters: unknown): string {
  if (!Array.isArray(parameters) || !parameters.length) return '';
  const rows = parameters.filter(isJson).map((raw) => {
    const p = resolve(doc, raw);
    const type = isJson(p.schema) ? typeLabel(p.schema) : '';
    return `<tr><td>${code(String(p.name))}</td><td>${escapeHtml(String(p.in))}${p.required ? ', required' : ''}</td><td>${type}</td><td>${prose(String(p.description ?? ''))}</td></tr>`;
  });
  return `<h4>Parameters</h4><table><thead><tr><th>Name</th><th>In</th><th>Type</th><th>Meaning</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function responseList(doc: Json, responses: unknown): string {
  const items = entries(responses).map(([status, raw]) => {
    const response = resolve(doc, raw);
    const headers = entries(response.headers).map(([name]) => code(name));
    return `<li><h5>${escapeHtml(status)}</h5>${prose(String(response.description ?? ''))}${
      headers.length ? `<p>Headers: ${headers.join(', ')}</p>` : ''
    }${mediaTypes(response)}</li>`;
  });
  return `<h4>Responses</h4><ul class="responses">${items.join('')}</ul>`;
}

/** The bearer tokens an operation needs, from its `security` and the document's security schemes. */
function authentication(doc: Json, security: unknown): string {
  if (!Array.isArray(security) || !security.length) return '';
  const schemes =
    isJson(doc.components) && isJson(doc.components.securitySchemes) ? doc.components.securitySchemes : {};
  const names = security.filter(isJson).flatMap((requirement) => Object.keys(requirement));
  const items = names.map((name) => {
    const scheme = isJson(schemes[name]) ? schemes[name] : {};
    return `<li>${code('Authorization: Bearer …')} (${escapeHtml(name)}): ${escapeHtml(String(scheme.description ?? ''))}</li>`;
  });
  return `<h4>Authentication</h4><ul>${items.join('')}</ul>`;
}

function operations(doc: Json): { id: string; title: string; html: string }[] {
  return entries(doc.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const op = item[method];
      if (!isJson(op)) return [];
      const id = String(op.operationId);
      const title = `${method.toUpperCase()} ${path}`;
      const body = isJson(op.requestBody) ? `<h4>Request body</h4>${mediaTypes(op.requestBody)}` : '';
      const html = `<section id="${operationAnchor(id)}"><h3>${code(title)}</h3><p class="summary">${escapeHtml(
        String(op.summary ?? ''),
      )}</p>${prose(String(op.description ?? ''))}${authentication(doc, op.security)}${parameterTable(doc, op.parameters)}${body}${responseList(doc, op.responses)}</section>`;
      return [{ id, title, html }];
    }),
  );
}

function problemTypes(doc: Json): string {
  const examples = isJson(doc.components) ? doc.components.responses : undefined;
  return PROBLEM_SLUGS.map((slug) => {
    const { status, title } = PROBLEM_TYPES[slug];
    const about = PROBLEM_ABOUT[slug];
    const component = isJson(examples) && isJson(examples[slug]) ? examples[slug] : {};
    return `<section id="${problemAnchor(slug)}"><h3>${status} ${code(slug)}: ${escapeHtml(title)}</h3>${prose(about)}${mediaTypes(component)}</section>`;
  }).join('');
}

function schemas(doc: Json): string {
  const all = isJson(doc.components) ? entries(doc.components.schemas) : [];
  return all
    .map(([name, schema]) => {
      const description = typeof schema.description === 'string' ? prose(schema.description) : '';
      return `<section id="${schemaAnchor(name)}"><h3>${escapeHtml(name)}</h3>${description}<p>${typeLabel({ ...schema, description: undefined })}</p>${fieldList(schema)}</section>`;
    })
    .join('');
}

/** A guide of docs/ rendered to HTML (guides.ts), shown before the reference. */
export interface Guide {
  id: string;
  title: string;
  html: string;
}

export function renderDocs(doc: Json, guides: readonly Guide[] = []): string {
  const info = isJson(doc.info) ? doc.info : {};
  const ops = operations(doc);
  const nav = ops.map((op) => `<li><a href="#${operationAnchor(op.id)}">${code(op.title)}</a></li>`).join('');
  const guideNav = guides.length
    ? `<p>Guides: ${guides.map((g) => `<a href="#${g.id}">${escapeHtml(g.title)}</a>`).join(' · ')} · <a href="/embed-code">Embed builder</a></p>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(String(info.title))} reference</title><link rel="stylesheet" href="/docs/docs.css">
<link rel="icon" href="/demo/favicon.svg" type="image/svg+xml"></head>
<body><main>
<header><h1>${escapeHtml(String(info.title))} <small>${escapeHtml(String(info.version))}</small></h1>${prose(String(info.description ?? ''))}
<p>Machine-readable: <a href="/v1/openapi.json">/v1/openapi.json</a> (OpenAPI 3.1).</p></header>
<nav aria-label="Contents"><h2>Contents</h2>${guideNav}<ul>${nav}</ul><p><a href="#errors">Errors</a> · <a href="#problem-types">Problem types</a> · <a href="#schemas">Schemas</a></p></nav>
${guides.map((g) => `<section class="guide">${g.html}</section>`).join('\n')}
<h2 id="endpoints">Endpoints</h2>${ops.map((op) => op.html).join('')}
<h2 id="errors">Errors</h2>${ERRORS_INTRO}${fieldList(schemaOf(doc, 'Problem'))}
<h2 id="problem-types">Problem types</h2>${problemTypes(doc)}
<h2 id="schemas">Schemas</h2>${schemas(doc)}
</main></body></html>`;
}

const schemaOf = (doc: Json, name: string): Json =>
  isJson(doc.components) && isJson(doc.components.schemas) && isJson(doc.components.schemas[name])
    ? doc.components.schemas[name]
    : {};

const ERRORS_INTRO = prose(
  'Every 4xx and 5xx response is `application/problem+json` (RFC 9457), with CORS headers on the public endpoints so a page can read it. `type` is a URI reference to the problem type below (resolve it against this site); branch on it, not on `title` or `detail`. `detail` tells you what to fix. For invalid input, `errors` has one entry per invalid field: `pointer` is a JSON Pointer (RFC 6901) into the body, or `parameter` names the query parameter. A 405 carries `Allow`, a 429 `Retry-After`. The fields:',
);
