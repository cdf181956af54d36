/**
 * The clinic CLI: its commands against an in-memory store (fast, every path), and once for real
 * against local wrangler state in a temporary directory, read back with wrangler itself.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ClinicProfileSchema } from '../../worker/clinics/profile.ts';
import { runClinicCli } from '../../worker/scripts/clinic-cli.ts';
import { seedDemoClinic } from '../../worker/scripts/demo-seed.ts';
import type { KvStore, KvTarget } from '../../worker/scripts/kv-cli.ts';
import { localEnv } from '../../worker/scripts/local-env.ts';
import { RANDOM_KEY_PATTERN, sha256Hex, TOKEN_PATTERN } from '../../worker/secrets.ts';

function memoryStore() {
  const data = new Map<string, string>();
  const targets: KvTarget[] = [];
  const store: KvStore = {
    get: async (key) => data.get(key) ?? null,
    put: async (key, value) => void data.set(key, value),
    list: async () => [...data.keys()],
    delete: async (key) => void data.delete(key),
  };
  const open = (target: KvTarget) => {
    targets.push(target);
    return store;
  };
  return { data, targets, open, store };
}

async function cli(argv: string[], memory = memoryStore()) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runClinicCli(argv, {
    store: memory.open,
    io: { out: (l) => out.push(l), err: (l) => err.push(l) },
    now: () => new Date('2026-11-22T10:00:00Z'),
  });
  return { code, out: out.join('\n'), err: err.join('\n'), memory };
}

const ADD = [
  'add',
  '--id',
  'riverside-physio',
  '--name',
  'Riverside Sports Physiotherapy',
  '--booking-url',
  'https://riverside.example/book',
  '--phone',
  '01632 960000',
  '--accent',
  '#0F6E6A',
  '--origin',
  'https://riverside.example/',
];

const tokensIn = (text: string) => text.match(/hcs_[0-9a-z]{26}/g) ?? [];

describe('npm run clinic -- add', () => {
  it('prints the new stats token exactly once and stores only its SHA-256 hash', async () => {
    const { code, out, memory } = await cli(ADD);
    expect(code).toBe(0);
    const [token, ...again] = tokensIn(out);
    expect(token).toMatch(TOKEN_PATTERN);
    expect(again).toEqual([]);
    const raw = memory.data.get('riverside-physio') ?? '';
    expect(raw).not.toContain(token);
    const stored = ClinicProfileSchema.parse(JSON.parse(raw));
    expect(stored.statsTokenHash).toBe(await sha256Hex(token ?? ''));
  });

  it('stores a profile normalised and with its defaults: origin without slash, colour lower case, routine and within-week', async () => {
    const { memory } = await cli(ADD);
    const stored = JSON.parse(memory.data.get('riverside-physio') ?? '{}');
    expect(stored).toMatchObject({
      origins: ['https://riverside.example'],
      accent: '#0f6e6a',
      defaultLang: 'en',
      bookingLevels: ['routine', 'within-week'],
      createdAt: '2026-11-22T10:00:00.000Z',
    });
    expect(stored.shareParam).toBeUndefined();
  });

  it('refuses invalid input field by field, naming each flag, and stores nothing', async () => {
    const { code, err, memory } = await cli([
      'add',
      '--id',
      'Riverside',
      '--name',
      'R',
      '--booking-url',
      'http://riverside.example/book',
      '--phone',
      'call us',
      '--accent',
      'teal',
      '--origin',
      'https://riverside.example/booking',
      '--booking-levels',
      'routine,emergency',
      '--logo-url',
      'javascript:alert(1)',
    ]);
    expect(code).toBe(2);
    for (const flag of [
      '--id',
      '--booking-url',
      '--phone',
      '--accent',
      '--origin',
      '--booking-levels',
      '--logo-url',
    ])
      expect(err).toContain(`  ${flag}: `);
    expect(err).toContain('(got "http://riverside.example/book")');
    expect(err).toContain('nothing was stored');
    expect(memory.data.size).toBe(0);
  });

  it('names the missing required flags', async () => {
    const { code, err } = await cli(['add', '--id', 'x']);
    expect(code).toBe(2);
    expect(err).toContain('add needs --name, --booking-url, --phone, --accent, --origin');
  });

  it('refuses an id that exists, keeping the stored profile and its token', async () => {
    const first = await cli(ADD);
    const before = first.memory.data.get('riverside-physio');
    const again = await cli(ADD, first.memory);
    expect(again.code).toBe(2);
    expect(again.err).toContain('already exists');
    expect(tokensIn(again.out)).toEqual([]);
    expect(first.memory.data.get('riverside-physio')).toBe(before);
  });

  it('writes to local state by default, and to the deployed namespace with --remote', async () => {
    const local = await cli(ADD);
    expect(local.memory.targets).toEqual([{ binding: 'CLINICS', remote: false }]);
    const remote = await cli([...ADD, '--remote']);
    expect(remote.memory.targets).toEqual([{ binding: 'CLINICS', remote: true }]);
  });
});

describe('npm run clinic -- update, rotate-token, list, show, remove', () => {
  it('update changes only the given fields and keeps the token hash and creation date', async () => {
    const { memory } = await cli(ADD);
    const before = JSON.parse(memory.data.get('riverside-physio') ?? '{}');
    const { code, out } = await cli(
      [
        'update',
        '--id',
        'riverside-physio',
        '--add-origin',
        'https://www.riverside.example',
        '--share-param',
        'hc',
      ],
      memory,
    );
    expect(code).toBe(0);
    expect(tokensIn(out)).toEqual([]);
    const after = JSON.parse(memory.data.get('riverside-physio') ?? '{}');
    expect(after).toMatchObject({
      origins: ['https://riverside.example', 'https://www.riverside.example'],
      shareParam: 'hc',
      statsTokenHash: before.statsTokenHash,
      createdAt: before.createdAt,
      name: before.name,
    });
    await cli(
      [
        'update',
        '--id',
        'riverside-physio',
        '--remove-origin',
        'https://riverside.example',
        '--share-param',
        '',
      ],
      memory,
    );
    const last = JSON.parse(memory.data.get('riverside-physio') ?? '{}');
    expect(last.origins).toEqual(['https://www.riverside.example']);
    expect(last.shareParam).toBeUndefined();
  });

  it('update refuses to remove the last allowed origin', async () => {
    const { memory } = await cli(ADD);
    const { code, err } = await cli(
      ['update', '--id', 'riverside-physio', '--remove-origin', 'https://riverside.example'],
      memory,
    );
    expect(code).toBe(2);
    expect(err).toContain('--origin');
  });

  it('rotate-token prints a new token once and replaces the hash, so the old token stops working', async () => {
    const { memory, out: first } = await cli(ADD);
    const { code, out } = await cli(['rotate-token', '--id', 'riverside-physio'], memory);
    expect(code).toBe(0);
    const [token, ...again] = tokensIn(out);
    expect(again).toEqual([]);
    expect(token).not.toBe(tokensIn(first)[0]);
    expect(JSON.parse(memory.data.get('riverside-physio') ?? '{}').statsTokenHash).toBe(
      await sha256Hex(token ?? ''),
    );
  });

  it('list and show never print the token or its hash', async () => {
    const { memory } = await cli(ADD);
    const hash = JSON.parse(memory.data.get('riverside-physio') ?? '{}').statsTokenHash;
    for (const argv of [
      ['list'],
      ['list', '--json'],
      ['show', '--id', 'riverside-physio'],
      ['show', '--id', 'riverside-physio', '--json'],
    ]) {
      const { code, out } = await cli(argv, memory);
      expect(code, argv.join(' ')).toBe(0);
      expect(out).toContain('riverside-physio');
      expect(out).not.toContain(hash);
      expect(tokensIn(out)).toEqual([]);
    }
  });

  it('keys the usage counts by a random key made at add and kept by update and rotate-token, so an id added again after remove starts afresh', async () => {
    const { memory } = await cli(ADD);
    const keyOf = () => JSON.parse(memory.data.get('riverside-physio') ?? '{}').countsKey;
    const first = keyOf();
    expect(first).toMatch(RANDOM_KEY_PATTERN);
    await cli(['update', '--id', 'riverside-physio', '--name', 'Riverside Physio'], memory);
    await cli(['rotate-token', '--id', 'riverside-physio'], memory);
    expect(keyOf()).toBe(first);
    await cli(['remove', '--id', 'riverside-physio'], memory);
    await cli(ADD, memory);
    expect(keyOf()).toMatch(RANDOM_KEY_PATTERN);
    expect(keyOf()).not.toBe(first);
    // Bookkeeping, like the token hash: not a field a person sets or reads.
    expect((await cli(['show', '--id', 'riverside-physio', '--json'], memory)).out).not.toContain(keyOf());
  });

  it('keeps counting a profile stored before counts keys existed under its id, so an update loses no counts', async () => {
    const { memory } = await cli(ADD);
    const { countsKey: _, ...older } = JSON.parse(memory.data.get('riverside-physio') ?? '{}');
    memory.data.set('riverside-physio', JSON.stringify(older));
    await cli(['update', '--id', 'riverside-physio', '--name', 'Riverside Physio'], memory);
    expect(JSON.parse(memory.data.get('riverside-physio') ?? '{}').countsKey).toBe('riverside-physio');
  });

  it('remove deletes the profile; commands on a missing clinic say so', async () => {
    const { memory } = await cli(ADD);
    expect((await cli(['remove', '--id', 'riverside-physio'], memory)).code).toBe(0);
    expect(memory.data.size).toBe(0);
    for (const command of ['update', 'show', 'rotate-token', 'remove']) {
      const { code, err } = await cli([command, '--id', 'riverside-physio'], memory);
      expect(code).toBe(2);
      expect(err).toMatch(/There is no clinic riverside-physio/);
    }
  });

  it('answers an unknown command or option with exit code 2 and a pointer to --help', async () => {
    for (const argv of [['frobnicate'], ['add', '--colour', 'red'], []]) {
      const { code } = await cli(argv);
      expect(code, argv.join(' ')).toBe(2);
    }
    expect((await cli(['--help'])).out).toContain('rotate-token');
  });
});

describe('the demo clinic seeded by npm start', () => {
  const sites = ['http://127.0.0.1:8787', 'http://localhost:8787'] as const;

  it('is created once with a printed token, and later runs keep that token', async () => {
    const memory = memoryStore();
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    await seedDemoClinic(memory.store, sites, io);
    const first = memory.data.get('riverside-physio');
    expect(tokensIn(lines.join('\n'))).toHaveLength(1);
    expect(JSON.parse(first ?? '{}')).toMatchObject({
      name: 'Riverside Sports Physiotherapy',
      accent: '#0f6e6a',
      phone: '01632 960000',
      bookingUrl: 'http://127.0.0.1:8787/demo/clinic#details',
      origins: [...sites],
    });
    lines.length = 0;
    await seedDemoClinic(memory.store, sites, io);
    expect(memory.data.get('riverside-physio')).toBe(first);
    expect(tokensIn(lines.join('\n'))).toEqual([]);
    await seedDemoClinic(memory.store, ['http://127.0.0.1:9000'], io);
    const moved = JSON.parse(memory.data.get('riverside-physio') ?? '{}');
    expect(moved.origins).toEqual(['http://127.0.0.1:9000']);
    expect(moved.statsTokenHash).toBe(JSON.parse(first ?? '{}').statsTokenHash);
  });
});

describe('npm run clinic against local wrangler state', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hc-clinic-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (command: string, args: string[]) =>
    spawnSync(command, args, {
      env: localEnv(),
      encoding: 'utf8',
      cwd: join(import.meta.dirname, '..', '..'),
    });

  it('adds a profile that wrangler reads back with the token hash and never the token', () => {
    const added = run('node', ['worker/scripts/clinic.ts', ...ADD, '--persist-to', dir]);
    expect(added.status, added.stderr).toBe(0);
    const [token, ...again] = tokensIn(added.stdout);
    expect(again).toEqual([]);
    const read = run('wrangler', [
      'kv',
      'key',
      'get',
      'riverside-physio',
      '--binding',
      'CLINICS',
      '--local',
      '--text',
      '--persist-to',
      dir,
    ]);
    expect(read.status, read.stderr).toBe(0);
    const stored = ClinicProfileSchema.parse(JSON.parse(read.stdout));
    expect(read.stdout).not.toContain(token);
    expect(stored.statsTokenHash).toMatch(/^[0-9a-f]{64}$/);
    const listed = run('node', ['worker/scripts/clinic.ts', 'list', '--persist-to', dir]);
    expect(listed.stdout).toContain('riverside-physio\tRiverside Sports Physiotherapy');
  });
});
