// The one Vite feature the workerd tests use (see zod-shim.test.ts), typed without pulling in vite/client.
interface ImportMeta {
  glob(
    patterns: string | string[],
    options: { query: string; import: string; eager: true },
  ): Record<string, unknown>;
}
