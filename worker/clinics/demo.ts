/**
 * The demo clinic of widget/demo/clinic.html: seeded into local state by the run command
 * (worker/scripts/dev.ts), with `site` as its web origin. The widget sits inside the clinic's own booking
 * form there, so its booking link goes to that form's details on the same page (a reload would lose the
 * result), and the share reference travels in the form's value rather than on the link: no `shareParam`.
 */
import type { ClinicInput } from './input.ts';

export const DEMO_CLINIC_ID = 'riverside-physio';

export const demoClinic = (site: string): ClinicInput => ({
  id: DEMO_CLINIC_ID,
  name: 'Riverside Sports Physiotherapy',
  bookingUrl: `${site}/demo/clinic#details`,
  phone: '01632 960000',
  accent: '#0f6e6a',
  defaultLang: 'en',
  bookingLevels: ['routine', 'within-week'],
  origins: [site],
  shareParam: undefined,
});
