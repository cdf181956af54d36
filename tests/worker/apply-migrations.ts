/**
 * Runs before each test file (tests/vitest.config.ts). The files share one workerd (`isolate: false`,
 * which spares a Miniflare start per file), so each starts from what a workerd of its own would give it:
 * empty KV namespaces and an empty D1 database with worker/migrations applied (applyD1Migrations skips
 * those already applied). Rate-limit buckets are not reset: tests take fresh client addresses.
 */
import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';

async function emptyKv(namespace: KVNamespace): Promise<void> {
  for (;;) {
    const page = await namespace.list();
    await Promise.all(page.keys.map(({ name }) => namespace.delete(name)));
    if (page.list_complete) return;
  }
}

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
await Promise.all([env.CLINICS, env.REPORTS, env.API_KEYS].map(emptyKv));
const { results: tables } = await env.DB.prepare(
  "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name != 'd1_migrations'",
).all<{ name: string }>();
if (tables.length) await env.DB.batch(tables.map(({ name }) => env.DB.prepare(`DELETE FROM "${name}"`)));
