/**
 * @module The clinic CLI's commands (`npm run clinic -- <command>`): add, update, list, show and remove
 * clinic profiles, and rotate their stats tokens; their webhooks (webhook-cli.ts) and API keys (key-cli.ts). The store and the output are passed in, so tests run
 * the commands against memory and the real command (clinic.ts) against wrangler.
 */
import { parseArgs } from 'node:util';
import { buildProfile, type ClinicInput, InvalidClinic } from '../clinics/input.ts';
import {
  type BookableLevel,
  type ClinicProfile,
  ClinicProfileSchema,
  countsKey,
  DEFAULT_BOOKING_LEVELS,
} from '../clinics/profile.ts';
import { newToken, STATS_TOKEN_PREFIX, sha256Hex } from '../secrets.ts';
import type { Io } from './cli-io.ts';
import { createKey, KeyUsageError, listKeys, revokeKey } from './key-cli.ts';
import type { KvStore, KvTarget } from './kv-cli.ts';
import { rotateSecret, setWebhook, type WebhookCommand, WebhookUsageError } from './webhook-cli.ts';

export interface CliDeps {
  store(target: KvTarget): KvStore;
  io: Io;
  now?: () => Date;
}

export const USAGE = `Usage: npm run clinic -- <command> [options]

Commands
  add            create a clinic profile; prints its stats token once
  update         change some fields of a profile (the others stay)
  list           list the profiles
  show           show one profile (never its token: only a hash is stored)
  rotate-token   replace the stats token; prints the new one once, the old one stops working
  remove         delete a profile (its usage counts stay in D1, out of reach: the id added
                 again starts from zero)
  set-webhook    --id --url: where the clinic receives signed events (https, public host);
                 the first time prints its signing secret once; --url "" removes it
  rotate-secret  --id: a new signing secret, printed once; the old one also signs for 24 hours
  create-key     --id --label: an API key for the clinic's server, printed once (only its hash
                 is stored); it raises the triage limit for its holder
  list-keys      [--id]: the API keys (never the keys themselves), active or revoked
  revoke-key     --key <key id>: the key is refused from then on

Profile options (add: --id --name --booking-url --phone --accent --origin are required)
  --id <id>                 lower-case letters, digits and hyphens, e.g. riverside-physio
  --name <text>             the clinic's name as the widget shows it
  --booking-url <url>       the booking page (https; http only on localhost)
  --phone <number>          as the clinic writes it, e.g. "01632 960000"
  --accent <#rrggbb>        brand colour
  --logo-url <url>          logo (https); "" removes it
  --lang <en|es>            the widget's default language (default en)
  --origin <origin>         a site allowed to embed the widget, e.g. https://www.example.com;
                            repeat for several (update: replaces the list)
  --add-origin <origin>     update: allow one more site
  --remove-origin <origin>  update: stop allowing a site
  --booking-levels <list>   urgency levels whose result leads with the booking button, from
                            self-care,routine,within-week (default routine,within-week; "" for none).
                            same-day and emergency always lead with urgent care.
  --share-param <name>      put the shared report's code in the booking link's fragment as
                            #<name>=<code> (never the query: no server or log sees it); "" turns it off
  --url <url>               set-webhook: the receiver (http://127.0.0.1 only in local state)
  --label <text>            create-key: what the key is for, e.g. "booking server"
  --key <key id>            revoke-key: the key's id, as list-keys shows it

Where
  (default)                 local state in .wrangler/, what npm start serves
  --remote                  the deployed Worker's CLINICS namespace (needs wrangler login)
  --persist-to <dir>        another local state directory

  --json                    list, show: print JSON
  --help                    this text`;

const MORE = 'Run npm run clinic -- --help for the commands and options.';

/** The flag that sets each profile field, for error messages. */
const FLAGS: Record<string, string> = {
  id: '--id',
  name: '--name',
  bookingUrl: '--booking-url',
  phone: '--phone',
  accent: '--accent',
  logoUrl: '--logo-url',
  defaultLang: '--lang',
  bookingLevels: '--booking-levels',
  origins: '--origin',
  shareParam: '--share-param',
};

export class UsageError extends Error {}

