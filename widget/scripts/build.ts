/**
 * Builds the embed and the demo site into widget/dist, which wrangler serves as static assets:
 *   v1/hamstring-check.js            evergreen, short cache
 *   v/<version>/hamstring-check.js   immutable, for pinning with Subresource Integrity
 *   index.html, demo/clinic.html     the demo pages, plus their stylesheet
 *   embed/height.js, embed/embed.css what the iframe page /embed (a Worker route) loads beside the widget
 *   dashboard/dashboard.{js,css}     what the clinic dashboard pages (a Worker route) load
 *   _headers                         cache, CORS and CSP headers per path
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build, type Plugin, transform } from 'esbuild';
import { minify } from 'terser';
import { UI_TEXT_KEYS } from '../../shared/i18n/ui-keys.ts';
import { APP_VERSION } from '../../shared/version.ts';
import { leanLit } from './lean-lit.ts';

const widgetDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(widgetDir, 'dist');

// The demo pages hold themselves to the policy we promise embedders: the widget needs only its own origin.
const demoCsp =
  "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const headers = `/v1/hamstring-check.js
  Cache-Control: public, max-age=300, stale-while-revalidate=86400
  Access-Control-Allow-Origin: *
  X-Content-Type-Options: nosniff

/v/*
  Cache-Control: public, max-age=31536000, immutable
  Access-Control-Allow-Origin: *
  X-Content-Type-Options: nosniff

/
  Content-Security-Policy: ${demoCsp}
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin

/demo/*
  Content-Security-Policy: ${demoCsp}
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin

/embed/*
  Cache-Control: public, max-age=300, stale-while-revalidate=86400
  X-Content-Type-Options: nosniff

/dashboard/*
  Cache-Control: public, max-age=300
  X-Content-Type-Options: nosniff
`;

/**
 * `import text from './x.css'`: the stylesheet minified, as a string for Lit's `unsafeCSS`. esbuild keeps
 * custom properties' values verbatim (`--a: var(--x, #fff)`) and the spaces around `/` and `*`
 * (`font: medium / 1.5`, `calc(… * .6)`); our own have no string in them, so the spaces after their
 * colon and commas go too, and those around `/` and `*`, which neither a shorthand nor calc() needs.
 * esbuild unquotes an attribute selector's value, but not inside `:host()`: `[theme="dark"]` there too.
 */
const minifiedCss: Plugin = {
  name: 'minified-css',
  setup(b) {
    b.onLoad({ filter: /\.css$/ }, async ({ path }) => ({
      contents: (await transform(await readFile(path, 'utf8'), { loader: 'css', minify: true })).code
        .trim()
        .replace(/(--[\w-]+): /g, '$1:')
        .replace(/, /g, ',')
        .replace(/ ([*/]) /g, '$1')
        .replace(/\[([\w-]+)="([a-z][\w-]*)"\]/g, '[$1=$2]'),
      loader: 'text',
    }));
  },
};

/**
 * The widget's templates with their attribute values unquoted where HTML allows it (`part=button`,
 * `tabindex=-1`): one word of letters, digits, `-` and `_`. Biome writes the code's own strings in single
 * quotes, so in widget/*.ts a `="` only ever opens an attribute value in an html`` or svg`` template
 * (or sits in a comment, which the build drops). About 120 values, 2 bytes each.
 */
const unquotedAttributes: Plugin = {
  name: 'unquoted-attributes',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async ({ path }) =>
      path.startsWith(join(widgetDir, '/'))
        ? { contents: (await readFile(path, 'utf8')).replace(/(?<=[\w-])="([\w-]+)"/g, '=$1'), loader: 'ts' }
        : undefined,
    );
  },
};

/**
 * Members of the widget's own controllers that no one outside the script reads: esbuild shortens them
 * (`mangleProps`), as it already does `#private` names. Never a wire key, an interface text's key, an
 * event's detail or a member of the element itself: the same name on a parsed JSON object would be
 * shortened too and read as undefined. The build refuses a name that is an interface text's key. The
 * same name anywhere in the bundle is shortened alike (BOOT's `retry` with the controllers' `retry()`), so
 * none may be a DOM or Lit member the code reads either (`click`, `reset` and `load` are only ever
 * called on the controllers; `error` is the Requests member, not the event's name, which is a string).
 * Lit's own private members (`_$AH`, `_$litPart$`, …) are shortened too: no Lit outside the bundle reads
 * them, now that lean-lit.ts has cut the directives, hydration and polyfills that shared them.
 */
