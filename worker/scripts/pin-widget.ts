/**
 * Gives the built widget its pinned copy: widget/dist/v/<hash>/hamstring-check.js, named by its own bytes
 * (embed/snippets.ts pinnedPath) and served as immutable (`/v/*` in _headers), so an immutable URL can
 * never serve other bytes. Runs after the widget build. The build's versioned copy (v/<version>/) goes:
 * the one such path ever published, /v/0.1.0/, is answered by the Worker now (routes/release-alias.ts).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_VERSION } from '../../shared/version.ts';
import { pinnedPath, type Release } from '../embed/snippets.ts';

export const DIST = fileURLToPath(new URL('../../widget/dist/', import.meta.url));

/** This build's release: the version, and the Subresource Integrity hash of the script it serves. */
export async function widgetRelease(dist = DIST): Promise<Release & { path: string }> {
  const script = await readFile(join(dist, 'v1', 'hamstring-check.js'));
  const integrity = `sha384-${createHash('sha384').update(script).digest('base64')}`;
  return { version: APP_VERSION, integrity, path: pinnedPath(integrity) };
}

export async function pinWidget(dist = DIST): Promise<Release & { path: string }> {
  const release = await widgetRelease(dist);
  const target = join(dist, release.path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, await readFile(join(dist, 'v1', 'hamstring-check.js')));
  await rm(join(dist, 'v', APP_VERSION), { recursive: true, force: true });
  return release;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { path, integrity } = await pinWidget();
  console.log(`pinned: ${path} ${integrity}`);
}
