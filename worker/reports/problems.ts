/** The problems of the shared-report routes, built here so the OpenAPI examples show exactly what is sent. */
import { ProblemError, unavailable } from '../problems.ts';

export const sharingUnavailable = () =>
  unavailable('Sharing with a clinician is', 'The result on screen is not affected.');

export function notShared(code: string): ProblemError {
  return new ProblemError(
    'not-found',
    `There is no shared report ${JSON.stringify(code.slice(0, 40))}: it was never created, has expired or was deleted.`,
  );
}

export const wrongDeleteToken = () =>
  new ProblemError(
    'forbidden',
    'This token does not delete this report: send the deleteToken returned when it was created.',
  );
