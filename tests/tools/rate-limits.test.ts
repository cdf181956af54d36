/**
 * The rate limits have one definition (worker/http/limits.ts); wrangler.toml cannot import it, so this
 * holds its bindings to the same numbers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RATE_LIMIT_BINDINGS } from '../../worker/http/limits.ts';

const toml = readFileSync(new URL('../../wrangler.toml', import.meta.url), 'utf8');

/** Each `[[ratelimits]]` table's name and its `simple = { limit, period }`. */
function configured(): Record<string, { limit: number; period: number }> {
  const tables = toml.split(/^\[\[ratelimits\]\]$/m).slice(1);
  return Object.fromEntries(
    tables.map((table) => {
      const name = /^name = "([^"]+)"$/m.exec(table)?.[1];
      const simple = /^simple = \{ limit = (\d+), period = (\d+) \}$/m.exec(table);
      if (!name || !simple) throw new Error(`a [[ratelimits]] table without name or simple:\n${table}`);
      return [name, { limit: Number(simple[1]), period: Number(simple[2]) }];
    }),
  );
}

describe('rate limits', () => {
  it('wrangler.toml configures every binding with the limit and period of worker/http/limits.ts', () => {
    expect(configured()).toEqual(RATE_LIMIT_BINDINGS);
  });
});