const INTERNAL = [
  'questionnaire',
  'requests',
  'trail',
  'screen',
  'progress',
  'marks',
  'invalid',
  'pending',
  'profile',
  'answerMore',
  'unshare',
  'restart',
  'boot',
  'mark',
  'swap',
  'finish',
  'more',
  'load',
  'reset',
  'retry',
  'run',
  'drop',
  'error',
  'sheet',
  'click',
];
const clash = INTERNAL.filter((name) => (UI_TEXT_KEYS as readonly string[]).includes(name));
if (clash.length) throw new Error(`widget/scripts/build.ts: ${clash} are interface text keys, not internal`);

// lean-lit.ts keeps only the converter of string attributes and plain properties' options.
const element = await readFile(join(widgetDir, 'hamstring-check.ts'), 'utf8');
const cutOption = /\b(type|attribute|converter|state|useDefault|noAccessor|hasChanged):/;
const properties = element.match(/static override properties = \{[^;]*/)?.[0];
if (!properties || cutOption.test(properties))
  throw new Error('widget/scripts/build.ts: no static properties, or an option lean-lit.ts cuts');

/** The esbuild options of the embed; the size budget test builds with them too, to say what grew. */
export const widgetBuildOptions = {
  entryPoints: [join(widgetDir, 'index.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  legalComments: 'none',
  // Module scripts are always decoded as UTF-8: "…" costs 3 bytes, not the 6 of "\u2026".
  charset: 'utf8',
  mangleProps: new RegExp(`^(${INTERNAL.join('|')})$|^_\\$`),
  write: false,
  tsconfig: join(widgetDir, 'tsconfig.json'),
  plugins: [minifiedCss, unquotedAttributes, leanLit],
} satisfies BuildOptions;

export async function buildWidget(): Promise<{ file: string; bytes: number; integrity: string }> {
  await rm(dist, { recursive: true, force: true });
  const result = await build(widgetBuildOptions);
  const text = result.outputFiles[0]?.text;
  if (!text) throw new Error('esbuild produced no output for widget/index.ts');
  if (/<(script|style|textarea|title)\b/i.test(text))
    throw new Error('widget/scripts/build.ts: a template has an element whose bindings lean-lit.ts cuts');
  // esbuild keeps template literals verbatim, so the indentation of our html`` templates would ship. With
  // legal comments off, a newline followed by spaces occurs only there (Lit's raw newlines, inside its
  // regular expressions, never are). Between a tag or a `${…}` and the next tag or `${…}` on separate
  // lines it goes entirely (inside a tag, between attributes, it stays one space): put inline elements
  // or bindings that need a space between them on one line.
  const tidy = text.replace(/([>}])\n +(?=<|\$\{)/g, '$1').replace(/\n +/g, ' ');
  // A second pass by terser: its names, given by how often each is used, and its compression of what
  // esbuild leaves (Lit's prebuilt code too) save about 340 bytes gzip. Template literals stay verbatim.
  // Reading a property has no side effect in this code (no getter is read for one), and no function's
  // `length` is read, so terser may drop an unused read and unused trailing parameters (25 bytes).
  const { code: min } = await minify(tidy, {
    module: true,
    compress: { passes: 2, pure_getters: true, keep_fargs: false },
    mangle: { toplevel: true },
    format: { comments: false },
  });
  if (!min) throw new Error('terser produced no output for the widget');
  const code = Buffer.from(min);

  const evergreen = join(dist, 'v1', 'hamstring-check.js');
  const pinned = join(dist, 'v', APP_VERSION, 'hamstring-check.js');
  for (const file of [evergreen, pinned]) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, code);
  }
  await mkdir(join(dist, 'demo'), { recursive: true });
  await copyFile(join(widgetDir, 'demo', 'blog.html'), join(dist, 'index.html'));
  await copyFile(join(widgetDir, 'demo', 'clinic.html'), join(dist, 'demo', 'clinic.html'));
  for (const asset of ['demo.css', 'favicon.svg']) {
    await copyFile(join(widgetDir, 'demo', asset), join(dist, 'demo', asset));
  }
  for (const [folder, assets] of [
    ['embed', ['height.js', 'embed.css']],
    ['dashboard', ['dashboard.js', 'dashboard.css']],
  ] as const) {
    await mkdir(join(dist, folder), { recursive: true });
    for (const asset of assets) await copyFile(join(widgetDir, folder, asset), join(dist, folder, asset));
  }
  await writeFile(join(dist, '_headers'), headers);

  const integrity = `sha384-${createHash('sha384')
    .update(await readFile(pinned))
    .digest('base64')}`;
  return { file: pinned, bytes: code.byteLength, integrity };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { bytes, integrity } = await buildWidget();
  console.log(`widget: ${bytes} bytes, v${APP_VERSION}, integrity ${integrity}`);
}
