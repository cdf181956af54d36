/** What the numbers were measured on: machine, OS and tool versions. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { CHROMIUM_PATH } from '../../../tests/browser/chromium.ts';

function tryRun(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unavailable';
  }
}

function packageVersion(name: string): string {
  const pkg = JSON.parse(
    readFileSync(new URL(`../../../node_modules/${name}/package.json`, import.meta.url), 'utf8'),
  );
  return pkg.version;
}

export function machineDescription(): string {
  const os = readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="(.*)"$/m)?.[1] ?? 'unknown OS';
  const cpu = cpus();
  return [
    `- Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${os}`,
    `- Node ${process.versions.node}; wrangler ${packageVersion('wrangler')}; workerd ${packageVersion('workerd')}; miniflare ${packageVersion('miniflare')}; playwright-core ${packageVersion('playwright-core')}; ${tryRun(CHROMIUM_PATH, ['--version']).split('\n').pop()}`,
  ].join('\n');
}
