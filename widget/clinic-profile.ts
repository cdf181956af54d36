/**
 * @module The clinic the `clinic` attribute names: its public profile (name,
 * logo, accent, booking link, calls to action) and its accent as a stylesheet. Any failure (an unknown
 * clinic, a page the clinic did not allow, the network) leaves the widget unbranded, silently. The Worker
 * checks every stored profile against its schema when it reads it (https links, a `tel:` built from
 * digits); the views still bind its URLs only through safe() (safe-url.ts), so a tampered service or proxy
 * cannot make them script.
 */
import type { ReactiveControllerHost } from 'lit';
import type { ClinicProfile } from '../shared/schemas/clinic.ts';
import { countClick, getProfile } from './api.ts';
import { Latest } from './latest.ts';

export interface ClinicHost extends ReactiveControllerHost, HTMLElement {
  readonly apiBase: string;
  readonly clinic?: string;
}

/**
 * The clinic's accent (`#rrggbb`) as the widget's, darkened until white text on it holds 4.5:1: relative
 * luminance at most 0.18, here 0.17 because the gamma is approximated by 2.2 (off by at most 0.005). The
 * dark theme mixes it with white (styles.css). The rule is built from numbers only: no string from the
 * profile reaches the stylesheet.
 */
function accentRule(hex: string): string {
  let c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const luminance = () =>
    c.reduce((sum, v, i) => sum + ([0.2126, 0.7152, 0.0722][i] as number) * (v / 255) ** 2.2, 0);
  while (luminance() > 0.17) c = c.map((v) => v * 0.9);
  return `:host{--ca:rgb(${c})}`;
}

export class ClinicController {
  /** The profile, once loaded. */
  profile?: ClinicProfile;
  /** Holds the clinic's accent; the host adopts it after its own styles. */
  readonly sheet = new CSSStyleSheet();
  readonly #host: ClinicHost;
  readonly #loads: Latest<ClinicProfile>;

  constructor(host: ClinicHost) {
    this.#host = host;
    this.#loads = new Latest(host, () => this.load());
  }

  /** (Re)loads the profile the host names; call when `clinic` or `api` changes. */
  load(): void {
    const { apiBase, clinic } = this.#host;
    this.profile = undefined;
    this.sheet.replaceSync('');
    // No clinic: a profile still on its way for the one named before is aborted and never applies.
    if (!clinic) {
      this.#loads.abort();
      return;
    }
    this.#loads
      .get(
        (signal) => getProfile(apiBase, clinic, signal),
        (p) => {
          this.profile = p;
          this.sheet.replaceSync(accentRule(p.accent));
          this.#host.requestUpdate();
        },
      )
      .catch(() => {});
  }

  /** Counts a press on the clinic's booking link. */
  click(): void {
    if (this.profile) countClick(this.#host.apiBase, this.profile.id);
  }
}
