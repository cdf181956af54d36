/**
 * The clinical model for a physiotherapist to review and sign off, generated from the engine's data:
 * `node worker/scripts/clinical-model.ts` writes docs/clinical-model.md, and a test fails when the file
 * no longer matches the data. Nothing here is written by hand except the headings.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  CONDITIONS,
  describeCond,
  EVIDENCE_RULES,
  FACTOR_RULES,
  PLAN_ITEMS,
  QUESTIONNAIRE_VERSION,
  RED_FLAGS,
  SOURCES,
  type SourceId,
  text,
} from '../../shared/index.ts';
import { conditionKey, evidenceKey, flagKey, planKey } from '../../shared/localize/keys.ts';
import { citationShort } from '../../shared/localize/summary.ts';
import * as PREDICATES from '../../shared/questionnaire/predicates.ts';
import { JUDGEMENTS } from '../../shared/triage/judgements.ts';
import * as POLICY from '../../shared/triage/policy.ts';
import { SAFETY_NET } from '../../shared/triage/safety-net.ts';

export const CLINICAL_MODEL_PATH = fileURLToPath(new URL('../../docs/clinical-model.md', import.meta.url));

const cites = (ids: readonly SourceId[]) => ids.map((id) => citationShort('en', id)).join('; ');
const cell = (value: string) => value.replaceAll('|', '\\|').replaceAll('\n', ' ');
const table = (head: readonly string[], rows: readonly (readonly string[])[]) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
/** A module's exports by name (module namespaces order their keys differently under Node and Vite). */
const exported = (module: object) => Object.entries(module).sort(([a], [b]) => a.localeCompare(b));
const weight = (w: number | undefined) => (w === undefined ? '' : w > 0 ? `+${w}` : String(w));

export function clinicalModelMarkdown(): string {
  const policy = exported(POLICY).flatMap(([name, value]) =>
    typeof value === 'object'
      ? Object.entries(value).map(([key, v]) => [`${name}.${key}`, String(v)])
      : [[name, String(value)]],
  );
  return `# Clinical model

Generated from the engine's data by \`node worker/scripts/clinical-model.ts\` for questionnaire
\`${QUESTIONNAIRE_VERSION}\`; \`tests/shared/clinical-model.test.ts\` fails when this file no longer matches the
data. For a physiotherapist to review and sign off: every rule, weight, threshold and judgement the engine
applies is here, with its sources. Sources are numbered in the clinical reference notes' list where they are
papers.

Contents: [policy](#policy) · [named facts](#named-facts) · [red flags](#red-flags) ·
[conditions](#conditions) · [evidence](#evidence) · [stretching](#stretching) · [plan](#plan) ·
[safety net](#safety-net) · [contributing factors](#contributing-factors) · [judgements](#judgements-awaiting-sign-off)

## Policy

${table(['Setting', 'Value'], policy)}

## Named facts

What the rules mean by these words; each is defined once (\`shared/questionnaire/predicates.ts\`).

${table(
  ['Fact', 'Holds when'],
  exported(PREDICATES).map(([name, cond]) => [name, describeCond(cond)]),
)}

## Red flags

A flag that holds, or that a "not sure" leaves open, sets the urgency at its level; \`exit\` flags end the
questionnaire. Week-level flags that share no suspicion combine to ${POLICY.COMBINED_LEVEL.to}.

${table(
  ['Flag', 'What it screens for', 'Holds when', 'Urgency', 'Exit', 'Suspects', 'Sources'],
  RED_FLAGS.map((f) => [
    f.id,
    text('en', flagKey(f.id, 'label')),
    describeCond(f.when),
    f.urgency,
    f.exit ? 'yes' : '',
    (f.suspects ?? []).join(', '),
    cites(f.sources),
  ]),
)}

## Conditions

Prior and weights are log2 points (+1 doubles the odds). Urgency applies when the condition could come
within ${POLICY.CONTENTION.close} point of the first; a serious one within ${POLICY.CONTENTION.possible} counts one level lower.

${table(
  ['Condition', 'Name', 'Prior', 'Urgency', 'Serious', 'Own stretch answer', 'Re-check (weeks)', 'Sources'],
  CONDITIONS.map((c) => [
    c.id,
    text('en', conditionKey(c.id, 'name')),
    String(c.prior),
    [
      ...(c.urgencyIf ?? []).map((u) => `${u.level} if ${describeCond(u.when)}`),
      `${c.urgency} otherwise`,
    ].join('; '),
    c.serious ? 'yes' : '',
    c.stance,
    String(c.recheckWeeks),
    cites(c.sources),
  ]),
)}

## Evidence

Each finding moves each condition by its weight when it holds.

${table(
  ['Finding', 'Holds when', ...CONDITIONS.map((c) => c.id), 'Sources'],
  EVIDENCE_RULES.map((r) => [
    `${r.id}: ${text('en', evidenceKey(r.id))}`,
    describeCond(r.when),
    ...CONDITIONS.map((c) => weight(r.effects[c.id])),
    cites(r.sources),
  ]),
)}

## Stretching

"Not yet" while any red flag holds or is left open, or while a fresh injury cannot be excluded
(${describeCond(PREDICATES.FRESH_INJURY)}). Otherwise the first condition's own answer, made more cautious
by any condition that could come within ${POLICY.CONTENTION.close} point of it (caution: stretch < gentle < avoid < not-yet).

## Plan

An item that stretches or loads at length is offered under "avoid" or "not yet" only where \`allowed under\`
says so, with a note to the runner.

${table(
  [
    'Item',
    'Kind',
    'Title',
    'For conditions',
    'For factors',
    'Only when',
    'Stretches / lengthens',
    'Allowed under',
    'Sources',
  ],
  PLAN_ITEMS.map((p) => [
    p.id,
    p.kind,
    text('en', planKey(p.id, 'title')),
    (p.conditions ?? []).join(', ') + (p.coversAll ? ' (guidance for all)' : ''),
    (p.factors ?? []).join(', '),
    p.when ? describeCond(p.when) : '',
    [p.stretches ? 'stretches' : '', p.lengthens ? 'lengthens' : ''].filter(Boolean).join(', '),
    (p.allowedUnder ?? []).join(', '),
    cites(p.sources),
  ]),
)}

## Safety net

Always shown; an item is left out when the answers already report what it watches for.

${table(
  ['Item', 'Shown with', 'Watches for', 'Only when'],
  SAFETY_NET.map((s) => [
    s.id,
    s.urgent === undefined ? 'every result' : s.urgent ? 'emergency and same-day results' : 'other results',
    s.watchesFor ? describeCond(s.watchesFor) : '',
    s.onlyIf ? describeCond(s.onlyIf) : '',
  ]),
)}

## Contributing factors

${table(
  ['Rule', 'Factor', 'Holds when', 'Sources'],
  FACTOR_RULES.map((r) => [r.id, r.factor, describeCond(r.when), cites(r.sources)]),
)}

## Judgements awaiting sign-off

${JUDGEMENTS.map((j, i) => `${i + 1}. **${j.rule}** ${j.reasoning} (${cites(j.sources)})`).join('\n')}

## Sources

${table(
  ['Id', 'Citation'],
  Object.entries(SOURCES).map(([id, s]) => [id, s.citation]),
)}
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(CLINICAL_MODEL_PATH, clinicalModelMarkdown());
  console.log(`wrote ${CLINICAL_MODEL_PATH}`);
}
