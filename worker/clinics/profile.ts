/**
 * @module A clinic profile: what a clinic configures (brand, booking link, which results lead to a
 * booking, where it may embed the widget) and the hash of its stats token. One zod/mini schema checks
 * profiles where they are written (the clinic CLI) and where they are read (the Worker, since a profile
 * written by hand with wrangler could be anything). Only `publicProfile()` ever leaves the Worker.
 */
import * as z from 'zod/mini';
import { LANGS, type Urgency } from '../../shared/index.ts';
import type { CallToAction } from '../../shared/schemas/clinic.ts';
import { HASH_PATTERN } from '../secrets.ts';
import { WEBHOOK_SECRET_PATTERN } from '../webhooks/secret.ts';
import { CLINIC_ID_PATTERN } from './id.ts';
import { logoPath } from './logo.ts';

export { CLINIC_ID_PATTERN };

export const ClinicIdSchema = z
  .string()
  .check(
    z.regex(
      CLINIC_ID_PATTERN,
      'must be 1 to 64 lower-case letters, digits and hyphens, starting and ending with a letter or digit',
    ),
  );

/** Loopback hosts, where browsers treat plain http as secure: local development only. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https, or http on a loopback host; never credentials in the URL. Null for anything else. */
function parseSecureUrl(value: string): URL | null {
  const url = value.length > 2048 ? null : URL.parse(value);
  if (!url || url.username || url.password) return null;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) ? url : null;
}

export const isSecureUrl = (value: string) => parseSecureUrl(value) !== null;

/** An origin exactly as a browser sends it in `Origin`: scheme, host and port, nothing more. */
const isOrigin = (value: string) => parseSecureUrl(value)?.origin === value;

const secureUrl = z
  .string()
  .check(z.refine(isSecureUrl, 'must be an https URL (http only on localhost or 127.0.0.1)'));

const origin = z
  .string()
  .check(
    z.refine(
      isOrigin,
      'must be an origin such as https://www.example.com: https (http only on localhost), no path, no trailing slash',
    ),
  );

/**
 * Where a clinic receives signed webhooks (worker/webhooks/), with the signing secret: kept in clear,
 * since signing needs it, and never shown but once by the clinic CLI. During a rotation the previous
 * secret signs too, until `until`, so the clinic can switch its receiver without losing a delivery.
 */
const webhookSecret = z
  .string()
  .check(z.regex(WEBHOOK_SECRET_PATTERN, 'must be a signing secret written whsec_<base64 of 32 bytes>'));
export const WebhookSchema = z.strictObject({
  url: secureUrl,
  secret: webhookSecret,
  previous: z.optional(z.strictObject({ secret: webhookSecret, until: z.string() })),
});
export type Webhook = z.infer<typeof WebhookSchema>;

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** The urgency levels a clinic may attach its booking button to; same-day and emergency never. */
export const BOOKABLE_LEVELS = ['self-care', 'routine', 'within-week'] as const;
export const DEFAULT_BOOKING_LEVELS: BookableLevel[] = ['routine', 'within-week'];
export type BookableLevel = (typeof BOOKABLE_LEVELS)[number];

