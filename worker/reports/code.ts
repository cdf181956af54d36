/**
 * @module A shared report's code: made to be read over the phone ("7K3Q-DM9X-WE4F"), and read back
 * forgivingly, as Crockford meant base32 to be: any case, hyphens and spaces anywhere or nowhere, and
 * I, L and O taken for the 1 and 0 they look like.
 */
import {
  CODE_GROUP_SIZE,
  CODE_GROUPS,
  CODE_PATTERN,
  LEGACY_CODE_PATTERN,
} from '../../shared/schemas/formats.ts';
import { randomSymbols } from '../secrets.ts';

const SYMBOLS = CODE_GROUPS * CODE_GROUP_SIZE;

/** "7K3QDM9XWE4F" → "7K3Q-DM9X-WE4F". */
const grouped = (symbols: string) =>
  (symbols.match(new RegExp(`.{${CODE_GROUP_SIZE}}`, 'g')) ?? []).join('-');

/** A new code, in the form it is stored, returned and shown. */
export const newReportCode = (): string => grouped(randomSymbols(SYMBOLS));

/**
 * The stored form of a code as someone typed, read or pasted it, or null when it cannot be one (then
 * there is nothing to look up). A legacy 26-symbol code keeps its lower-case stored form.
 */
export function parseCode(raw: string): string | null {
  const symbols = raw.replace(/[\s-]/g, '').toUpperCase().replace(/[IL]/g, '1').replace(/O/g, '0');
  if (symbols.length === SYMBOLS) {
    const code = grouped(symbols);
    return CODE_PATTERN.test(code) ? code : null;
  }
  const legacy = symbols.toLowerCase();
  return LEGACY_CODE_PATTERN.test(legacy) ? legacy : null;
}
