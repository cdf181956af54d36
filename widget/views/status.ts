/** @module The request status every screen shares: a failure with Try again, or a request under way. */
import { html, nothing } from 'lit';
import { fill } from '../../shared/i18n/fill.ts';
import type { Requests } from '../requests.ts';
import type { Boot, Strings } from '../strings.ts';

/**
 * A failed request (message and retry, answers kept) or a request under way ("still working" when slow).
 * Before the questionnaire (and with it every text but BOOT's) has arrived: loading, or could not load.
 */
export function status(
  { busy, slow, error }: Pick<Requests, 'busy' | 'slow' | 'error'>,
  t: Strings | undefined,
  boot: Boot,
  retry: () => void,
) {
  if (error) {
    const text = !t
      ? boot.failed
      : `${
          error.code === 'rate-limited'
            ? fill(t.busy, { seconds: error.wait ?? 60 })
            : error.code === 'offline' || error.code === 'timeout'
              ? t.offline
              : t.server
        } ${t.kept}`;
    return html`<div class="box err" part="error" role="alert">
      <p>${text}</p>
      <button type="button" @click=${retry}>${boot.retry}</button>
    </div>`;
  }
  return busy || !t ? html`<p class="box" part="busy">${slow && t ? t.slow : boot.loading}</p>` : nothing;
}