const OPTIONS = {
  id: { type: 'string' },
  name: { type: 'string' },
  'booking-url': { type: 'string' },
  phone: { type: 'string' },
  accent: { type: 'string' },
  'logo-url': { type: 'string' },
  lang: { type: 'string' },
  origin: { type: 'string', multiple: true },
  'add-origin': { type: 'string', multiple: true },
  'remove-origin': { type: 'string', multiple: true },
  'booking-levels': { type: 'string' },
  'share-param': { type: 'string' },
  url: { type: 'string' },
  label: { type: 'string' },
  key: { type: 'string' },
  remote: { type: 'boolean' },
  'persist-to': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Flags = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

const levels = (list: string) =>
  list
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean) as BookableLevel[];

/** The profile fields the flags set; absent flags are absent. */
function fieldsFrom(flags: Flags): Partial<ClinicInput> {
  const fields: Partial<ClinicInput> = {};
  if (flags.id !== undefined) fields.id = flags.id;
  if (flags.name !== undefined) fields.name = flags.name;
  if (flags['booking-url'] !== undefined) fields.bookingUrl = flags['booking-url'];
  if (flags.phone !== undefined) fields.phone = flags.phone;
  if (flags.accent !== undefined) fields.accent = flags.accent;
  if (flags['logo-url'] !== undefined) fields.logoUrl = flags['logo-url'];
  if (flags.lang !== undefined) fields.defaultLang = flags.lang as ClinicInput['defaultLang'];
  if (flags.origin !== undefined) fields.origins = flags.origin;
  if (flags['booking-levels'] !== undefined) fields.bookingLevels = levels(flags['booking-levels']);
  if (flags['share-param'] !== undefined) fields.shareParam = flags['share-param'];
  return fields;
}

function requireId(flags: Flags): string {
  if (!flags.id) throw new UsageError('--id is required for this command.');
  return flags.id;
}

/** Each invalid field, named by its flag, with what was given. */
function describeInvalid(err: InvalidClinic, input: Partial<ClinicInput>): string[] {
  return err.problems.map(({ field, detail }) => {
    const given = input[field as keyof ClinicInput];
    const shown = Array.isArray(given) ? given.join(', ') : given;
    return `  ${FLAGS[field] ?? field}: ${detail}${shown === undefined ? '' : ` (got ${JSON.stringify(shown)})`}`;
  });
}

export async function readProfile(store: KvStore, id: string): Promise<ClinicProfile | null> {
  const raw = await store.get(id);
  if (raw === null) return null;
  const parsed = ClinicProfileSchema.safeParse(JSON.parse(raw));
  // A hand-edited profile that no longer passes is returned as it is: update can repair it.
  return parsed.success ? parsed.data : (JSON.parse(raw) as ClinicProfile);
}

export function printToken(io: Io, id: string, token: string): void {
  io.out(
    `Stats token for ${id} (shown only now; only its SHA-256 hash is stored, keep it in a password manager):`,
  );
  io.out(`  ${token}`);
  io.out(
    `Read the counts with: curl -H "Authorization: Bearer $TOKEN" https://YOUR-HOST/v1/clinics/${id}/stats`,
  );
}

export interface SaveOptions {
  /**
   * For a new profile: the caller has just read the id and found nothing, or owns a fresh state, so
   * the store is not asked again (through wrangler, each read is a process of its own).
   */
  idIsFree?: boolean;
}

/**
 * Stores `input` as a profile: new (`existing` null: refused if the id is taken), or over `existing`
 * keeping its token unless `rotate`. Returns the stats token when a new one was made: the only time it
 * exists in clear.
 */
