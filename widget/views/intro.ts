/** @module The first screen: what the check is and is not, and Start. */
import { html } from 'lit';
import type { CheckController } from '../check.ts';
import type { Strings } from '../strings.ts';

/** `status`: the request status (views/status.ts). */
export function intro(c: Pick<CheckController, 'busy' | 'start'>, t: Strings, status: unknown) {
  return html`<section class="screen intro" part="screen intro">
    <h2 tabindex="-1">${t.title}</h2>
    <p>${t.intro}</p>
    <p class="small">${t.notDx} ${t.noStore}</p>
    ${status}
    <button class="primary" part="button primary" @click=${() => c.busy || c.start()}>${t.start}</button>
  </section>`;
}
