/**
 * The run command's second half (`npm start` builds the widget first): applies the D1 migrations to the
 * local database under .wrangler/, seeds the demo clinic of widget/demo/clinic.html into local KV, and
 * serves everything with `wrangler dev` on 127.0.0.1:$PORT (8787).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { seedDemoClinic } from './demo-seed.ts';
import { wranglerKv } from './kv-cli.ts';
import { localEnv } from './local-env.ts';

const port = process.env.PORT ?? '8787';
const env = localEnv();

// wrangler fails ("No migrations present") until the first migration exists, so skip the step till then.
const migrations = new URL('../migrations/', import.meta.url);
if (existsSync(migrations) && readdirSync(migrations).some((file) => file.endsWith('.sql'))) {
  const migrate = spawnSync('wrangler', ['d1', 'migrations', 'apply', 'DB', '--local'], {
    env,
    stdio: 'inherit',
  });
  if (migrate.status !== 0) process.exit(migrate.status ?? 1);
}

// Before wrangler dev starts, so the two never write the local KV state at the same time.
await seedDemoClinic(
  wranglerKv({ binding: 'CLINICS' }),
  [`http://127.0.0.1:${port}`, `http://localhost:${port}`],
  { out: (line) => console.log(line), err: (line) => console.error(line) },
);

const dev = spawn('wrangler', ['dev', '--ip', '127.0.0.1', '--port', port], { env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => dev.kill(signal));
dev.on('exit', (code) => process.exit(code ?? 0));
