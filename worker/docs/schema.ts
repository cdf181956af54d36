/**
 * @module JSON Schema (as zod emits it) to readable HTML: a one-line type label, and a nested list of
 * fields with their types, whether they are required, and their descriptions.
 */
import { code, entries, escapeHtml, isJson, type Json } from './html.ts';

export const schemaAnchor = (name: string) => `schema-${name}`;

function refName(schema: Json): string | undefined {
  return typeof schema.$ref === 'string' ? schema.$ref.split('/').pop() : undefined;
}

function bounds(schema: Json, unit: string, low: string, high: string): string {
  const min = schema[low];
  const max = schema[high];
  if (min === undefined && max === undefined) return '';
  // "1 items" reads badly; the unit is plural otherwise.
  const units = (n: unknown) => (unit && n === 1 ? unit.slice(0, -1) : unit);
  if (min !== undefined && max !== undefined) return ` (${min} to ${max}${units(max)})`;
  return min !== undefined ? ` (at least ${min}${units(min)})` : ` (at most ${max}${units(max)})`;
}

export function typeLabel(schema: Json): string {
  const name = refName(schema);
  if (name) return `<a href="#${schemaAnchor(name)}">${escapeHtml(name)}</a>`;
  if (Array.isArray(schema.enum))
    return `one of ${schema.enum.map((v) => code(JSON.stringify(v))).join(', ')}`;
  if (schema.const !== undefined) return code(JSON.stringify(schema.const));
  const variants = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(variants)) {
    const labels = [...new Set(variants.filter(isJson).map(typeLabel))];
    return labels.length === 1 && variants.length > 1
      ? `one of ${variants.length} ${labels[0]} shapes`
      : labels.join(' or ');
  }
  switch (schema.type) {
    case 'array':
      return `array${bounds(schema, ' items', 'minItems', 'maxItems')} of ${isJson(schema.items) ? typeLabel(schema.items) : 'anything'}`;
    case 'string':
      return `string${bounds(schema, ' characters', 'minLength', 'maxLength')}`;
    case 'number':
    case 'integer':
      return `${schema.type}${bounds(schema, '', 'minimum', 'maximum')}`;
    case 'object':
      if (isJson(schema.additionalProperties) && !isJson(schema.properties)) {
        return `object mapping ${isJson(schema.propertyNames) ? typeLabel(schema.propertyNames) : 'string'} to ${typeLabel(schema.additionalProperties)}`;
      }
      return 'object';
    default:
      return typeof schema.type === 'string' ? escapeHtml(schema.type) : 'any';
  }
}

/** The nested fields of a schema, or '' when it has none worth listing. */
export function fieldList(schema: Json): string {
  if (isJson(schema.items)) return fieldList(schema.items);
  if (isJson(schema.additionalProperties)) return fieldList(schema.additionalProperties);
  const variants = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(variants)) {
    const lists = variants.filter(isJson).map(fieldList).filter(Boolean);
    return lists.length ? `<ul class="variants">${lists.map((l) => `<li>${l}</li>`).join('')}</ul>` : '';
  }
  const props = entries(schema.properties);
  if (!props.length) return '';
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const items = props.map(([name, prop]) => {
    const flag = required.has(name) ? 'required' : 'optional';
    const description = typeof prop.description === 'string' ? ` — ${escapeHtml(prop.description)}` : '';
    const nested = refName(prop) ? '' : fieldList(prop);
    return `<li>${code(name)} <span class="type">${typeLabel(prop)}</span> <span class="flag">${flag}</span>${description}${nested}</li>`;
  });
  return `<ul class="fields">${items.join('')}</ul>`;
}
