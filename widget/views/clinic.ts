/**
 * @module What a clinic adds (README, "Clinics"): its name and logo in the banner, and on the result the
 * call to action its profile gives for the urgency; and, with or without a clinic, "share with my
 * clinician". Every clinic-provided string is a text binding (escaped by Lit), never markup, and every URL
 * goes through safe(). `target="_blank"` implies `rel="noopener"` in every browser the widget supports.
 */
import { html, nothing } from 'lit';
import { fill } from '../../shared/i18n/fill.ts';
import type { ClinicProfile } from '../../shared/schemas/clinic.ts';
import type { TriageResult } from '../../shared/schemas/triage.ts';
import type { CheckController } from '../check.ts';
import { safe } from '../safe-url.ts';
import type { Strings } from '../strings.ts';

export function banner(p: ClinicProfile | undefined, t: Strings | undefined) {
  return p && t
    ? html`<p class="brand" part="banner">${
        p.logoUrl ? html`<img src=${safe(p.logoUrl)} alt=${fill(t.logo, { clinic: p.name })}>` : nothing
      }${p.name}</p>`
    : nothing;
}

/**
 * `book` and `book-if-not-better`: the booking link (the shared report's, which may carry its code, else
 * the profile's); `booked` counts the press. `urgent-care`: the result's urgent advice first, never a
 * booking, whatever the profile says for a same-day or emergency result. Then, always, the phone.
 */
export function cta(
  p: ClinicProfile | undefined,
  { level, advice }: TriageResult['urgency'],
  bookingUrl: string | undefined,
  t: Strings,
  booked: () => void,
) {
  if (!p) return nothing;
  const action = p.callToAction[level];
  const clinic = { clinic: p.name };
  const book = action === 'book';
  return html`<div class="part cta" part="cta">${
    level === 'same-day' || level === 'emergency' || action === 'urgent-care'
      ? html`<p class="box urgent"><strong>${advice}</strong> ${fill(t.urgent, clinic)}</p>`
      : book || action === 'book-if-not-better'
        ? html`<p><a class=${book ? 'button primary' : 'button'} part="button book"
            href=${safe(bookingUrl ?? p.bookingUrl)} @click=${booked}>${fill(book ? t.book : t.later, clinic)}</a></p>`
        : nothing
  }<p>${fill(t.call, clinic)} <a href=${safe(p.tel)}>${p.phone}</a></p></div>`;
}

/**
 * Explains what is sent and kept before anything is: only the press stores the answers. Once shared, the
 * clinician page's link and code (copyable) and "Remove it"; failures show here with Try again (`status`,
 * views/status.ts). After sharing or removing, focus moves to the sentence that says it happened.
 */
export function share(
  c: Pick<CheckController, 'shared' | 'copied' | 'copy' | 'busy' | 'share' | 'unshare'>,
  t: Strings,
  status: unknown,
) {
  const s = c.shared;
  return html`<section class="part share" part="share">
    <h3>${t.share}</h3>
    ${
      s
        ? html`<p tabindex="-1">${t.shared}</p>
          <p><a href=${safe(s.href)} target="_blank">${s.href}</a></p>
          <p>${t.code}: <code class="code">${s.code}</code></p>
          <div class="nav">
            <button type="button" part="button" @click=${() => c.copy(s.href)}>${c.copied === s.href ? t.copied : t.copy}</button>
            <button type="button" part="button" @click=${() => c.busy || c.unshare()}>${t.remove}</button>
          </div>`
        : html`${s === null ? html`<p tabindex="-1">${t.removed}</p>` : nothing}<p>${t.shareWhat}</p>
          <button type="button" part="button" @click=${() => c.busy || c.share()}>${t.share}</button>`
    }
    ${status}
  </section>`;
}
