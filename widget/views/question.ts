/**
 * @module One question per screen: the part's title and a progress bar that never moves back, the
 * question as the fieldset's legend (its heading takes focus), a self-test's instructions, the control,
 * "why we ask this", and Back / Skip / Next (and See my result, once the result is settled and the runner
 * chose to answer more). A form, so Enter moves on; it lives in the shadow root, so a host page's own
 * <form> around the element is untouched.
 */
import { html, nothing } from 'lit';
import { fill } from '../../shared/i18n/fill.ts';
import type { Question } from '../../shared/schemas/questionnaire.ts';
import type { AnswerValue } from '../../shared/schemas/values.ts';
import { questionOf } from '../answers.ts';
import { bodyMap } from '../body-map.ts';
import type { CheckController } from '../check.ts';
import type { Strings } from '../strings.ts';

/** What the question screen reads and does. */
type Check = Pick<
  CheckController,
  | 'questionnaire'
  | 'question'
  | 'section'
  | 'progress'
  | 'more'
  | 'step'
  | 'answers'
  | 'marks'
  | 'updated'
  | 'invalid'
  | 'busy'
  | 'set'
  | 'mark'
  | 'swap'
  | 'next'
  | 'back'
  | 'skip'
  | 'finish'
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

const options = (c: Check, q: Question, chosen: string[], items: Question['options'] = []) => {
  const multi = q.type === 'multi' || q.type === 'region';
  return html`<div class="opts">${items.map(
    (o) => html`<label class=${o.exclusive ? 'opt x' : 'opt'} part="option"><input
      type=${multi ? 'checkbox' : 'radio'} name="o" .checked=${chosen.includes(o.id)}
      @change=${() => (multi ? toggle(c, q, o.id) : c.set(o.id))}><span>${o.label}</span></label>`,
  )}</div>`;
};

/**
 * The body map, with "it swaps sides" (the sides answer a map cannot give) and the exclusive options
 * ("not sure") beside it; every region as a plain list one tap away.
 */
function region(c: Check, q: Question, chosen: string[], t: Strings) {
  const all = q.options ?? [];
  const swaps = questionOf(c.questionnaire as NonNullable<Check['questionnaire']>, 'sides')?.options?.find(
    (o) => o.id === 'alternates',
  );
  return html`${bodyMap(
    all.map((o) => o.id),
    c.marks,
    t,
    (id, side) => c.mark(id, side),
  )}<div class="opts">${
    swaps
      ? html`<label class="opt" part="option"><input type="checkbox" .checked=${c.answers.sides === 'alternates'}
          @change=${(e: Event) => c.swap((e.target as HTMLInputElement).checked)}><span>${swaps.label}</span></label>`
      : nothing
  }</div>${options(
    c,
    q,
    chosen,
    all.filter((o) => o.exclusive),
  )}<details part="list"><summary>${t.list}</summary>${options(
    c,
    q,
    chosen,
    all.filter((o) => !o.exclusive),
  )}</details>`;
}

function control(c: Check, q: Question, value: AnswerValue | undefined, t: Strings) {
  if (q.type === 'number') {
    return html`<label class="num"><input type="number" inputmode="numeric" value=${value ?? ''}
      @input=${(e: Event) => {
        const n = (e.target as HTMLInputElement).valueAsNumber;
        c.set(Number.isNaN(n) ? undefined : n);
      }}> ${q.unit}</label>`;
  }
  const chosen = [value ?? []].flat() as string[];
  return q.type === 'region' ? region(c, q, chosen, t) : options(c, q, chosen, q.options);
}

/** `status`: the request status (views/status.ts). */
export function question(c: Check, t: Strings, status: unknown) {
  const q = c.question as Question;
  return html`<form class="screen" part="screen question" novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        if (!c.busy) c.next();
      }}>
      <p class="meta">${c.section}</p>
      <progress max="100" value=${Math.round(c.progress * 100)} aria-hidden="true"></progress>
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
        ${c.more && c.step?.settled ? html`<button type="button" part="button" @click=${() => c.busy || c.finish()}>${t.done}</button>` : nothing}
        <button class="primary" part="button primary">${t.next}</button>
      </div>
    </form>`;
}
