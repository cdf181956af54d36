/** The problems of the shared-report routes, built here so the OpenAPI examples show exactly what is sent. */
import { FAILED_LOOKUP_LIMIT } from '../http/limits.ts';
import { ProblemError, unavailable } from '../problems.ts';

export const sharingUnavailable = () =>
  unavailable('Sharing with a clinician is', 'The result on screen is not affected.');

export function notShared(code: string): ProblemError {
  return new ProblemError(
    'not-found',
    `There is no shared report ${JSON.stringify(code.slice(0, 40))}: it was never created, has expired or was deleted. Check the code: 12 characters such as 7K3Q-DM9X-WE4F.`,
  );
}

export const wrongDeleteToken = () =>
  new ProblemError(
    'forbidden',
    'This token does not delete this report: send the deleteToken returned when it was created.',
  );

/** Guessing codes, from anywhere, crossed the ceiling on lookups of codes that do not exist (lookup.ts). */
export const lookupsPaused = () =>
  new ProblemError(
    'rate-limited',
    `Too many failed report lookups here: reports cannot be opened for a while, so that codes cannot be guessed. Retry after ${FAILED_LOOKUP_LIMIT.period} seconds.`,
    {},
    { 'Retry-After': String(FAILED_LOOKUP_LIMIT.period) },
  );
