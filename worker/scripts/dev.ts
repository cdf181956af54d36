/**
 * The run command's second half (`npm start` builds the widget first): applies the D1 migrations to the
 * local database under .wrangler/, seeds the demo clinic of widget/demo/clinic.html into local KV, and
 * serves everything with `wrangler dev` on 127.0.0.1:$PORT (8787), webhooks allowed to loopback receivers.
 */
import { spawn } from 'node:child_process';
import { LOCAL_VARS, localEnv } from './local-env.ts';
import { prepareLocalState } from './local-state.ts';

const port = process.env.PORT ?? '8787';
try {
  await prepareLocalState({ port });
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const dev = spawn('wrangler', ['dev', '--ip', '127.0.0.1', '--port', port, ...LOCAL_VARS], {
  env: localEnv(),
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => dev.kill(signal));
dev.on('exit', (code) => process.exit(code ?? 0));
