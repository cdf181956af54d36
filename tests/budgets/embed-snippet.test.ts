/**
 * Keeps README's pinned embed snippet true: its version is the release's, and its Subresource Integrity
 * hash is that of the pinned script the build writes. Any change to the widget changes the hash, so
 * README must be updated with it (`npm run build` prints the new one).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../shared/version.ts';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');

describe('README embed snippets', () => {
  it('the pinned snippet names this release and carries the sha384 of the built pinned script', () => {
    const pinned = readme.match(
      /<script type="module" src="https:\/\/YOUR-HOST\/v\/([^/"]+)\/hamstring-check\.js"\s+integrity="(sha384-[^"]+)"\s+crossorigin="anonymous"><\/script>/,
    );
    expect(pinned, 'README has no pinned snippet with integrity and crossorigin="anonymous"').not.toBeNull();
    expect(pinned?.[1]).toBe(APP_VERSION);
    const file = fileURLToPath(new URL(`widget/dist/v/${APP_VERSION}/hamstring-check.js`, root));
    const actual = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
    expect(
      pinned?.[2],
      `README's integrity is stale: the built script is ${actual} (npm run build prints it)`,
    ).toBe(actual);
  });

  it('the evergreen snippet loads /v1/hamstring-check.js as a module', () => {
    expect(readme).toContain('<script type="module" src="https://YOUR-HOST/v1/hamstring-check.js"></script>');
  });
});
