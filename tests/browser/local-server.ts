/**
 * Starts the product the way `npm start` does (migrations, demo clinic, wrangler dev over the built
 * widget/dist), on a free loopback port with its own throwaway state, and stops it again. Used by the
 * browser tests and the benchmarks.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { LOCAL_VARS, localEnv } from '../../worker/scripts/local-env.ts';
import { prepareLocalState } from '../../worker/scripts/local-state.ts';

export interface LocalServer {
  url: string;
  /** The demo clinic's stats token, made when its throwaway state was seeded. */
  demoStatsToken: string;
  stop(): Promise<void>;
}

export interface LocalServerOptions {
  /** Runs on the fresh state before wrangler dev starts (the two must not write local KV at once). */
  seed?: (state: string, url: string) => Promise<void>;
  /** More `wrangler dev --var NAME:value` pairs (the webhook test shortens the retry delay). */
  vars?: string[];
  /** Another entry module than wrangler.toml's `main` (the benchmarks wrap the Worker). */
  script?: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 45_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited early:\n${log()}`);
    try {
      const res = await fetch(`${url}/v1/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`wrangler dev did not answer /v1/health within 45 s:\n${log()}`);
}

export async function startLocalServer({
  seed,
  vars = [],
  script,
}: LocalServerOptions = {}): Promise<LocalServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const state = await mkdtemp(join(tmpdir(), 'hc-state-'));
  const demoStatsToken = await prepareLocalState({ port: String(port), persistTo: state, quiet: true });
  if (!demoStatsToken) throw new Error('a fresh state must seed the demo clinic with a new stats token');
  await seed?.(state, url);
  const child = spawn(
    'wrangler',
    [
      'dev',
      ...(script ? [script] : []),
      ...['--ip', '127.0.0.1', '--port', String(port), '--log-level', 'warn', '--persist-to', state],
      ...LOCAL_VARS,
      ...vars.flatMap((v) => ['--var', v]),
    ],
    { env: localEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  await waitForHealth(url, child, () => output);
  return {
    url,
    demoStatsToken,
    async stop() {
      if (child.exitCode === null && child.pid !== undefined) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        process.kill(-child.pid, 'SIGTERM'); // the whole group: wrangler and its workerd
        await Promise.race([exited, sleep(5_000)]);
      }
      await rm(state, { recursive: true, force: true });
    },
  };
}
