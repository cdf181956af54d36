/**
 * @module The dashboard's panels for one clinic and date range, as an HTML fragment the dashboard page
 * puts in place: totals, triages per day by urgency, the split by urgency and by first-ranked condition,
 * booking clicks per day (each chart with its table), the API keys' use and the webhook deliveries given
 * up. Counts only, as the stats API: no answers, no addresses.
 */
import { conditionCatalogue, URGENCY_LEVELS, type Urgency } from '../../shared/index.ts';
import type { ClinicProfile } from '../clinics/profile.ts';
import { escapeHtml as e } from '../http/html.ts';
import type { KeyUsage } from '../keys/store.ts';
import type { ClinicStats } from '../usage/stats.ts';
import type { DeadLetter } from '../webhooks/dead-letters.ts';
import { categoryChart, dailyChart } from './charts.ts';

export const URGENCY_LABELS: Record<Urgency, string> = {
  'self-care': 'Self-care',
  routine: 'Routine',
  'within-week': 'Within a week',
  'same-day': 'Same day',
  emergency: 'Emergency',
};

export interface PanelData {
  clinic: ClinicProfile;
  stats: ClinicStats;
  /** The keys used in the range, with their labels where they could be read. */
  keys: (KeyUsage & { label?: string })[];
  deadLetters: DeadLetter[];
}

const fmt = (n: number) => n.toLocaleString('en');

function keysSection(keys: PanelData['keys']): string {
  const body = keys.length
    ? `<table><caption>Triage requests per API key</caption><thead><tr><th scope="col">Key</th><th scope="col">Label</th><th scope="col">Requests</th></tr></thead><tbody>${keys
        .map(
          (k) =>
            `<tr><th scope="row"><code>${e(k.id)}</code></th><td>${e(k.label ?? '')}</td><td>${fmt(k.requests)}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '<p>No API key of this clinic was used in this range.</p>';
  return `<section aria-labelledby="keys-h"><h2 id="keys-h">API keys</h2>${body}</section>`;
}

function webhookSection(dead: readonly DeadLetter[]): string {
  const body = dead.length
    ? `<p>These events failed every retry and were not delivered; their shared reports stay on their pages until they expire.</p><table><caption>Webhook deliveries given up</caption><thead><tr><th scope="col">Delivery (webhook-id)</th><th scope="col">Event</th><th scope="col">Happened</th><th scope="col">Given up</th></tr></thead><tbody>${dead
        .map(
          (d) =>
            `<tr><th scope="row"><code>${e(d.id)}</code></th><td>${e(d.type)}</td><td>${e(d.createdAt)}</td><td>${e(d.deadAt)}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '<p>No webhook delivery was given up in this range.</p>';
  return `<section aria-labelledby="hooks-h"><h2 id="hooks-h">Webhook deliveries given up</h2>${body}</section>`;
}

export function renderPanels({ clinic, stats, keys, deadLetters }: PanelData): string {
  const dates = stats.days.map((d) => d.date);
  const names = new Map(conditionCatalogue('en').map((c) => [c.id, c.name]));
  const { totals } = stats;
  const byDay = dailyChart(
    'per-day',
    'Triages per day, by urgency',
    dates,
    URGENCY_LEVELS.map((level) => ({
      label: URGENCY_LABELS[level],
      className: `s-${level}`,
      values: stats.days.map((d) => d.byUrgency[level]),
    })),
  );
  const legend = `<ul class="legend" aria-label="Urgency colours">${URGENCY_LEVELS.map(
    (level) => `<li><span class="swatch s-${level}" aria-hidden="true"></span>${URGENCY_LABELS[level]}</li>`,
  ).join('')}</ul>`;
  const byUrgency = categoryChart(
    'by-urgency',
    'Triages by urgency',
    { column: 'Urgency', what: 'triages' },
    URGENCY_LEVELS.map((level) => ({
      label: URGENCY_LABELS[level],
      value: totals.byUrgency[level],
      className: `s-${level}`,
    })),
  );
  const byCondition = categoryChart(
    'by-condition',
    'Triages by most likely condition',
    { column: 'Most likely condition', what: 'triages' },
    Object.entries(totals.byCondition).map(([id, value]) => ({
      label: names.get(id as never) ?? id,
      value,
      className: 's-condition',
    })),
  );
  const clicks = dailyChart('clicks', 'Booking clicks per day', dates, [
    { label: 'Booking clicks', className: 's-clicks', values: stats.days.map((d) => d.bookingClicks) },
  ]);
  return `<section aria-labelledby="totals-h"><h2 id="totals-h">${e(clinic.name)}, ${e(stats.from)} to ${e(stats.to)} (UTC days)</h2>
<dl class="totals"><div><dt>Triages</dt><dd>${fmt(totals.completions)}</dd></div><div><dt>Reports shared</dt><dd>${fmt(totals.shares)}</dd></div><div><dt>Booking clicks</dt><dd>${fmt(totals.bookingClicks)}</dd></div></dl></section>
<section aria-labelledby="triages-h"><h2 id="triages-h">Triages</h2>${byDay}${legend}${byUrgency}${byCondition}</section>
<section aria-labelledby="clicks-h"><h2 id="clicks-h">Booking clicks</h2>${clicks}</section>
${keysSection(keys)}${webhookSection(deadLetters)}`;
}
