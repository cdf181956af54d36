import { html, LitElement, type PropertyValues } from 'lit';
import type { TriageResult } from '../shared/schemas/triage.ts';
import type { ErrorCode } from './api.ts';
import { Flow } from './flow.ts';
import { fill, type Lang, STRINGS, type Strings, toLang } from './strings.ts';
import { styles } from './styles.ts';
import { intro } from './views/intro.ts';
import { question } from './views/question.ts';
import { result } from './views/result.ts';

/** Where the API lives unless `api` says otherwise: the origin the script itself was loaded from. */
const API = new URL('/v1/', import.meta.url).href;

/**
 * @summary Triage questionnaire for runners with pain at the back of the thigh: what it most likely is,
 * whether to stretch, how urgent, what to do first. Attributes, events, parts and custom properties are
 * listed in README ("Embed it").
 *
 * @slot banner - above every screen (a clinic's banner)
 * @slot cta - on the result, after the plan (a booking link)
 */
export class HamstringCheck extends LitElement {
  static override styles = styles;
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
  /** The clinic's id; the clinic issue uses it for its banner and booking link. */
  declare clinic?: string;

  readonly flow = new Flow(this);
  /** The clinician summary last copied, so its button says "Copied". */
  copied = '';
  #focusHeading = false;

  get language(): Lang {
    return toLang(this.closest('[lang]')?.getAttribute('lang'));
  }

  get apiBase(): string {
    return this.api || API;
  }

  get t(): Strings {
    return STRINGS[this.language];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Fetched ahead, so Start is instant; a failure here is shown only if the runner presses Start.
    void this.flow.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && (changed.has('lang') || changed.has('api'))) {
      void this.flow.load();
    }
  }

  protected override updated(): void {
    if (!this.#focusHeading) return;
    this.#focusHeading = false;
    const root = this.renderRoot as ShadowRoot;
    (root.querySelector<HTMLElement>('.err button') ?? root.querySelector<HTMLElement>('h2'))?.focus();
  }

  override render() {
    const { flow, t } = this;
    const screen =
      flow.screen === 'result' ? result(this) : flow.screen === 'question' ? question(this) : intro(this);
    const live = flow.busy
      ? flow.slow
        ? t.slow
        : t.loading
      : flow.screen === 'result'
        ? `${t.result}: ${flow.result?.urgency.title}`
        : flow.screen === 'question'
          ? `${fill(t.step, flow.part[0], flow.part[1])}: ${flow.part[2]}`
          : '';
    return html`<div class="w" part="base" lang=${this.language}>
      <slot name="banner"></slot>${screen}
      <p class="vh" role="status">${live}</p>
    </div>`;
  }

  /** Copies the clinician summary; if the page refuses the clipboard, the text stays there to select. */
  copy(text: string): void {
    navigator.clipboard.writeText(text).then(
      () => {
        this.copied = text;
        this.requestUpdate();
      },
      () => {},
    );
  }

  moved(): void {
    this.#focusHeading = true;
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
