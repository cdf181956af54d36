/**
 * @module The clinic dashboard page (/clinics/:id/dashboard): a shell that asks once for the stats token,
 * keeps it in sessionStorage only (dashboard.js), and fetches the panels for a date range from
 * /clinics/:id/dashboard/panels. Script and styles are files of this origin; nothing else loads.
 */
import { escapeHtml as e } from '../http/html.ts';

export const DASHBOARD_POLICY =
  "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function renderDashboardPage(id: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow"><title>Dashboard · ${e(id)} · hamstring-check</title>
<link rel="icon" href="/demo/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/dashboard/dashboard.css">
<script src="/dashboard/dashboard.js" defer></script></head>
<body><main data-clinic="${e(id)}">
<h1>Clinic dashboard <small>${e(id)}</small></h1>
<p>How the hamstring check is used on your pages: counts per UTC day, never a runner's answers.</p>
<form id="token-form" hidden>
<h2>Your stats token</h2>
<p>Paste the stats token the clinic CLI printed (<code>hcs_…</code>). It stays in this tab only (sessionStorage) and is sent to this site alone, as <code>Authorization: Bearer</code>.</p>
<p><label for="token">Stats token</label> <input id="token" name="token" type="password" autocomplete="off" spellcheck="false" required pattern="hcs_[0-9a-z]{26}"> <button>Open the dashboard</button></p>
</form>
<form id="range-form" hidden>
<h2>Date range</h2>
<p><label for="from">From</label> <input id="from" name="from" type="date" required> <label for="to">to</label> <input id="to" name="to" type="date" required> <button>Show</button> <button type="button" id="forget">Forget the token</button></p>
</form>
<p id="status" role="status"></p>
<div id="panels"></div>
<noscript><p>The dashboard needs JavaScript to send your token. Without it, read the same counts as JSON: <code>curl -H "Authorization: Bearer $TOKEN" /v1/clinics/${e(id)}/stats</code>.</p></noscript>
</main></body></html>`;
}
