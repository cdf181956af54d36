/**
 * @module What `zod` resolves to in the Worker bundle (wrangler.toml `[alias]`). wrangler bundles with
 * esbuild, which cannot tree-shake `import { z } from 'zod'`, the form shared/ uses: `z` is a namespace
 * re-exported under a name, so every zod locale and helper ships (about +65 KB gzip, over our budget).
 * Here `z` holds only the members the code calls; a test fails when code starts using one not listed.
 * Types still come from the real package, and tests and tooling use it unaliased.
 */
import * as zod from '../node_modules/zod/v4/classic/external.js';

export * from '../node_modules/zod/v4/classic/external.js';

// Static member reads of a namespace import are what esbuild can tree-shake.
export const z = {
  array: zod.array,
  boolean: zod.boolean,
  enum: zod.enum,
  globalRegistry: zod.globalRegistry,
  lazy: zod.lazy,
  literal: zod.literal,
  looseObject: zod.looseObject,
  number: zod.number,
  object: zod.object,
  record: zod.record,
  registry: zod.registry,
  strictObject: zod.strictObject,
  string: zod.string,
  toJSONSchema: zod.toJSONSchema,
  union: zod.union,
};