export async function save(
  store: KvStore,
  input: ClinicInput,
  now: Date,
  existing: ClinicProfile | null,
  rotate: boolean,
  { idIsFree = false }: SaveOptions = {},
): Promise<{ profile: ClinicProfile; token?: string }> {
  const token = rotate || !existing ? newToken(STATS_TOKEN_PREFIX) : undefined;
  const hash = token ? await sha256Hex(token) : (existing?.statsTokenHash ?? '');
  const stamp = now.toISOString();
  // Validated before anything is read or written.
  const profile = buildProfile(input, hash, {
    createdAt: existing?.createdAt ?? stamp,
    updatedAt: stamp,
    webhook: existing?.webhook,
    // An existing profile keeps counting where it did, one stored before counts keys under its id.
    countsKey: existing ? countsKey(existing) : undefined,
  });
  if (!existing && !idIsFree && (await store.get(profile.id)) !== null)
    throw new UsageError(`Clinic ${profile.id} already exists: change it with update, or rotate-token.`);
  await store.put(profile.id, JSON.stringify(profile));
  return token ? { profile, token } : { profile };
}

/** The fields of a stored profile that a person configures. */
export function inputOf(p: ClinicProfile): ClinicInput {
  const { statsTokenHash: _h, countsKey: _k, webhook: _w, createdAt: _c, updatedAt: _u, ...input } = p;
  return input;
}

async function requireProfile(store: KvStore, flags: Flags): Promise<ClinicProfile> {
  const id = requireId(flags);
  const profile = await readProfile(store, id);
  if (!profile) throw new UsageError(`There is no clinic ${id}.`);
  return profile;
}

function webhookCommand(store: KvStore, profile: ClinicProfile, io: Io, now: Date): WebhookCommand {
  return {
    store,
    profile,
    io,
    now,
    async saveWebhook(webhook) {
      await save(store, inputOf(profile), now, { ...profile, webhook }, false);
    },
  };
}

/** Each command gets the parsed flags, the CLINICS store, the output, the time and the API_KEYS store. */
type Run = (flags: Flags, store: KvStore, io: Io, now: Date, keys: () => KvStore) => Promise<void>;

const COMMANDS: Record<string, Run> = {
  async add(flags: Flags, store: KvStore, io: Io, now: Date) {
    const fields = fieldsFrom(flags);
    const missing = (['id', 'name', 'bookingUrl', 'phone', 'accent', 'origins'] as const).filter(
      (f) => fields[f] === undefined,
    );
    if (missing.length) throw new UsageError(`add needs ${missing.map((f) => FLAGS[f]).join(', ')}.`);
    const input = {
      defaultLang: 'en',
      bookingLevels: DEFAULT_BOOKING_LEVELS,
      ...fields,
    } as ClinicInput;
    const { profile, token } = await save(store, input, now, null, true);
    io.out(`Added clinic ${profile.id} (${profile.name}), embeddable from ${profile.origins.join(', ')}.`);
    if (token) printToken(io, profile.id, token);
  },

  async update(flags: Flags, store: KvStore, io: Io, now: Date) {
    const id = requireId(flags);
    const existing = await readProfile(store, id);
    if (!existing) throw new UsageError(`There is no clinic ${id}: add it first.`);
    const fields = fieldsFrom(flags);
    const origins = (fields.origins ?? existing.origins)
      .concat(flags['add-origin'] ?? [])
      .filter((o) => !(flags['remove-origin'] ?? []).includes(o));
    const input: ClinicInput = { ...inputOf(existing), ...fields, origins };
    const { profile } = await save(store, input, now, existing, false);
    io.out(`Updated clinic ${profile.id}; its stats token is unchanged.`);
  },

  async 'rotate-token'(flags: Flags, store: KvStore, io: Io, now: Date) {
    const id = requireId(flags);
    const existing = await readProfile(store, id);
    if (!existing) throw new UsageError(`There is no clinic ${id}.`);
    const { profile, token } = await save(store, inputOf(existing), now, existing, true);
    io.out(`New stats token for ${profile.id}; the old one no longer works (within a minute everywhere).`);
    if (token) printToken(io, profile.id, token);
  },

  async list(flags: Flags, store: KvStore, io: Io) {
    const profiles = (await Promise.all((await store.list()).map((id) => readProfile(store, id)))).filter(
      (p): p is ClinicProfile => p !== null,
    );
    if (flags.json) return io.out(JSON.stringify(profiles.map(inputOf), null, 2));
    if (!profiles.length) return io.out('No clinics yet: add one with npm run clinic -- add.');
    for (const p of profiles) io.out(`${p.id}\t${p.name}\t${p.origins.join(' ')}`);
  },

  async show(flags: Flags, store: KvStore, io: Io) {
    const id = requireId(flags);
    const profile = await readProfile(store, id);
    if (!profile) throw new UsageError(`There is no clinic ${id}.`);
    const shown = {
      ...inputOf(profile),
      webhookUrl: profile.webhook?.url ?? null,
      createdAt: profile.createdAt,
      updatedAt: profile.updatedAt,
    };
    io.out(JSON.stringify(shown, null, 2));
    if (flags.json) return;
    io.out('Stats token: set (only its SHA-256 hash is stored; rotate-token makes a new one).');
    if (profile.webhook) io.out('Webhook signing secret: set (rotate-secret makes a new one).');
  },

  async remove(flags: Flags, store: KvStore, io: Io) {
    const id = requireId(flags);
    if (!(await store.get(id))) throw new UsageError(`There is no clinic ${id}.`);
    await store.delete(id);
    io.out(
      `Removed clinic ${id}. Its usage counts stay in D1 but no longer open (a clinic added as ${id} again starts from zero); its widget shows the unbranded version.`,
    );
  },

  async 'set-webhook'(flags: Flags, store: KvStore, io: Io, now: Date) {
    if (flags.url === undefined)
      throw new UsageError('set-webhook needs --url <https URL> ("" removes the webhook).');
    const profile = await requireProfile(store, flags);
    await setWebhook(webhookCommand(store, profile, io, now), flags.url, flags.remote ?? false);
  },

  async 'rotate-secret'(flags: Flags, store: KvStore, io: Io, now: Date) {
    await rotateSecret(webhookCommand(store, await requireProfile(store, flags), io, now));
  },

  async 'create-key'(flags: Flags, store: KvStore, io: Io, now: Date, keys: () => KvStore) {
    const profile = await requireProfile(store, flags);
    await createKey(keys(), io, now, profile.id, flags.label ?? '');
  },

  async 'list-keys'(flags: Flags, _store: KvStore, io: Io, _now: Date, keys: () => KvStore) {
    await listKeys(keys(), io, flags.id, flags.json ?? false);
  },

  async 'revoke-key'(flags: Flags, _store: KvStore, io: Io, now: Date, keys: () => KvStore) {
    if (!flags.key) throw new UsageError('revoke-key needs --key <key id> (list-keys shows them).');
    await revokeKey(keys(), io, now, flags.key);
  },
};

