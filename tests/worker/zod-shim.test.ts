/**
 * The Worker bundle resolves `zod` to worker/zod.ts (wrangler.toml `[alias]`), whose `z` lists the
 * members the code calls. Tests run on the real zod, so this is what catches a member missing from the
 * list before a deploy does.
 */
import { describe, expect, it } from 'vitest';
import { z } from '../../worker/zod.ts';

// Vite inlines the sources as strings at transform time; workerd has no file system.
const sources = import.meta.glob(
  ['../../shared/**/*.ts', '../../worker/**/*.ts', '!../../worker/scripts/**'],
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
) as Record<string, string>;

/** Namespace members only ever used in type positions (`z.infer<…>`, `z.ZodType<…>`, `z.core.$ZodIssue`). */
const TYPE_ONLY = new Set(['infer', 'input', 'output', 'ZodType', 'core']);

describe('the zod shim of the Worker bundle', () => {
  it('provides every z member the Worker and shared/ call', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(30);
    const used = new Set(
      Object.values(sources).flatMap((text) =>
        [...text.matchAll(/\bz\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1] ?? ''),
      ),
    );
    const missing = [...used].filter((member) => !TYPE_ONLY.has(member) && !(member in z));
    expect(missing, 'add these to worker/zod.ts').toEqual([]);
    expect(used.has('object')).toBe(true);
  });

  it('builds schemas that behave like zod', () => {
    const schema = z.strictObject({ id: z.string().min(1), n: z.number() });
    expect(schema.safeParse({ id: 'a', n: 1 }).success).toBe(true);
    expect(schema.safeParse({ id: '', n: 1, x: 1 }).error?.issues).toHaveLength(2);
  });
});
