/**
 * Writes the static documentation into widget/dist, the static assets the Worker serves, and appends its
 * header rules to widget/dist/_headers: the OpenAPI document and /docs with the guides of docs/
 * (worker/docs/site.ts, docs-guides.ts), and the embed builder /embed-code with its script. Runs after
 * the widget build, which creates widget/dist afresh (and whose script the builder's hash is of).
 */
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BUILDER_POLICY, renderBuilderPage } from '../docs/builder-page.ts';
import { docsSite, headersRules, type StaticFile } from '../docs/site.ts';
import { loadGuides } from './docs-guides.ts';
import { widgetRelease } from './pin-widget.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'widget', 'dist');
const MARKER = '# API documentation (worker/scripts/build-docs.ts)';
const NOSNIFF = { 'X-Content-Type-Options': 'nosniff' };

/** The embed builder: its page (with the pinned file's hash) and its script, bundled with the snippet code. */
async function builderFiles(): Promise<StaticFile[]> {
  const release = await widgetRelease(dist);
  const bundle = await build({
    entryPoints: [join(root, 'widget', 'builder', 'builder.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    tsconfig: join(root, 'widget', 'tsconfig.json'),
  });
  return [
    {
      path: '/embed-code',
      file: 'embed-code.html',
      contentType: 'text/html',
      body: renderBuilderPage(release),
      headers: {
        ...NOSNIFF,
        'Content-Security-Policy': BUILDER_POLICY,
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'Cache-Control': 'public, max-age=300',
      },
    },
    {
      path: '/embed-code/builder.js',
      file: 'embed-code/builder.js',
      contentType: 'text/javascript',
      body: bundle.outputFiles[0]?.text ?? '',
      headers: { ...NOSNIFF, 'Cache-Control': 'public, max-age=300' },
    },
  ];
}

const files = [...docsSite(await loadGuides()), ...(await builderFiles())];
for (const file of files) {
  const target = join(dist, file.file);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, file.body);
}
const existing = await readFile(join(dist, '_headers'), 'utf8').catch(() => '');
if (!existing.includes(MARKER))
  await appendFile(join(dist, '_headers'), `\n${MARKER}\n${headersRules(files)}`);
console.log(`docs: ${files.map((f) => f.path).join(', ')}`);
