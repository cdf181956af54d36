/**
 * @module The embed builder (/embed-code): pick the language, theme, clinic and accent, see the widget as
 * it will look, copy one of the three snippets (embed/snippets.ts). Built once at build time; its script
 * (widget/builder/builder.ts, bundled with the same snippet code) fills in this site's address and keeps
 * preview and snippets in step with the form. Without script, the snippets show with `YOUR-HOST`.
 */

import { evergreenSnippet, iframeSnippet, pinnedSnippet, type Release } from '../embed/snippets.ts';
import { escapeHtml as e } from '../http/html.ts';

export const BUILDER_POLICY =
  "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const PLACEHOLDER = 'https://YOUR-HOST';

function snippet(id: string, title: string, about: string, text: string): string {
  return `<section class="snippet" aria-labelledby="${id}-h"><h3 id="${id}-h">${e(title)}</h3><p>${about}</p>
<pre><code id="${id}">${e(text)}</code></pre><p><button type="button" class="copy" data-copy="${id}" aria-describedby="${id}-h">Copy</button></p></section>`;
}

export function renderBuilderPage(release: Release): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Embed the hamstring check · embed builder</title><link rel="stylesheet" href="/docs/docs.css">
<link rel="icon" href="/demo/favicon.svg" type="image/svg+xml">
<script type="module" src="/v1/hamstring-check.js"></script><script type="module" src="/embed-code/builder.js"></script></head>
<body><main class="builder" data-version="${e(release.version)}" data-integrity="${e(release.integrity)}">
<h1>Embed the hamstring check</h1>
<p>Choose how it looks, check the preview, then copy the snippet that fits your site. What each option means: <a href="/docs#guide-embedding-the-hamstring-check">the embedding guide</a>.</p>
<form id="options" class="options">
<h2>Options</h2>
<p><label for="lang">Language</label> <select id="lang" name="lang"><option value="">The page's language</option><option value="en">English</option><option value="es">Spanish</option></select></p>
<p><label for="theme">Theme</label> <select id="theme" name="theme"><option value="">Follow the reader's setting</option><option value="light">Light</option><option value="dark">Dark</option></select></p>
<p><label for="clinic">Clinic id</label> <input id="clinic" name="clinic" placeholder="riverside-physio" pattern="[a-z0-9](?:[a-z0-9\\-]{0,62}[a-z0-9])?" aria-describedby="clinic-about" spellcheck="false" autocomplete="off"></p>
<p id="clinic-about" class="about">Only for a clinic set up with this service. Its brand shows on the pages it allowed; anywhere else, the plain widget.</p>
<p><input id="use-accent" name="use-accent" type="checkbox"> <label for="use-accent">My own accent colour</label> <label for="accent" class="vh">Accent colour</label> <input id="accent" name="accent" type="color" value="#b4451f"></p>
</form>
<section aria-labelledby="preview-h"><h2 id="preview-h">Preview</h2>
<div id="preview" class="preview"><hamstring-check></hamstring-check></div></section>
<section aria-labelledby="snippets-h"><h2 id="snippets-h">Snippets</h2>
${snippet('evergreen', 'Evergreen script', 'For most sites: updates arrive by themselves.', evergreenSnippet(PLACEHOLDER, {}))}
${snippet('pinned', 'Pinned script with Subresource Integrity', `This release (${e(release.version)}) only; the browser refuses the file if it changes. Update the snippet to take a new release.`, pinnedSnippet(PLACEHOLDER, {}, release))}
${snippet('iframe', 'Iframe', 'For hosts that refuse scripts: the frame works at its fixed height; where the host runs scripts, the four lines below it make it fit its content.', iframeSnippet(PLACEHOLDER, {}))}
<p id="copied" role="status"></p></section>
</main></body></html>`;
}
