/**
 * @module From what a person types (the clinic CLI, the demo seed) to a stored profile: light
 * normalisation of what has one obvious meaning (a trailing slash on an origin, `#ABC` for a colour),
 * then the profile schema, whose errors come back one per field for the CLI to name by its flag.
 */
import { describeIssue } from '../http/field-errors.ts';
import { randomCode } from '../secrets.ts';
import { type ClinicProfile, ClinicProfileSchema, isSecureUrl } from './profile.ts';

/**
 * What a clinic configures with the profile flags; the token hash, the counts key, the webhook (its own
 * commands, since its secret is shown once) and the dates are the store's business.
 */
export type ClinicInput = Omit<
  ClinicProfile,
  'statsTokenHash' | 'countsKey' | 'webhook' | 'createdAt' | 'updatedAt'
>;

/** What the store keeps beside the input; a profile without a counts key is new and gets a random one. */
export interface Bookkeeping {
  createdAt: string;
  updatedAt: string;
  countsKey?: string | undefined;
  webhook?: ClinicProfile['webhook'];
}

export interface InputProblem {
  /** The profile field, e.g. `bookingUrl`. */
  field: string;
  detail: string;
}

export class InvalidClinic extends Error {
  readonly problems: InputProblem[];
  constructor(problems: InputProblem[]) {
    super(problems.map((p) => `${p.field} ${p.detail}`).join('; '));
    this.problems = problems;
  }
}

/** `https://Example.com/` → `https://example.com`; anything with a path stays as typed, for the schema to refuse. */
function normalizeOrigin(value: string): string {
  const trimmed = value.trim();
  if (!isSecureUrl(trimmed)) return trimmed;
  const url = new URL(trimmed);
  return url.pathname === '/' && !url.search && !url.hash ? url.origin : trimmed;
}

/** `#ABC` → `#aabbcc`. */
function normalizeColour(value: string): string {
  const hex = value.trim().toLowerCase();
  return /^#[0-9a-f]{3}$/.test(hex) ? `#${[...hex.slice(1)].map((d) => d + d).join('')}` : hex;
}

export function normalizeInput(input: ClinicInput): ClinicInput {
  const { logoUrl, shareParam, ...rest } = input;
  return {
    ...rest,
    id: rest.id.trim(),
    name: rest.name.trim().replace(/\s+/g, ' '),
    bookingUrl: rest.bookingUrl.trim(),
    phone: rest.phone.trim().replace(/\s+/g, ' '),
    accent: normalizeColour(rest.accent),
    origins: [...new Set(rest.origins.map(normalizeOrigin))],
    ...(logoUrl?.trim() ? { logoUrl: logoUrl.trim() } : {}),
    ...(shareParam?.trim() ? { shareParam: shareParam.trim() } : {}),
  };
}

/** The profile to store, or InvalidClinic listing every field that does not pass. */
export function buildProfile(
  input: ClinicInput,
  statsTokenHash: string,
  { countsKey = randomCode(), webhook, ...dates }: Bookkeeping,
): ClinicProfile {
  const parsed = ClinicProfileSchema.safeParse({
    ...normalizeInput(input),
    statsTokenHash,
    countsKey,
    ...(webhook ? { webhook } : {}),
    ...dates,
  });
  if (parsed.success) return parsed.data;
  throw new InvalidClinic(
    parsed.error.issues.map((issue) => ({
      field: String(issue.path[0] ?? 'profile'),
      detail: describeIssue(issue),
    })),
  );
}
