/**
 * The Worker bundle as deployed (`wrangler deploy --dry-run`), and what it is made of: wrangler does not
 * report its inputs, so the parts are measured with an esbuild bundle of the same entry (close to, not
 * exactly, wrangler's output), for naming what grew when the budget is exceeded.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { localEnv } from '../../worker/scripts/local-env.ts';

export const ROOT = new URL('../../', import.meta.url).pathname;

/**
 * Writes the bundle `wrangler deploy` would upload into `outdir`; returns its entry, index.js. `minify:
 * false` keeps the functions' names, for a profile a person can read.
 */
export function writeDeployedBundle(outdir: string, { minify = true } = {}): string {
  const args = ['deploy', '--dry-run', '--outdir', outdir, ...(minify ? [] : ['--no-minify'])];
  execFileSync('wrangler', args, {
    cwd: ROOT,
    env: localEnv(),
    stdio: 'ignore',
  });
  return join(outdir, 'index.js');
}

/** gzip -9 bytes of the bundle `wrangler deploy` would upload. */
export function deployedGzipBytes(): number {
  const outdir = mkdtempSync(join(tmpdir(), 'hc-worker-'));
  try {
    return gzipSync(readFileSync(writeDeployedBundle(outdir)), { level: 9 }).length;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

function part(file: string): string {
  if (file.includes('node_modules/'))
    return `npm:${file
      .split('node_modules/')[1]
      ?.split('/')
      .slice(0, file.includes('/@') ? 2 : 1)
      .join('/')}`;
  if (file.startsWith('shared/i18n/')) return `texts:${file.split('/')[2]}`;
  return file.split('/').slice(0, 2).join('/');
}

/** Minified bytes per part of the bundle: npm packages, text catalogues, folders of our code. */
export async function bundleParts(): Promise<Record<string, number>> {
  const result = await build({
    entryPoints: [join(ROOT, 'worker/index.ts')],
    absWorkingDir: ROOT,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['module', 'main'],
    external: ['cloudflare:*', 'node:*'],
    write: false,
    metafile: true,
  });
  const parts: Record<string, number> = {};
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [file, input] of Object.entries(output.inputs)) {
      const name = part(file);
      parts[name] = (parts[name] ?? 0) + input.bytesInOutput;
    }
  }
  return parts;
}
