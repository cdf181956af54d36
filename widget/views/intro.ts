/** @module The first screen: what the check is and is not, how long it takes (measured), and Start. */
import { html } from 'lit';
import { fill } from '../../shared/i18n/fill.ts';
import type { CheckController } from '../check.ts';
import type { Strings } from '../strings.ts';

/** `status`: the request status (views/status.ts). */
export function intro(
  c: Pick<CheckController, 'busy' | 'start' | 'questionnaire'>,
  t: Strings,
  status: unknown,
) {
  return html`<section class="screen intro" part="screen intro">
    <h2 tabindex="-1">${t.title}</h2>
    <p>${fill(t.intro, c.questionnaire?.minutes ?? {})}</p>
    <p class="small">${t.notDx} ${t.noStore}</p>
    ${status}
    <button class="primary" part="button primary" @click=${() => c.busy || c.start()}>${t.start}</button>
  </section>`;
}
