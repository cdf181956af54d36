/**
 * Clinics the browser tests seed next to the demo clinic, through the clinic CLI's own code, on the
 * throwaway state of the local server (tests/browser/global-setup.ts), all embeddable from its origin.
 */

import type { ClinicInput } from '../../worker/clinics/input.ts';
import { DEFAULT_BOOKING_LEVELS } from '../../worker/clinics/profile.ts';
import { save } from '../../worker/scripts/clinic-cli.ts';
import { wranglerKv } from '../../worker/scripts/kv-cli.ts';

/** A clinic name a later hardening issue also tries: markup that would run if it were parsed as HTML. */
export const INJECTED_NAME = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';

/** A clinic with a booking page of its own that asks for the share code on the link, and a light accent. */
export const LINKED = { id: 'yellow-door', name: 'Yellow Door Physio', accent: '#ffd166', shareParam: 'hc' };

/** A clinic with a logo: an SVG on its host (here the demo pages' icon), which the widget gets from the API. */
export const WITH_LOGO = { id: 'with-logo', name: 'Logo Physio', accent: '#0f6e6a' };

const base = (site: string) => ({
  bookingUrl: `${site}/book`,
  phone: '+44 1632 960001',
  defaultLang: 'en' as const,
  bookingLevels: DEFAULT_BOOKING_LEVELS,
  origins: [site],
});

export const testClinics = (site: string): ClinicInput[] => [
  { ...base(site), id: 'injected-name', name: INJECTED_NAME, accent: '#0f6e6a' },
  { ...base(site), ...LINKED },
  { ...base(site), ...WITH_LOGO, logoUrl: `${site}/demo/favicon.svg` },
];

export async function seedTestClinics(state: string, site: string): Promise<void> {
  const store = wranglerKv({ binding: 'CLINICS', persistTo: state });
  // A fresh state that holds only the demo clinic: these ids are free.
  for (const clinic of testClinics(site))
    await save(store, clinic, new Date(), null, true, { idIsFree: true });
}
