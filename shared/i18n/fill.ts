/**
 * @module Filling a catalogue text's `{name}` placeholders: the API's texts and the widget's interface
 * texts alike. Apart from the catalogues, so the widget can bundle it alone.
 */

/** `raw` with each `{name}` replaced by `vars[name]`; a placeholder without a value stays as written. */
export const fill = (raw: string, vars: Readonly<Record<string, string | number | undefined>>): string =>
  raw.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole));
