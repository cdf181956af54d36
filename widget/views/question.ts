/**
 * @module One question per screen: progress, the question as the fieldset's legend (its heading takes
 * focus), a self-test's instructions, the control, "why we ask this", and Back / Skip / Next. A form, so
 * Enter moves on; it lives in the shadow root, so a host page's own <form> around the element is untouched.
 */
import { html, nothing } from 'lit';
import { fill } from '../../shared/i18n/fill.ts';
import type { Question } from '../../shared/schemas/questionnaire.ts';
import type { AnswerValue } from '../../shared/schemas/values.ts';
import { bodyMap } from '../body-map.ts';
import type { CheckController } from '../check.ts';
import type { Strings } from '../strings.ts';

/** What the question screen reads and does. */
type Check = Pick<
  CheckController,
  | 'question'
  | 'asked'
  | 'part'
  | 'answers'
  | 'updated'
  | 'invalid'
  | 'revisit'
  | 'busy'
  | 'set'
  | 'next'
  | 'back'
  | 'skip'
>;

/** Multiple choice: an exclusive option ("none", "not sure") clears the others, and any other clears it. */
function toggle(c: Check, q: Question, id: string): void {
  const chosen = (c.answers[q.id] as string[] | undefined) ?? [];
  const exclusive = (o: string) => q.options?.find((x) => x.id === o)?.exclusive;
  const next = chosen.includes(id)
    ? chosen.filter((o) => o !== id)
    : exclusive(id)
      ? [id]
      : [...chosen.filter((o) => !exclusive(o)), id];
  c.set(next.length ? next : undefined);
}

function control(c: Check, q: Question, value: AnswerValue | undefined, t: Strings) {
  if (q.type === 'number') {
    return html`<label class="num"><input type="number" inputmode="numeric" value=${value ?? ''}
      @input=${(e: Event) => {
        const n = (e.target as HTMLInputElement).valueAsNumber;
        c.set(Number.isNaN(n) ? undefined : n);
      }}> ${q.unit}</label>`;
  }
  const multi = q.type === 'multi' || q.type === 'region';
  const chosen = [value ?? []].flat() as string[];
  const list = html`<div class="opts">${q.options?.map(
    (o) => html`<label class=${o.exclusive ? 'opt x' : 'opt'} part="option"><input
      type=${multi ? 'checkbox' : 'radio'} name="o" .checked=${chosen.includes(o.id)}
      @change=${() => (multi ? toggle(c, q, o.id) : c.set(o.id))}><span>${o.label}</span></label>`,
  )}</div>`;
  if (q.type !== 'region') return list;
  return html`<div class="region">
    ${bodyMap(q, chosen, t.map, (id) => toggle(c, q, id))}
    ${list}
  </div>`;
}

/** `status`: the request status (views/status.ts). */
export function question(c: Check, t: Strings, status: unknown) {
  const q = c.question as Question;
  const asked = c.asked;
  const n = asked.indexOf(q.id) + 1;
  // Progress by part (stable: eight parts), the bar by question (it jumps ahead as answers rule some out).
  const [part, parts, title] = c.part;
  return html`<form class="screen" part="screen question" novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        if (!c.busy) c.next();
      }}>
      <p class="meta"><span>${title}</span><span>${fill(t.step, { n: part, total: parts })}</span></p>
      <progress max=${asked.length} value=${n} aria-hidden="true"></progress>
      ${c.updated ? html`<p class="box">${t.updated}</p>` : nothing}
      <fieldset aria-describedby=${c.invalid ? 'hc-err' : nothing}>
        <legend><h2 tabindex="-1">${q.text}</h2></legend>
        ${
          q.selfTest
            ? html`<div class="box" part="self-test"><p><strong>${t.how}:</strong> ${q.help}</p>
              <p class="stop"><strong>⚠ ${t.stop}:</strong> ${q.stop}</p></div>`
            : nothing
        }
        ${control(c, q, c.answers[q.id], t)}
      </fieldset>
      ${
        c.invalid
          ? html`<p class="box err" id="hc-err" role="alert">${q.type === 'number' ? fill(t.num, { min: q.min, max: q.max }) : t.pick}</p>`
          : nothing
      }
      <details part="why"><summary>${t.why}</summary><p>${q.why}</p></details>
      ${status}
      <div class="nav">
        <button type="button" part="button" @click=${() => c.busy || c.back()}>${t.back}</button>
        ${q.optional ? html`<button type="button" part="button" @click=${() => c.busy || c.skip()}>${t.skip}</button>` : nothing}
        <button class="primary" part="button primary">${(c.revisit.length ? c.revisit.at(-1) === q.id : n === asked.length) ? t.done : t.next}</button>
      </div>
    </form>`;
}
