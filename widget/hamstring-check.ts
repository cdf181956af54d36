import { html, LitElement, type PropertyValues } from 'lit';
import type { TriageResult } from '../shared/schemas/triage.ts';
import { type ErrorCode, getProfile, type Profile } from './api.ts';
import { Flow } from './flow.ts';
import { BOOT, fill, type Lang, type Strings, toLang } from './strings.ts';
import { styles } from './styles.ts';
import { banner } from './views/clinic.ts';
import { intro, status } from './views/intro.ts';
import { question } from './views/question.ts';
import { result } from './views/result.ts';

/** Where the API lives unless `api` says otherwise: the origin the script itself was loaded from. */
const API = new URL('/v1/', import.meta.url).href;

/**
 * The clinic's accent (`#rrggbb`) as the widget's, darkened until white text on it holds 4.5:1: relative
 * luminance at most 0.18, here 0.17 because the gamma is approximated by 2.2 (off by at most 0.005). The
 * dark theme mixes it with white (styles.css). The rule is built from numbers only: no string from the
 * profile reaches the stylesheet.
 */
function accentSheet(hex: string): string {
  let c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const luminance = () =>
    c.reduce((sum, v, i) => sum + ([0.2126, 0.7152, 0.0722][i] as number) * (v / 255) ** 2.2, 0);
  while (luminance() > 0.17) c = c.map((v) => v * 0.9);
  return `:host{--ca:rgb(${c})}`;
}

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

  readonly flow = new Flow(this);
  /** The clinic's public profile, once loaded; any failure leaves it unset (the widget is unbranded). */
  profile?: Profile;
  /** The text last copied, so its button says "Copied". */
  copied?: string;
  readonly #internals = this.attachInternals();
  /** Holds the clinic's accent; adopted after the widget's own styles. */
  readonly #brand = new CSSStyleSheet();
  #disabled?: boolean;
  #focus?: string;

  get language(): Lang {
    return toLang(this.closest('[lang]')?.getAttribute('lang'));
  }

  get apiBase(): string {
    return this.api || API;
  }

  /** The interface texts, from the questionnaire: undefined until it has loaded. */
  get t(): Strings {
    return this.flow.questionnaire?.ui as Strings;
  }

  protected override createRenderRoot() {
    const root = super.createRenderRoot() as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#brand];
    return root;
  }

  /**
   * The intro's words come with the questionnaire, so it is fetched at the first render: once, whatever
   * the page does to the element afterwards (moving it re-connects it), and after the attributes a page
   * sets just after creating it, such as `lang`.
   */
  protected override firstUpdated(): void {
    void this.flow.boot();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && (changed.has('lang') || changed.has('api'))) void this.flow.load();
    if (changed.has('clinic') || changed.has('api')) this.#loadProfile();
  }

  /**
   * Any failure (unknown clinic, a page the clinic did not allow, the network): unbranded, silently. The
   * Worker checks every stored profile against its schema when it reads it (https links, a `tel:` built
   * from digits); the views still bind its URLs only through safe() (safe-url.ts), so a tampered service
   * or proxy cannot make them script.
   */
  #loadProfile(): void {
    const id = this.clinic;
    this.profile = undefined;
    this.#brand.replaceSync('');
    if (id)
      getProfile(this.apiBase, id).then(
        (p) => {
          if (id !== this.clinic) return;
          this.profile = p;
          this.#brand.replaceSync(accentSheet(p.accent));
          this.requestUpdate();
        },
        () => {},
      );
  }

  protected override updated(): void {
    const root = this.renderRoot as ShadowRoot;
    if (this.#focus) {
      root.querySelector<HTMLElement>(this.#focus)?.focus();
      this.#focus = undefined;
    }
    this.#sync(root.querySelector('h2') ?? undefined);
  }

  /**
   * The form value: a short plain-text summary (questionnaire version, urgency, stretch verdict, the two
   * first-ranked sources; vocabulary only) and the shared report's link once shared. Never an answer, a
   * name or a contact detail. `required` holds the form invalid until the result shows, unless the
   * questionnaire could not load at all (a booking never depends on this service being up).
   */
  #sync(anchor?: HTMLElement): void {
    const { t } = this;
    const r = this.flow.result;
    const s = this.flow.shared;
    const likely = r?.conditions
      .slice(0, 2)
      .map((c) => c.name)
      .join('; ');
    this.#internals.setFormValue(
      r
        ? `${fill(t.value, { version: r.questionnaireVersion })}\n${t.urgency}: ${r.urgency.title}\n${t.stretch}: ${r.stretch.headline}${r.earlyExit ? '' : `\n${t.likely}: ${likely}`}${s ? `\n${t.report}: ${s.href}` : ''}`
        : null,
    );
    if (r || !t || !this.hasAttribute('required')) this.#internals.setValidity({});
    else this.#internals.setValidity({ valueMissing: true }, t.required, anchor);
  }

  /** A form reset clears the value and restarts the check (README, "Clinics"). */
  formResetCallback(): void {
    this.flow.reset();
  }

  formDisabledCallback(disabled: boolean): void {
    this.#disabled = disabled;
    this.requestUpdate();
  }

  override render() {
    const { flow, t } = this;
    const screen = !t
      ? status(this)
      : flow.screen === 'result'
        ? result(this)
        : flow.screen === 'question'
          ? question(this)
          : intro(this);
    const live = !t
      ? ''
      : flow.busy
        ? flow.slow
          ? t.slow
          : BOOT[this.language].loading
        : flow.screen === 'result'
          ? `${t.result}: ${flow.result?.urgency.title}`
          : flow.screen === 'question'
            ? `${fill(t.step, { n: flow.part[0], total: flow.part[1] })}: ${flow.part[2]}`
            : '';
    return html`<div class="w" part="base" lang=${this.language} ?inert=${this.#disabled}>
      <slot name="banner">${banner(this)}</slot>${screen}
      <p class="vh" role="status">${live}</p>
    </div>`;
  }

  /** Copies a text; if the page refuses the clipboard, the text stays there to select. */
  copy(text: string): void {
    navigator.clipboard.writeText(text).then(
      () => {
        this.copied = text;
        this.requestUpdate();
      },
      () => {},
    );
  }

  /** After the next render, focus `to` (default: the heading). */
  moved(to = 'h2'): void {
    this.#focus = to;
  }

  emit<K extends keyof HamstringCheckEvents>(name: K, detail: HamstringCheckEvents[K]): void {
    this.dispatchEvent(new CustomEvent(`hamstring-check:${name}`, { bubbles: true, composed: true, detail }));
  }
}

/** What each event tells the host page. Never an answer's value and never free text. */
export interface HamstringCheckEvents {
  /** The runner pressed Start (or Start again) and the first question is showing. */
  start: { lang: Lang };
  /** The runner answered a question and moved on: which question, never the answer. */
  answer: { question: string };
  /** The result is showing. */
  complete: {
    urgency: TriageResult['urgency']['level'];
    stretch: TriageResult['stretch']['verdict'];
    /** The three first-ranked condition ids. */
    conditions: string[];
    questionnaireVersion: string;
    earlyExit: boolean;
  };
  /** A request failed; the runner sees a message and a retry button. */
  error: { code: ErrorCode };
}

type EventMap = {
  [K in keyof HamstringCheckEvents as `hamstring-check:${K}`]: CustomEvent<HamstringCheckEvents[K]>;
};

declare global {
  interface HTMLElementEventMap extends EventMap {}
  // The events bubble to the document, where a host page may listen for every widget at once.
  interface DocumentEventMap extends EventMap {}
}
