/**
 * `npm run clinic -- <command> [options]`: manage clinic profiles in KV `CLINICS`, locally (.wrangler/)
 * or, with --remote, on the deployed Worker. See clinic-cli.ts for the commands, or --help.
 */
import { runClinicCli } from './clinic-cli.ts';
import { wranglerKv } from './kv-cli.ts';

process.exitCode = await runClinicCli(process.argv.slice(2), {
  store: wranglerKv,
  io: { out: (line) => console.log(line), err: (line) => console.error(line) },
});
