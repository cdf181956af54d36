/**
 * KV through the wrangler CLI (`wrangler kv key get|put|list|delete --binding …`), against local state
 * (.wrangler/, what `wrangler dev` reads) or, with `remote`, the deployed namespace of wrangler.toml.
 * Values are passed as arguments without a shell, so nothing in them is interpreted.
 */
import { spawnSync } from 'node:child_process';
import { localEnv } from './local-env.ts';

export interface KvStore {
  get(key: string): Promise<string | null>;
  put(key: string, value: string): Promise<void>;
  list(): Promise<string[]>;
  delete(key: string): Promise<void>;
}

export interface KvTarget {
  binding: string;
  /** The deployed namespace instead of local state. */
  remote?: boolean;
  /** Local state directory (wrangler's --persist-to); default .wrangler/state, where `wrangler dev` looks. */
  persistTo?: string;
}

/** wrangler prints this (exit code 0) for a key that does not exist. */
const NOT_FOUND = 'Value not found';

export function wranglerKv({ binding, remote = false, persistTo }: KvTarget): KvStore {
  const where = remote ? ['--remote'] : ['--local', ...(persistTo ? ['--persist-to', persistTo] : [])];
  const run = (args: string[]): string => {
    const child = spawnSync('wrangler', ['kv', 'key', ...args, '--binding', binding, ...where], {
      env: localEnv(),
      encoding: 'utf8',
    });
    if (child.error) throw new Error(`could not run wrangler: ${child.error.message}`);
    if (child.status !== 0) {
      const said = `${child.stderr}\n${child.stdout}`.trim().split('\n').slice(-6).join('\n');
      throw new Error(`wrangler kv key ${args[0]} failed:\n${said}`);
    }
    return child.stdout;
  };
  return {
    async get(key) {
      const out = run(['get', key, '--text']);
      return out.trim() === NOT_FOUND ? null : out;
    },
    async put(key, value) {
      run(['put', key, value]);
    },
    async list() {
      const out = run(['list']);
      const keys = JSON.parse(out.slice(out.indexOf('['))) as { name: string }[];
      return keys.map((k) => k.name);
    },
    async delete(key) {
      run(['delete', key]);
    },
  };
}
