import { html, LitElement, type PropertyValues } from 'lit';
import { fill } from '../shared/i18n/fill.ts';
import type { TriageResult } from '../shared/schemas/triage.ts';
import type { Lang } from '../shared/schemas/values.ts';
import { CheckController } from './check.ts';
import { ClinicController } from './clinic-profile.ts';
import { formValue } from './form-value.ts';
import { BOOT, type Strings, toLang } from './strings.ts';
import { styles } from './styles.ts';
import { banner, cta, share } from './views/clinic.ts';
import { intro } from './views/intro.ts';
import { question } from './views/question.ts';
import { result } from './views/result.ts';
import { status } from './views/status.ts';

export type { HamstringCheckEvents } from './events.ts';

/** Where the API lives unless `api` says otherwise: the origin the script itself was loaded from. */
const API = new URL('/v1/', import.meta.url).href;

/**
 * @summary Triage questionnaire for runners with pain at the back of the thigh: what it most likely is,
 * whether to stretch, how urgent, what to do first. Attributes, events, parts, custom properties and the
 * form value are listed in README ("Embed it", "Clinics").
 *
 * @slot banner - above every screen; by default the clinic's name and logo
 * @slot cta - on the result, after the plan; by default the clinic's call to action
 */
export class HamstringCheck extends LitElement {
  static override styles = styles;
  static formAssociated = true;
  static override properties = {
    api: {},
    lang: { reflect: true },
    theme: { reflect: true },
    clinic: { reflect: true },
  };

  /** Base URL of the API (`…/v1/`); defaults to the origin the script came from. */
  declare api?: string;
  /** `en` or `es` (`es-*` counts as Spanish); else the nearest `lang` on the page, else English. */
  declare lang: string;
  /** `light`, `dark` or `auto` (default: follows `prefers-color-scheme`). */
  declare theme?: string;
  /** A clinic's id: its brand, call to action and booking link, when its profile is released to this page. */
  declare clinic?: string;

  readonly #check = new CheckController(this);
  readonly #clinic = new ClinicController(this);
  readonly #internals = this.attachInternals();
  #disabled?: boolean;

  get language(): Lang {
    return toLang(this.closest('[lang]')?.getAttribute('lang'));
  }

  get apiBase(): string {
    return this.api || API;
  }

  /** The clinic's id once its profile has loaded. */
  get clinicId(): string | undefined {
    return this.#clinic.profile?.id;
  }

  protected override createRenderRoot() {
    const root = super.createRenderRoot() as ShadowRoot;
    // The clinic's accent, after the widget's own styles.
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#clinic.sheet];
    return root;
  }

  /**
   * The intro's words come with the questionnaire, so it is fetched at the first render: once, whatever
   * the page does to the element afterwards (moving it re-connects it), and after the attributes a page
   * sets just after creating it, such as `lang`.
   */
  protected override firstUpdated(): void {
    void this.#check.boot();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && (changed.has('lang') || changed.has('api'))) this.#check.load().catch(() => {});
    if (changed.has('clinic') || changed.has('api')) this.#clinic.load();
  }

  /**
   * The form value (form-value.ts). `required` holds the form invalid until the result shows, unless the
   * questionnaire could not load at all (a booking never depends on this service being up).
   */
  protected override updated(): void {
    const t = this.#check.questionnaire?.ui;
    const r = this.#check.result;
    this.#internals.setFormValue(t ? formValue(t, r, this.#check.shared) : null);
    if (r || !t || !this.hasAttribute('required')) this.#internals.setValidity({});
    else
      this.#internals.setValidity(
        { valueMissing: true },
        t.required,
        this.renderRoot.querySelector('h2') ?? undefined,
      );
  }

  /** A form reset clears the value and restarts the check (README, "Clinics"). */
  formResetCallback(): void {
    this.#check.reset();
  }

  formDisabledCallback(disabled: boolean): void {
    this.#disabled = disabled;
    this.requestUpdate();
  }

  override render() {
    const c = this.#check;
    const p = this.#clinic.profile;
    const lang = this.language;
    const boot = BOOT[lang];
    // The interface texts come with the questionnaire: undefined until it has loaded.
    const t = c.questionnaire?.ui as Strings;
    const now = status(c.requests, t, boot, () => c.retry());
    const screen = !t
      ? now
      : c.screen === 'result'
        ? result(
            c,
            t,
            cta(p, (c.result as TriageResult).urgency, c.shared?.bookingUrl, t, () => this.#clinic.click()),
            share(c, t, now),
          )
        : c.screen === 'question'
          ? question(c, t, now)
          : intro(c, t, now);
    const live = !t
      ? ''
      : c.busy
        ? c.requests.slow
          ? t.slow
          : boot.loading
        : c.screen === 'result'
          ? `${t.result}: ${c.result?.urgency.title}`
          : c.screen === 'question'
            ? `${c.section}: ${fill(t.step, { n: Math.round(c.progress * 100) })}`
            : '';
    return html`<div class="w" part="base" lang=${lang} ?inert=${this.#disabled}>
      <slot name="banner">${banner(p, t)}</slot>${screen}
      <p class="vh" role="status">${live}</p>
    </div>`;
  }
}
