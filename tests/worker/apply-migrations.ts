/**
 * Applies worker/migrations to the test D1 database (read by tests/vitest.config.ts). Setup files run
 * before each test file; applyD1Migrations skips migrations already applied, so this is safe to repeat.
 */
import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