export const ClinicProfileSchema = z.strictObject({
  id: ClinicIdSchema,
  name: text(100),
  bookingUrl: secureUrl,
  phone: z
    .string()
    .check(
      z.regex(
        /^\+?[0-9][0-9 ().-]{2,30}$/,
        'must be a phone number: digits, spaces, ( ) . - and a leading +',
      ),
    ),
  accent: z.string().check(z.regex(/^#[0-9a-f]{6}$/, 'must be a hex colour written #rrggbb')),
  logoUrl: z.optional(secureUrl),
  defaultLang: z.enum(LANGS),
  bookingLevels: z.array(z.enum(BOOKABLE_LEVELS)).check(
    z.maxLength(BOOKABLE_LEVELS.length),
    z.refine((levels) => new Set(levels).size === levels.length, 'must not repeat a level'),
  ),
  origins: z.array(origin).check(
    z.minLength(1),
    z.maxLength(20),
    z.refine((list) => new Set(list).size === list.length, 'must not repeat an origin'),
  ),
  /** Parameter that carries the share reference in the booking link's fragment; absent: the link stays as is. */
  shareParam: z.optional(
    z
      .string()
      .check(z.regex(/^[A-Za-z][A-Za-z0-9_.-]{0,31}$/, 'must be a parameter name of 1 to 32 characters')),
  ),
  statsTokenHash: z.string().check(z.regex(HASH_PATTERN, 'must be a SHA-256 hash in hex')),
  /**
   * The key of this profile's usage counts in D1: random, made when the profile is added, kept by every
   * update. A clinic removed and added again under the same id gets a new one, so it never sees its
   * predecessor's counts. Absent on profiles stored before it existed, which count under their id.
   */
  countsKey: z.optional(ClinicIdSchema),
  webhook: z.optional(WebhookSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ClinicProfile = z.infer<typeof ClinicProfileSchema>;

/**
 * What the widget shows under a result of each urgency level:
 * - `book`: the booking button first;
 * - `book-if-not-better`: self-care first, then "Not clearly better by then? Book…", "then" being the
 *   re-check period the self-care advice names for the likely condition;
 * - `advice`: the result's own advice, the clinic's phone second (a level the clinic does not book);
 * - `urgent-care`: urgent care or the emergency department first, the phone only second, never a booking.
 */
export function callToAction(levels: readonly BookableLevel[]): Record<Urgency, CallToAction> {
  const books = (level: BookableLevel) => levels.includes(level);
  return {
    // Self-care never loses its way to a booking: booking it outright is the clinic's choice.
    'self-care': books('self-care') ? 'book' : 'book-if-not-better',
    routine: books('routine') ? 'book' : 'advice',
    'within-week': books('within-week') ? 'book' : 'advice',
    'same-day': 'urgent-care',
    emergency: 'urgent-care',
  };
}

/**
 * The profile as anyone may read it: no token hash, no allowed origins, no bookkeeping dates. The logo
 * is the copy this service serves from `origin`, its own (clinics/logo.ts), never the logo host's URL.
 */
export function publicProfile(p: ClinicProfile, origin: string) {
  return {
    id: p.id,
    name: p.name,
    bookingUrl: p.bookingUrl,
    phone: p.phone,
    tel: `tel:${p.phone.replace(/[^+0-9]/g, '')}`,
    accent: p.accent,
    ...(p.logoUrl ? { logoUrl: logoPath(origin, p.id, p.updatedAt) } : {}),
    defaultLang: p.defaultLang,
    callToAction: callToAction(p.bookingLevels),
  };
}

/**
 * The booking link for a shared report: with `#<shareParam>=<code>` when the clinic asked for it. In the
 * fragment, never the query: a browser sends no fragment to any server, so the code (which opens the
 * runner's answers) stays out of request logs, analytics of request URLs and the Referer header. A
 * fragment the link already has is kept, the parameter added after it.
 */
export function bookingLink(p: ClinicProfile, code: string): string {
  if (!p.shareParam) return p.bookingUrl;
  const url = new URL(p.bookingUrl);
  url.hash = [url.hash.slice(1), `${p.shareParam}=${code}`].filter(Boolean).join('&');
  return url.href;
}

/** Where the clinic's usage counts live in D1 (`clinic_daily_counts.clinic`). */
export const countsKey = (p: ClinicProfile) => p.countsKey ?? p.id;

/**
 * Whether a request from `origin` may count for the clinic: an allowed page, no page at all (curl), or
 * this service's own pages (`self`): the iframe page /embed, which only the clinic's origins may frame
 * when it wears a clinic (routes/embed.ts), and which anyone could open directly as they could use curl.
 */
export const originMayCount = (p: ClinicProfile, origin: string | undefined, self?: string) =>
  origin === undefined || origin === self || p.origins.includes(origin);
