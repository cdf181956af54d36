/** The problems of requests that carry an API key; built here so the docs show exactly what is sent. */
import { ProblemError, unavailable } from '../problems.ts';

const REALM = 'Bearer realm="api key", error="invalid_token"';

export const badApiKey = () =>
  new ProblemError(
    'unauthorized',
    'This API key is not valid. Check that it was copied whole (hck_…); without a key the public limit applies.',
    {},
    { 'WWW-Authenticate': REALM },
  );

export const revokedApiKey = (on: string) =>
  new ProblemError(
    'unauthorized',
    `This API key was revoked on ${on.slice(0, 10)}. Ask the clinic for a new one (npm run clinic -- create-key).`,
    {},
    { 'WWW-Authenticate': REALM },
  );

export const keyFromBrowser = () =>
  new ProblemError(
    'forbidden',
    'API keys are for servers and are refused from web pages (this request sent Origin or Sec-Fetch-Site). Call the API without a key from a page; if this key was ever in a page, revoke it.',
  );

export const keysUnavailable = () =>
  unavailable('API keys are', 'Calls without a key work, under the public limit.');
