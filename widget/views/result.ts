/**
 * @module The result, most important first: urgency (icon, colour and words), the stretch verdict, the
 * likely sources with the findings for and against, factors, the plan as cards, who to see, the safety
 * net, what could change it, the clinician summary (copy, print) and the sources; after the plan, the
 * clinic's call to action and "share with my clinician" (views/clinic.ts). An early exit leads
 * with the urgent message and the red flags that raised it, and leaves out the differential and plan.
 */
import { html, nothing, svg } from 'lit';
import { fill } from '../../shared/i18n/fill.ts';
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

/** A titled list of findings, the first few shown and the rest behind a disclosure; nothing when empty. */
function findings(title: string, items: { text: string }[], t: Strings) {
  const first = 3;
  const texts = items.map((f) => f.text);
  return texts.length
    ? html`<p class="sub">${title}</p>${list(texts.slice(0, first))}${
        texts.length > first
          ? html`<details><summary>${fill(t.more, { n: texts.length - first })}</summary>${list(texts.slice(first))}</details>`
          : nothing
      }`
    : nothing;
}

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

function likely(r: TriageResult, t: Strings) {
  return section(
    t.likely,
    html`<ol class="conds">${r.conditions.slice(0, 3).map(
      (c) => html`<li><h4>${c.name} <span class="small">· ${t[`band.${c.band}`]}</span></h4>
        <p>${c.summary}</p>
        ${findings(t.for, c.for, t)}${findings(t.against, c.against, t)}</li>`,
    )}</ol>`,
    'conditions',
  );
}

/** `cta` and `share`: the clinic's call to action and "share with my clinician" (views/clinic.ts). */
export function result(
  c: Pick<CheckController, 'result' | 'updated' | 'copied' | 'copy' | 'busy' | 'reopen' | 'restart'>,
  t: Strings,
  cta: unknown,
  share: unknown,
) {
  const r = c.result as TriageResult;
  const { urgency, stretch, plan } = r;
  const exit = r.earlyExit;
  const summary = r.clinicianSummary.text;
  return html`<section class="screen result" part="screen result">
    ${c.updated ? html`<p class="box">${t.updated}</p>` : nothing}
    <div class="box urgency ${urgency.level}" part="urgency">
      <svg viewBox="0 0 24 24" aria-hidden="true">${svg`<path d=${icon(urgency.level)}></path>`}</svg>
      <div>
        <p class="sub">${t.result}</p>
        <h2 tabindex="-1">${urgency.title}</h2>
        <p>${urgency.advice}</p>
        ${exit ? nothing : list(urgency.reasons.map((x) => x.text))}
      </div>
    </div>
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
        : nothing
    }
    <div class="part" part="stretch">
      <p class="sub">${t.stretch}</p>
      <p class="big">${stretch.headline}</p>
      <p>${stretch.reason}</p>
    </div>
    ${
      exit
        ? nothing
        : html`${likely(r, t)}
          ${r.factors.length ? section(t.factors, list(r.factors.map((f) => html`<strong>${f.name}:</strong> ${f.advice}`))) : nothing}
          ${section(
            t.plan,
            html`${cards(t.now, plan.now, t)}${cards(t.exercises, plan.exercises, t)}${cards(t.training, plan.training, t)}
            <p><strong>${t.see}:</strong> ${plan.see}</p>`,
            'plan',
          )}`
    }
    <slot name="cta">${cta}</slot>
    ${share}
    ${section(t.safety, list(r.safetyNet), 'safety')}
    ${
      r.unknowns.length
        ? section(
            t.unknowns,
            html`${list(r.unknowns.map((u) => u.text))}<button type="button" part="button"
              @click=${() => c.busy || c.reopen(r.unknowns.map((u) => u.question))}>${t.answer}</button>`,
          )
        : nothing
    }
    <section class="part summary" part="summary">
      <h3>${t.summary}</h3>
      <pre tabindex="0">${summary}</pre>
      <div class="nav">
        <button type="button" part="button" @click=${() => c.copy(summary)}>${c.copied === summary ? t.copied : t.copy}</button>
        <button type="button" part="button" @click=${() => print()}>${t.print}</button>
      </div>
    </section>
    <details class="part"><summary>${t.sources}</summary><ol class="small">${r.sources.map(
      // Without a URL, or with one safe() refuses, the anchor has no href: the citation is plain text.
      (s) => html`<li><a href=${safe(s.url)} target="_blank">${s.citation}</a></li>`,
    )}</ol></details>
    <p class="small">${r.disclaimer}</p>
    <button class="primary" part="button primary" @click=${() => c.busy || c.restart()}>${t.again}</button>
  </section>`;
}
