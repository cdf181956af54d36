import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

// The D1 migrations of wrangler.toml, read here (in Node) and applied inside workerd by
// tests/worker/apply-migrations.ts: each test file starts from an empty database with the real schema.
const migrations = await readD1Migrations(fileURLToPath(new URL('../worker/migrations', import.meta.url)));

export default defineConfig({
  root,
  test: {
    // One file per core, whatever the project: vitest's default (cores - 1) is one file at a time on a
    // 2-core machine, the whole suite in series. More than the cores measured slower: workerd, Chromium
    // and wrangler dev need the same cores (docs/toolchain.md, "Tests").
    maxWorkers: availableParallelism(),
    // CI reads the counts from the JSON report; see .ci/run.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]]
      : ['default'],
    projects: [
      {
        root,
        // Property tests run hundreds of triages each; on a busy 2-core machine that takes seconds.
        test: {
          name: 'shared',
          include: ['tests/shared/**/*.test.ts'],
          environment: 'node',
          // Pure functions over data: nothing a file could leave behind for the next.
          isolate: false,
          testTimeout: 60_000,
        },
      },
      {
        root,
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: { bindings: { TEST_MIGRATIONS: migrations } },
          }),
        ],
        test: {
          name: 'worker',
          // One workerd for every file instead of one each (about a second per file); the setup file
          // empties KV and D1 before each file, so each still starts from fresh storage.
          isolate: false,
          include: ['tests/worker/**/*.test.ts'],
          setupFiles: ['tests/worker/apply-migrations.ts'],
          // A bound on a hang, not a wait: the API-key tests hash keys and write KV several times per test,
          // which went past vitest's 5 s default at a load average of 10 on 2 cores.
          testTimeout: 30_000,
        },
      },
      {
        root,
        test: {
          name: 'tools',
          include: ['tests/tools/**/*.test.ts'],
          environment: 'node',
          // The CLI tests run wrangler several times over, and one test starts wrangler dev: seconds each on
          // a busy machine. A bound on a hang, not a wait.
          testTimeout: 120_000,
        },
      },
      {
        root,
        // Bytes of the built Worker and embed, README's integrity hash; `npm test` builds first. The
        // timeout is for the Worker's, which runs `wrangler deploy --dry-run`.
        test: {
          name: 'budgets',
          include: ['tests/budgets/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        root,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          // A whole walk-through with axe on every screen takes 10 to 15 s; twice that when the machine is
          // busy. A bound on a hang, not a wait: the tests wait on conditions.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
