/** @module The first screen, what the check is and is not, and the request status every screen shares. */
import { html, nothing } from 'lit';
import type { HamstringCheck } from '../hamstring-check.ts';
import { BOOT, fill } from '../strings.ts';

/**
 * A failed request (message and retry, answers kept) or a request under way ("still working" when slow).
 * Before the questionnaire (and with it every text but BOOT's) has arrived: loading, or could not load.
 */
export function status({ flow, t, language }: HamstringCheck) {
  const err = flow.error;
  const boot = BOOT[language];
  if (err) {
    const text = !t
      ? boot.failed
      : `${
          err.code === 'rate-limited'
            ? fill(t.busy, { seconds: err.wait ?? 60 })
            : err.code === 'offline' || err.code === 'timeout'
              ? t.offline
              : t.server
        } ${t.kept}`;
    return html`<div class="box err" part="error" role="alert">
      <p>${text}</p>
      <button type="button" @click=${() => flow.retry()}>${boot.retry}</button>
    </div>`;
  }
  return flow.busy || !t
    ? html`<p class="box" part="busy">${flow.slow && t ? t.slow : boot.loading}</p>`
    : nothing;
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
