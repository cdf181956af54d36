/**
 * @module The result, phone first. Its first screen answers the four questions a runner comes with: how
 * urgent and what to do (icon, colour and words), whether to stretch, what it most likely is, and the
 * first one to three things to do; then the clinic's call to action, and the safety net's first line.
 * Everything else is one tap away under "Full details", each part under its own heading: the findings
 * for and against, other causes, the plan with its doses, factors, the whole safety net and the sources.
 * The clinician summary is never on screen: Copy and Print carry it (and a shared report). An early exit
 * leads with the urgent message and the red flags that raised it, and leaves out the causes.
 */
import { html, nothing, svg } from 'lit';
import type { PlanItem, TriageResult } from '../../shared/schemas/triage.ts';
import type { CheckController } from '../check.ts';
import { safe } from '../safe-url.ts';
import type { Strings } from '../strings.ts';

type Level = TriageResult['urgency']['level'];

/** Stroke icons: a tick for self-care, a clock for care within weeks or days, a warning sign for care today. */
const ICONS = [
  'M4 12.5l5 5L20 6.5',
  'M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18m0 4v5l3 3',
  'M12 3 2 21h20zM12 10v5m0 3v.5',
];
const icon = (level: Level) =>
  ICONS[level === 'self-care' ? 0 : level === 'same-day' || level === 'emergency' ? 2 : 1];

const list = (items: unknown[]) => html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`;

/** A titled list; nothing when empty. */
const titled = (title: string, items: unknown[]) =>
  items.length ? html`<h4>${title}</h4>${list(items)}` : nothing;

const section = (title: string, body: unknown, part?: string) =>
  html`<section class="part" part=${part || nothing}><h3>${title}</h3>${body}</section>`;

const cards = (title: string, items: PlanItem[], t: Strings) =>
  items.length
    ? html`<h4>${title}</h4><ul class="cards">${items.map(
        (i) =>
          html`<li class="card" part="card"><h5>${i.title}</h5><p>${i.how}</p>${
            i.dose ? html`<p><strong>${t.dose}:</strong> ${i.dose}</p>` : nothing
          }${i.caution ? html`<p class="caution">⚠ ${i.caution}</p>` : nothing}</li>`,
      )}</ul>`
    : nothing;

type Condition = TriageResult['conditions'][number];
const name = (c: Condition, t: Strings) =>
  html`${c.name} <span class="small">· ${t[`band.${c.band}`]}</span>`;
const texts = (items: { text: string }[]) => items.map((f) => f.text);

/** A cause with its findings for and against. */
const cause = (c: Condition, t: Strings) =>
  html`<h4>${name(c, t)}</h4><p>${c.summary}</p>${titled(t.for, texts(c.for))}${titled(t.against, texts(c.against))}`;

/**
 * Everything but the first screen, in the order the runner reads on. The sources come when it opens
 * (a result leaves them out unless asked: `open`).
 */
function details(r: TriageResult, t: Strings, open: () => void) {
  const [top, ...others] = r.conditions;
  const { plan } = r;
  return html`<details class="part" part="details" @toggle=${open}><summary>${t.details}</summary>
    ${
      top && !r.earlyExit
        ? html`${section(t.likely, cause(top, t), 'findings')}${
            others.length
              ? section(
                  t.others,
                  others.map((c) => cause(c, t)),
                  'conditions',
                )
              : nothing
          }`
        : nothing
    }
    ${section(
      t.plan,
      html`${cards(t.now, plan.now, t)}${cards(t.exercises, plan.exercises, t)}${cards(t.training, plan.training, t)}
      <p><strong>${t.see}:</strong> ${plan.see}</p>${titled(t.urgency, texts(r.urgency.reasons))}`,
      'plan',
    )}
    ${r.factors.length ? section(t.factors, list(r.factors.map((f) => html`<strong>${f.name}:</strong> ${f.advice}`))) : nothing}
    ${section(t.safety, list(r.safetyNet), 'safety')}
    ${section(
      t.sources,
      html`<ol class="small">${r.sources?.map(
        // Without a URL, or with one safe() refuses, the anchor has no href: the citation is plain text.
        (s) => html`<li><a href=${safe(s.url)} target="_blank">${s.citation}</a></li>`,
      )}</ol><p class="small">${r.disclaimer}</p>`,
    )}
  </details>`;
}

/** `cta` and `share`: the clinic's call to action and "share with my clinician" (views/clinic.ts). */
export function result(
  c: Pick<
    CheckController,
    | 'result'
    | 'step'
    | 'updated'
    | 'copied'
    | 'copy'
    | 'busy'
    | 'summary'
    | 'expand'
    | 'answerMore'
    | 'restart'
  >,
  t: Strings,
  cta: unknown,
  share: unknown,
) {
  const r = c.result as TriageResult;
  const { urgency, stretch, plan } = r;
  const exit = r.earlyExit;
  const top = r.conditions[0];
  const summary = r.clinicianSummary?.text;
  return html`<section class="screen result" part="screen result">
    ${c.updated ? html`<p class="box">${t.updated}</p>` : nothing}
    <div class="box urgency ${urgency.level}" part="urgency">
      <svg viewBox="0 0 24 24" aria-hidden="true">${svg`<path d=${icon(urgency.level)}></path>`}</svg>
      <div>
        <p class="sub">${t.result}</p>
        <h2 tabindex="-1">${urgency.title}</h2>
        <p>${urgency.advice}</p>
      </div>
    </div>
    <div class="part" part="stretch">
      <p class="sub">${t.stretch}</p>
      <p class="big">${stretch.headline}</p>
      <p>${stretch.reason}</p>
    </div>
    <slot name="cta">${cta}</slot>
    ${
      exit
        ? section(
            t.flags,
            list(
              r.redFlags
                .filter((f) => f.status === 'positive')
                .map((f) => html`${f.reason} <strong>${f.action}</strong>`),
            ),
            'flags',
          )
        : top
          ? html`<div class="part" part="likely"><p class="sub">${t.likely}</p>
              <p class="mid">${name(top, t)}</p></div>`
          : nothing
    }
    <div class="part" part="first"><p class="sub">${t.plan}</p>
      <ol>${[...plan.now, ...plan.exercises, ...plan.training].slice(0, 3).map((i) => html`<li>${i.title}</li>`)}</ol>
    </div>
    <p class="box net" part="net">⚠ ${r.safetyNet[0]}</p>
    <p class="small">${t.notDx}</p>
    ${details(r, t, () => c.expand('sources'))}
    ${
      c.step?.next && !exit
        ? html`<div class="part"><p>${t.unknowns}</p>
          <button type="button" part="button" @click=${() => c.busy || c.answerMore()}>${t.answer}</button></div>`
        : nothing
    }
    ${share}
    <section class="part summary" part="summary">
      <h3>${t.summary}</h3>
      <div class="nav">
        <button type="button" part="button" @click=${() => c.busy || c.summary((s) => c.copy(s))}>${summary && c.copied === summary ? t.copied : t.copy}</button>
        <button type="button" part="button" @click=${() => c.busy || c.summary(() => print())}>${t.print}</button>
      </div>
      ${summary ? html`<pre class="print">${summary}</pre>` : nothing}
    </section>
    <button class="primary" part="button primary" @click=${() => c.busy || c.restart()}>${t.again}</button>
  </section>`;
}
