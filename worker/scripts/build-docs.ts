/**
 * Writes the API's static documentation (worker/docs/site.ts) into widget/dist, the static assets the
 * Worker serves, and appends its header rules to widget/dist/_headers. Runs after the widget build,
 * which creates widget/dist afresh.
 */
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docsSite, headersRules } from '../docs/site.ts';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'widget', 'dist');
const MARKER = '# API documentation (worker/scripts/build-docs.ts)';

const files = docsSite();
for (const file of files) {
  const target = join(dist, file.file);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, file.body);
}
const existing = await readFile(join(dist, '_headers'), 'utf8').catch(() => '');
if (!existing.includes(MARKER))
  await appendFile(join(dist, '_headers'), `\n${MARKER}\n${headersRules(files)}`);
console.log(`docs: ${files.map((f) => f.path).join(', ')}`);
