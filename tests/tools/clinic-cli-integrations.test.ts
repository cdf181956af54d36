/**
 * The clinic CLI's webhook and API key commands, against in-memory stores (one per KV binding): secrets
 * and keys printed once, only a hash of a key stored, bad webhook URLs refused, revocation kept.
 */
import { describe, expect, it } from 'vitest';
import { ClinicProfileSchema } from '../../worker/clinics/profile.ts';
import { API_KEY_PATTERN, ApiKeyRecordSchema } from '../../worker/keys/api-key.ts';
import { runClinicCli } from '../../worker/scripts/clinic-cli.ts';
import type { KvStore, KvTarget } from '../../worker/scripts/kv-cli.ts';
import { sha256Hex } from '../../worker/secrets.ts';
import { WEBHOOK_SECRET_PATTERN } from '../../worker/webhooks/secret.ts';

function memory() {
  const bindings = new Map<string, Map<string, string>>();
  const data = (binding: string) => {
    const found = bindings.get(binding) ?? new Map<string, string>();
    bindings.set(binding, found);
    return found;
  };
  const open = ({ binding }: KvTarget): KvStore => ({
    get: async (key) => data(binding).get(key) ?? null,
    put: async (key, value) => void data(binding).set(key, value),
    list: async () => [...data(binding).keys()],
    delete: async (key) => void data(binding).delete(key),
  });
  return { data, open };
}

const NOW = new Date('2026-11-22T10:00:00Z');

async function cli(argv: string[], mem = memory()) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runClinicCli(argv, {
    store: mem.open,
    io: { out: (l) => out.push(l), err: (l) => err.push(l) },
    now: () => NOW,
  });
  return { code, out: out.join('\n'), err: err.join('\n'), mem };
}

async function withClinic() {
  const { mem } = await cli([
    'add',
    ...['--id', 'riverside-physio', '--name', 'Riverside', '--booking-url', 'https://riverside.example/book'],
    ...['--phone', '01632 960000', '--accent', '#0f6e6a', '--origin', 'https://riverside.example'],
  ]);
  return mem;
}

const profile = (mem: ReturnType<typeof memory>) =>
  ClinicProfileSchema.parse(JSON.parse(mem.data('CLINICS').get('riverside-physio') ?? '{}'));
const secretsIn = (text: string) => text.match(/whsec_[A-Za-z0-9+/]{43}=/g) ?? [];

describe('npm run clinic -- set-webhook / rotate-secret', () => {
  const HOOK = 'https://hooks.riverside.example/hc';

  it('sets an https webhook and prints its signing secret exactly once', async () => {
    const mem = await withClinic();
    const { code, out } = await cli(['set-webhook', '--id', 'riverside-physio', '--url', HOOK], mem);
    expect(code).toBe(0);
    const [secret, ...again] = secretsIn(out);
    expect(secret).toMatch(WEBHOOK_SECRET_PATTERN);
    expect(again).toEqual([]);
    expect(profile(mem).webhook).toEqual({ url: HOOK, secret });
    for (const argv of [
      ['show', '--id', 'riverside-physio'],
      ['show', '--id', 'riverside-physio', '--json'],
      ['list', '--json'],
    ]) {
      const shown = await cli(argv, mem);
      expect(secretsIn(shown.out), argv.join(' ')).toEqual([]);
    }
    expect((await cli(['show', '--id', 'riverside-physio'], mem)).out).toContain(HOOK);
  });

  it('keeps the secret when only the URL changes, and keeps the webhook through update and rotate-token', async () => {
    const mem = await withClinic();
    await cli(['set-webhook', '--id', 'riverside-physio', '--url', HOOK], mem);
    const { secret } = profile(mem).webhook ?? {};
    const { out } = await cli(['set-webhook', '--id', 'riverside-physio', '--url', `${HOOK}/v2`], mem);
    expect(secretsIn(out)).toEqual([]);
    await cli(['update', '--id', 'riverside-physio', '--name', 'Riverside Physio'], mem);
    await cli(['rotate-token', '--id', 'riverside-physio'], mem);
    expect(profile(mem).webhook).toEqual({ url: `${HOOK}/v2`, secret });
  });

  it.each([
    ['plain http', 'http://hooks.riverside.example/hc'],
    ['a private address', 'https://10.1.2.3/hc'],
    ['cloud metadata', 'https://169.254.169.254/'],
    ['an internal name', 'https://billing.internal/hc'],
    ['credentials in the URL', 'https://user:pass@hooks.riverside.example/hc'],
    ['not a URL', 'hooks.riverside.example'],
  ])('refuses %s with exit code 2, storing nothing', async (_, url) => {
    const mem = await withClinic();
    const { code, err } = await cli(['set-webhook', '--id', 'riverside-physio', '--url', url], mem);
    expect(code).toBe(2);
    expect(err).toContain('--url');
    expect(profile(mem).webhook).toBeUndefined();
  });

  it('allows a loopback receiver in local state only, never with --remote', async () => {
    const local = await withClinic();
    const url = 'http://127.0.0.1:9999/hook';
    expect((await cli(['set-webhook', '--id', 'riverside-physio', '--url', url], local)).code).toBe(0);
    const remote = await withClinic();
    expect(
      (await cli(['set-webhook', '--id', 'riverside-physio', '--url', url, '--remote'], remote)).code,
    ).toBe(2);
  });

  it('rotate-secret prints a new secret once; the old one keeps signing for 24 hours', async () => {
    const mem = await withClinic();
    await cli(['set-webhook', '--id', 'riverside-physio', '--url', HOOK], mem);
    const old = profile(mem).webhook?.secret;
    const { code, out } = await cli(['rotate-secret', '--id', 'riverside-physio'], mem);
    expect(code).toBe(0);
    const [secret, ...again] = secretsIn(out);
    expect(again).toEqual([]);
    expect(secret).not.toBe(old);
    expect(profile(mem).webhook).toEqual({
      url: HOOK,
      secret,
      previous: { secret: old, until: '2026-11-23T10:00:00.000Z' },
    });
    expect(out).toContain('2026-11-23T10:00:00.000Z');
  });

  it('removes the webhook with --url "", and rotate-secret then says there is none', async () => {
    const mem = await withClinic();
    await cli(['set-webhook', '--id', 'riverside-physio', '--url', HOOK], mem);
    expect((await cli(['set-webhook', '--id', 'riverside-physio', '--url', ''], mem)).code).toBe(0);
    expect(profile(mem).webhook).toBeUndefined();
    const { code, err } = await cli(['rotate-secret', '--id', 'riverside-physio'], mem);
    expect(code).toBe(2);
    expect(err).toContain('no webhook');
  });
});

