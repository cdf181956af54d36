/** @module The shadow root's stylesheet: widget/styles.css, minified by the build and imported as text. */
import { unsafeCSS } from 'lit';
import text from './styles.css';

// Our own static file, not user input: "unsafe" only means Lit does not check it.
export const styles = unsafeCSS(text);
