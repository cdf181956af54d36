import { css, html, LitElement } from 'lit';

/**
 * @summary Triage questionnaire for runners with pain at the back of the thigh.
 */
export class HamstringCheck extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font: 1rem/1.5 var(--hc-font, system-ui, sans-serif);
      color: var(--hc-text, #1d2433);
      background: var(--hc-surface, #ffffff);
      border-radius: var(--hc-radius, 12px);
      padding: 1.25rem;
      min-height: 18rem;
    }
  `;

  override render() {
    return html`<section part="intro">
      <h2>Pain at the back of your thigh?</h2>
      <p>Answer a few questions to learn what it most likely is and whether stretching will help.</p>
    </section>`;
  }
}
