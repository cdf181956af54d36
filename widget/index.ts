/**
 * @module Entry of the one-file embed: `<script type="module" src=".../v1/hamstring-check.js">`.
 * The guard makes a second copy of the script (pasted twice, or a pinned and an evergreen copy on one
 * page) harmless instead of throwing `NotSupportedError`.
 */
import { HamstringCheck } from './hamstring-check.ts';

if (!customElements.get('hamstring-check')) customElements.define('hamstring-check', HamstringCheck);

declare global {
  interface HTMLElementTagNameMap {
    'hamstring-check': HamstringCheck;
  }
}