describe('npm run clinic -- create-key / list-keys / revoke-key', () => {
  const keysIn = (text: string) => text.match(/hck_[0-9a-z]{10}_[0-9a-z]{26}/g) ?? [];

  it('prints a new key exactly once and stores only its SHA-256 hash, in API_KEYS', async () => {
    const mem = await withClinic();
    const { code, out } = await cli(
      ['create-key', '--id', 'riverside-physio', '--label', 'booking server'],
      mem,
    );
    expect(code).toBe(0);
    const [key, ...again] = keysIn(out);
    expect(key).toMatch(API_KEY_PATTERN);
    expect(again).toEqual([]);
    const [[id, raw]] = [...mem.data('API_KEYS')] as [[string, string]];
    expect(raw).not.toContain(key);
    expect(ApiKeyRecordSchema.parse(JSON.parse(raw))).toEqual({
      id,
      clinic: 'riverside-physio',
      label: 'booking server',
      hash: await sha256Hex(key ?? ''),
      createdAt: NOW.toISOString(),
    });
    expect(out).toContain('Authorization: Bearer');
  });

  it('refuses a key for an unknown clinic or without a label', async () => {
    const mem = await withClinic();
    expect((await cli(['create-key', '--id', 'nobody', '--label', 'x'], mem)).code).toBe(2);
    expect((await cli(['create-key', '--id', 'riverside-physio'], mem)).code).toBe(2);
    expect(mem.data('API_KEYS').size).toBe(0);
  });

  it('lists keys without the key or its hash, and revoke-key marks one revoked from then on', async () => {
    const mem = await withClinic();
    await cli(['create-key', '--id', 'riverside-physio', '--label', 'booking server'], mem);
    const [[id, raw]] = [...mem.data('API_KEYS')] as [[string, string]];
    const { hash } = JSON.parse(raw);
    const listed = await cli(['list-keys', '--id', 'riverside-physio'], mem);
    expect(listed.out).toContain(`${id}\triverside-physio\tbooking server\tcreated 2026-11-22\tactive`);
    expect(listed.out).not.toContain(hash);
    expect((await cli(['list-keys', '--json'], mem)).out).not.toContain(hash);

    expect((await cli(['revoke-key', '--key', id], mem)).code).toBe(0);
    expect(JSON.parse(mem.data('API_KEYS').get(id) ?? '{}').revokedAt).toBe(NOW.toISOString());
    expect((await cli(['list-keys'], mem)).out).toContain('revoked 2026-11-22');
    expect((await cli(['revoke-key', '--key', 'nosuchkey0'], mem)).code).toBe(2);
  });
});