type Command = keyof typeof COMMANDS;
const isCommand = (name: string | undefined): name is Command => !!name && Object.hasOwn(COMMANDS, name);

/** Runs one command; the exit code: 0 done, 1 the store failed, 2 a usage or profile error. */
export async function runClinicCli(
  argv: string[],
  { store, io, now = () => new Date() }: CliDeps,
): Promise<number> {
  let flags: Flags;
  let positionals: string[];
  try {
    ({ values: flags, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true }));
  } catch (err) {
    io.err(`${(err as Error).message}\n${MORE}`);
    return 2;
  }
  const [command, ...extra] = positionals;
  if (flags.help || !command) {
    io.out(USAGE);
    return flags.help ? 0 : 2;
  }
  if (!isCommand(command) || extra.length) {
    io.err(`Unknown command ${JSON.stringify([command, ...extra].join(' '))}.\n${MORE}`);
    return 2;
  }
  const target = (binding: string) => ({
    binding,
    remote: flags.remote ?? false,
    ...(flags['persist-to'] ? { persistTo: flags['persist-to'] } : {}),
  });
  const kv = store(target('CLINICS'));
  try {
    await COMMANDS[command]?.(flags, kv, io, now(), () => store(target('API_KEYS')));
    return 0;
  } catch (err) {
    if (err instanceof InvalidClinic) {
      io.err(
        ['Invalid clinic profile, nothing was stored:', ...describeInvalid(err, fieldsFrom(flags))].join(
          '\n',
        ),
      );
      return 2;
    }
    if (err instanceof UsageError || err instanceof WebhookUsageError || err instanceof KeyUsageError) {
      io.err(err.message);
      return 2;
    }
    io.err((err as Error).message);
    return 1;
  }
}
