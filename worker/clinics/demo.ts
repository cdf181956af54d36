/**
 * The demo clinic of widget/demo/clinic.html: seeded into local state by the run command
 * (worker/scripts/dev.ts) and shown in the API reference, with `site` as its web origin.
 */
import type { ClinicInput } from './input.ts';

export const DEMO_CLINIC_ID = 'riverside-physio';

export const demoClinic = (site: string): ClinicInput => ({
  id: DEMO_CLINIC_ID,
  name: 'Riverside Sports Physiotherapy',
  bookingUrl: `${site}/demo/clinic`,
  phone: '01632 960000',
  accent: '#0f6e6a',
  defaultLang: 'en',
  bookingLevels: ['routine', 'within-week'],
  origins: [site],
  shareParam: 'hc',
});
