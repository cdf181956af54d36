/** The problems of GET /oembed, built here so the API reference shows exactly what is sent. */
import { ProblemError } from '../problems.ts';

export const onlyJson = (format: string) =>
  new ProblemError(
    'not-implemented',
    `oEmbed is answered in JSON only: send format=json (or leave it out), not ${JSON.stringify(format.slice(0, 20))}.`,
  );

export const notOurPage = (pages: readonly string[], raw: string) =>
  new ProblemError(
    'not-found',
    `oEmbed covers this site's own pages only: ${pages.join(', ')} (with its lang, theme, clinic and accent parameters). ${JSON.stringify(raw.slice(0, 200))} is none of them.`,
  );
