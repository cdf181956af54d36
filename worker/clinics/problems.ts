/** The problems of the clinic routes, built here so the OpenAPI examples show exactly what is sent. */
import { ProblemError, UNAVAILABLE_RETRY_SECONDS, unavailable } from '../problems.ts';

export function unknownClinic(id: string): ProblemError {
  return new ProblemError(
    'not-found',
    `There is no clinic ${JSON.stringify(id.slice(0, 64))}. Clinic ids are given by the service when a clinic is set up.`,
  );
}

export const clinicsUnavailable = () =>
  unavailable('Clinic profiles are', 'Triage works; the widget shows its unbranded version meanwhile.');

export const noLogo = (id: string) =>
  new ProblemError(
    'not-found',
    `Clinic ${id} has no logo: its profile gives none (npm run clinic -- update --logo-url).`,
  );

/** `why` says what the logo host gave, for the operator to fix its profile or the host. */
export const logoUnavailable = (why: string) =>
  new ProblemError(
    'service-unavailable',
    `The clinic's logo cannot be served: ${why}. The widget shows the clinic's name without it. Retry after ${UNAVAILABLE_RETRY_SECONDS} seconds.`,
    {},
    { 'Retry-After': String(UNAVAILABLE_RETRY_SECONDS) },
  );

export const statsUnavailable = () =>
  unavailable('Usage counts are', 'Triage and the clinic profile are not affected.');

export function clickFromOtherPage(id: string): ProblemError {
  return new ProblemError(
    'forbidden',
    `This page's origin is not among the allowed origins of clinic ${id}, so its booking clicks are not counted. Add it with npm run clinic -- update.`,
  );
}

/** The same for a wrong token and an unknown clinic, so stats reveal no clinic ids. */
export const wrongStatsToken = () =>
  new ProblemError(
    'forbidden',
    'This token does not open these stats. Check the clinic id and the token; a rotated token replaces the old one.',
  );
