/**
 * @module A clinic's logo, served from this service's own origin (GET /v1/clinics/:id/logo): fetched from
 * the profile's `logoUrl` (logo-host.ts) and passed on only as an image of a type browsers show safely, at
 * most MAX_LOGO_BYTES. So the widget talks to no host but its own, a page's `img-src` needs only the
 * widget's origin, and the logo host never sees which pages show the widget or the runners' addresses.
 * No Workers-only API here: the OpenAPI build and the clinic CLI read it in Node.
 */
export const LOGO_TYPES = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/avif',
  'image/svg+xml',
];
export const MAX_LOGO_BYTES = 100 * 1024;
/** The edge keeps a good answer from the logo host this long. */
export const EDGE_CACHE_SECONDS = 3600;

/**
 * Browsers keep a logo a day: its URL changes with every profile update (`?v=`). No script runs in an SVG
 * shown as an image; opened directly, the policy lets nothing in it run either.
 */
export const logoHeaders = (type: string) => ({
  'Content-Type': type,
  'Cache-Control': 'public, max-age=86400',
  'Content-Security-Policy': "default-src 'none'; sandbox",
  'Cross-Origin-Resource-Policy': 'cross-origin',
});

/** The logo's URL on this service, for the public profile; `origin` is this service's. */
export const logoPath = (origin: string, id: string, updatedAt: string) =>
  `${origin}/v1/clinics/${id}/logo?v=${Date.parse(updatedAt).toString(36)}`;
