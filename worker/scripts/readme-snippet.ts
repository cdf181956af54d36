/**
 * README's pinned embed snippet, derived from the built widget: `npm run readme-snippet` rewrites it in
 * place after a widget change (tests/budgets/embed-snippet.test.ts fails until it matches the build).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { pinnedSnippet } from '../embed/snippets.ts';
import { widgetRelease } from './pin-widget.ts';

export const README = new URL('../../README.md', import.meta.url);
export const PLACEHOLDER = 'https://YOUR-HOST';

/** The pinned `<script>` line as README shows it, for the build in widget/dist. */
export async function pinnedScriptLine(): Promise<string> {
  return pinnedSnippet(PLACEHOLDER, {}, await widgetRelease()).split('\n')[0] ?? '';
}

/** README's pinned `<script>` line: any script with an integrity attribute. */
export const PINNED_LINE =
  /^<script type="module" src="[^"]*" integrity="[^"]*" crossorigin="anonymous"><\/script>$/m;

if (import.meta.url === `file://${process.argv[1]}`) {
  const readme = await readFile(README, 'utf8');
  if (!PINNED_LINE.test(readme)) throw new Error('README has no pinned snippet line to update');
  const line = await pinnedScriptLine();
  await writeFile(README, readme.replace(PINNED_LINE, line));
  console.log(`README: ${line}`);
}
