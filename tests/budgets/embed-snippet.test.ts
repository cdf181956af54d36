/**
 * Keeps README's embed snippets true: the pinned one names the content-addressed copy of the script the
 * build writes, with its Subresource Integrity hash. Any change to the widget changes both, so README
 * must be updated with it (`npm run readme-snippet` does it; the failure prints the right line).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PINNED_LINE, pinnedScriptLine, README } from '../../worker/scripts/readme-snippet.ts';

const readme = readFileSync(README, 'utf8');

describe('README embed snippets', () => {
  it('the pinned snippet loads the content-addressed copy of the built script, with its sha384', async () => {
    const pinned = PINNED_LINE.exec(readme)?.[0];
    expect(pinned, 'README has no pinned snippet with integrity and crossorigin="anonymous"').toBeDefined();
    const expected = await pinnedScriptLine();
    expect(
      pinned,
      `README's pinned snippet is stale: run \`npm run readme-snippet\` after \`npm run build\`, or paste\n${expected}\n`,
    ).toBe(expected);
    expect(readme).toContain(`${expected}\n<hamstring-check></hamstring-check>`);
  });

  it('the evergreen snippet loads /v1/hamstring-check.js as a module', () => {
    expect(readme).toContain('<script type="module" src="https://YOUR-HOST/v1/hamstring-check.js"></script>');
  });
});
