/**
 * The run command's demo clinic: `riverside-physio` of widget/demo/clinic.html, stored in local state
 * through the same code as the clinic CLI. Idempotent: created once (its stats token printed then);
 * on later runs only brought in line with this run's address, the token kept. Returns the token when it
 * made one (the browser tests read the demo clinic's stats with it).
 */
import { DEMO_CLINIC_ID, demoClinic } from '../clinics/demo.ts';
import type { Io } from './cli-io.ts';
import { inputOf, printToken, readProfile, save } from './clinic-cli.ts';
import type { KvStore } from './kv-cli.ts';

export async function seedDemoClinic(
  store: KvStore,
  sites: readonly [string, ...string[]],
  io: Io,
): Promise<string | undefined> {
  const [site, ...others] = sites;
  const wanted = { ...demoClinic(site), origins: [...sites] };
  const existing = await readProfile(store, DEMO_CLINIC_ID);
  if (!existing) {
    const { token } = await save(store, wanted, new Date(), null, true, { idIsFree: true });
    io.out(`Demo clinic ${DEMO_CLINIC_ID} added for ${[site, ...others].join(' and ')}.`);
    if (token) printToken(io, DEMO_CLINIC_ID, token);
    return token;
  }
  if (JSON.stringify(inputOf(existing)) === JSON.stringify(inputOf({ ...existing, ...wanted }))) {
    io.out(
      `Demo clinic ${DEMO_CLINIC_ID} is ready (stats token unchanged; npm run clinic -- rotate-token --id ${DEMO_CLINIC_ID} prints a new one).`,
    );
    return undefined;
  }
  await save(store, { ...inputOf(existing), ...wanted }, new Date(), existing, false);
  io.out(
    `Demo clinic ${DEMO_CLINIC_ID} updated for ${site} (stats token unchanged; rotate-token prints a new one).`,
  );
}
