/**
 * @module What a clinic adds (README, "Clinics"): its name and logo in the banner, and on the result the
 * call to action its profile gives for the urgency; and, with or without a clinic, "share with my
 * clinician". Every clinic-provided string is a text binding (escaped by Lit), never markup, and every URL
 * goes through safe(). `target="_blank"` implies `rel="noopener"` in every browser the widget supports.
 */
import { html, nothing } from 'lit';
import type { TriageResult } from '../../shared/schemas/triage.ts';
import { endpoint } from '../api.ts';
import type { HamstringCheck } from '../hamstring-check.ts';
import { safe } from '../safe-url.ts';
import { fill } from '../strings.ts';
import { status } from './intro.ts';

export function banner({ profile: p, t }: HamstringCheck) {
  return p && t
    ? html`<p class="brand" part="banner">${
        p.logoUrl ? html`<img src=${safe(p.logoUrl)} alt=${fill(t.logo, { clinic: p.name })}>` : nothing
      }${p.name}</p>`
    : nothing;
}

/**
 * `book` and `book-if-not-better`: the booking link (the shared report's, which may carry its code, else
 * the profile's), counted by a beacon on click. `urgent-care`: the result's urgent advice first, never a
 * booking, whatever the profile says for a same-day or emergency result. Then, always, the phone.
 */
export function cta(el: HamstringCheck) {
  const { profile: p, t, flow } = el;
  if (!p) return nothing;
  const { level, advice } = (flow.result as TriageResult).urgency;
  const action = p.callToAction[level];
  const clinic = { clinic: p.name };
  const book = action === 'book';
  return html`<div class="part cta" part="cta">${
    level === 'same-day' || level === 'emergency' || action === 'urgent-care'
      ? html`<p class="box urgent"><strong>${advice}</strong> ${fill(t.urgent, clinic)}</p>`
      : book || action === 'book-if-not-better'
        ? html`<p><a class=${book ? 'button primary' : 'button'} part="button book"
            href=${safe(flow.shared?.bookingUrl ?? p.bookingUrl)} @click=${() =>
              navigator.sendBeacon(endpoint(el.apiBase, `clinics/${p.id}/clicks`))}>${fill(
              book ? t.book : t.later,
              clinic,
            )}</a></p>`
        : nothing
  }<p>${fill(t.call, clinic)} <a href=${safe(p.tel)}>${p.phone}</a></p></div>`;
}

/**
 * Explains what is sent and kept before anything is: only the press stores the answers. Once shared, the
 * clinician page's link and code (copyable) and "Remove it"; failures show here with Try again. After
 * sharing or removing, focus moves to the sentence that says it happened.
 */
export function share(el: HamstringCheck) {
  const { flow, t } = el;
  const s = flow.shared;
  return html`<section class="part share" part="share">
    <h3>${t.share}</h3>
    ${
      s
        ? html`<p tabindex="-1">${t.shared}</p>
          <p><a href=${safe(s.href)} target="_blank">${s.href}</a></p>
          <p>${t.code}: <code>${s.code}</code></p>
          <div class="nav">
            <button type="button" part="button" @click=${() => el.copy(s.href)}>${el.copied === s.href ? t.copied : t.copy}</button>
            <button type="button" part="button" @click=${() => flow.busy || flow.unshare()}>${t.remove}</button>
          </div>`
        : html`${s === null ? html`<p tabindex="-1">${t.removed}</p>` : nothing}<p>${t.shareWhat}</p>
          <button type="button" part="button" @click=${() => flow.busy || flow.share()}>${t.share}</button>`
    }
    ${status(el)}
  </section>`;
}
