/**
 * The embed builder's script (/embed-code, worker/docs/builder-page.ts): keeps the preview widget and the
 * three snippets in step with the form, with this site's address, and copies a snippet on request.
 */
import { accentText, embedOptions } from '../../worker/embed/options.ts';
import { evergreenSnippet, iframeSnippet, pinnedSnippet } from '../../worker/embed/snippets.ts';

const main = document.querySelector<HTMLElement>('main.builder');
const form = document.querySelector<HTMLFormElement>('#options');
const widget = document.querySelector<HTMLElement>('#preview hamstring-check');
const status = document.querySelector<HTMLElement>('#copied');

function update(): void {
  if (!main || !form || !widget) return;
  const data = new FormData(form);
  const query = new URLSearchParams();
  for (const name of ['lang', 'theme', 'clinic'] as const)
    query.set(name, String(data.get(name) ?? '').trim());
  if (data.get('use-accent')) query.set('accent', String(data.get('accent') ?? ''));
  const options = embedOptions(query);
  const release = { version: main.dataset.version ?? '', integrity: main.dataset.integrity ?? '' };
  const origin = location.origin;
  const texts = {
    evergreen: evergreenSnippet(origin, options),
    pinned: pinnedSnippet(origin, options, release),
    iframe: iframeSnippet(origin, options),
  };
  for (const [id, text] of Object.entries(texts)) {
    const code = document.getElementById(id);
    if (code) code.textContent = text;
  }
  for (const name of ['lang', 'theme', 'clinic'] as const) {
    const value = options[name];
    if (value) widget.setAttribute(name, value);
    else widget.removeAttribute(name);
  }
  // Through the CSSOM, which the page's policy allows (a style attribute it would not).
  if (options.accent) {
    widget.style.setProperty('--hc-accent', options.accent);
    widget.style.setProperty('--hc-accent-text', accentText(options.accent));
  } else {
    widget.style.removeProperty('--hc-accent');
    widget.style.removeProperty('--hc-accent-text');
  }
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const code = document.getElementById(button.dataset.copy ?? '');
  const title = document.getElementById(`${button.dataset.copy}-h`)?.textContent ?? 'snippet';
  if (!code || !status) return;
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
    status.textContent = `Copied: ${title}.`;
  } catch {
    // The page may not be allowed the clipboard: select the text for Ctrl+C instead.
    getSelection()?.selectAllChildren(code);
    status.textContent = `Selected: ${title}. Press Ctrl+C (or ⌘C) to copy it.`;
  }
}

form?.addEventListener('input', update);
form?.addEventListener('submit', (event) => event.preventDefault());
for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy'))
  button.addEventListener('click', () => void copy(button));
update();
