/** @module The first screen, what the check is and is not, and the request status every screen shares. */
import { html, nothing } from 'lit';
import type { HamstringCheck } from '../hamstring-check.ts';
import { fill } from '../strings.ts';

/** A failed request (message and retry, answers kept) or a request under way ("still working" when slow). */
export function status({ flow, t }: HamstringCheck) {
  const err = flow.error;
  if (err) {
    const text =
      err.code === 'rate-limited'
        ? fill(t.busy, err.wait ?? 60)
        : err.code === 'offline' || err.code === 'timeout'
          ? t.offline
          : t.server;
    return html`<div class="box err" part="error" role="alert">
      <p>${text} ${t.kept}</p>
      <button type="button" @click=${() => flow.retry()}>${t.retry}</button>
    </div>`;
  }
  return flow.busy ? html`<p class="box" part="busy">${flow.slow ? t.slow : t.loading}</p>` : nothing;
}

export function intro(el: HamstringCheck) {
  const { flow, t } = el;
  return html`<section class="screen intro" part="screen intro">
    <h2 tabindex="-1">${t.title}</h2>
    <p>${t.intro}</p>
    <p class="small">${t.notDx} ${t.noStore}</p>
    ${status(el)}
    <button class="primary" part="button primary" @click=${() => flow.busy || flow.start()}>${t.start}</button>
  </section>`;
}
