/**
 * @module Server-side SVG charts for the clinic dashboard: bars per day (stacked by series) and bars per
 * category, each a `role="img"` figure with a title and a one-sentence description, followed by the same
 * numbers as a table. Colours come from classes (dashboard.css), so both themes hold their contrast and
 * the page's CSP needs no inline style.
 */
import { escapeHtml as e } from '../http/html.ts';

export interface Series {
  label: string;
  /** A class of dashboard.css that colours its bars, e.g. `s-routine`. */
  className: string;
  values: readonly number[];
}

const W = 640;
const PAD = { top: 12, right: 12, bottom: 28, left: 40 };

/** A round maximum for the scale: 1, 2, 5, 10, 20, 50… at or above `max`. */
function niceMax(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  return ([1, 2, 5, 10].find((m) => m * power >= max) ?? 10) * power;
}

const fmt = (n: number) => n.toLocaleString('en');

interface Figure {
  id: string;
  title: string;
  /** One sentence with what the chart shows, for screen readers. */
  summary: string;
  height: number;
  svg: string;
  table: string;
}

function figure({ id, title, summary, height, svg, table }: Figure): string {
  return `<figure class="chart" aria-labelledby="${id}-title">
<figcaption id="${id}-title">${e(title)}</figcaption>
<svg viewBox="0 0 ${W} ${height}" role="img" aria-labelledby="${id}-t ${id}-d" focusable="false"><title id="${id}-t">${e(title)}</title><desc id="${id}-d">${e(summary)}</desc>${svg}</svg>
<details><summary>${e(title)}: as a table</summary>${table}</details>
</figure>`;
}

function table(
  caption: string,
  head: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const cells = (row: readonly (string | number)[]) =>
    row
      .map((cell, i) =>
        i === 0 ? `<th scope="row">${e(String(cell))}</th>` : `<td>${fmt(Number(cell))}</td>`,
      )
      .join('');
  return `<table><caption>${e(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((row) => `<tr>${cells(row)}</tr>`)
    .join('')}</tbody></table>`;
}

/** Bars per day, stacked by series, with a value scale and the first, middle and last dates. */
export function dailyChart(
  id: string,
  title: string,
  dates: readonly string[],
  series: readonly Series[],
): string {
  const H = 220;
  const totals = dates.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const top = niceMax(Math.max(0, ...totals));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = plotW / Math.max(1, dates.length);
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const bars = dates.flatMap((_, i) => {
    let base = 0;
    return series.flatMap((s) => {
      const v = s.values[i] ?? 0;
      if (!v) return [];
      const rect = `<rect class="${s.className}" x="${(PAD.left + i * step + step * 0.1).toFixed(1)}" y="${y(base + v).toFixed(1)}" width="${Math.max(1, step * 0.8).toFixed(1)}" height="${((v / top) * plotH).toFixed(1)}"/>`;
      base += v;
      return [rect];
    });
  });
  const grid = [0, top / 2, top]
    .map(
      (v) =>
        `<line class="grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(v)}" y2="${y(v)}"/><text class="axis" x="${PAD.left - 6}" y="${y(v) + 4}" text-anchor="end">${fmt(v)}</text>`,
    )
    .join('');
  const ticks = [...new Set([0, Math.floor((dates.length - 1) / 2), dates.length - 1])]
    .map(
      (i) =>
        `<text class="axis" x="${(PAD.left + i * step + step / 2).toFixed(1)}" y="${H - 8}" text-anchor="middle">${e(dates[i] ?? '')}</text>`,
    )
    .join('');
  const sum = totals.reduce((a, b) => a + b, 0);
  const peak = totals.indexOf(Math.max(...totals));
  const summary = `${fmt(sum)} in all from ${dates[0]} to ${dates[dates.length - 1]}${sum ? `; most on ${dates[peak]} (${fmt(totals[peak] ?? 0)})` : ''}.`;
  const head = ['Date', ...series.map((s) => s.label), ...(series.length > 1 ? ['Total'] : [])];
  const rows = dates.map((date, i) => [
    date,
    ...series.map((s) => s.values[i] ?? 0),
    ...(series.length > 1 ? [totals[i] ?? 0] : []),
  ]);
  return figure({
    id,
    title,
    summary,
    height: H,
    svg: `${grid}${bars.join('')}${ticks}`,
    table: table(title, head, rows),
  });
}

export interface Category {
  label: string;
  value: number;
  className: string;
}

/**
 * One horizontal bar per category, largest first, each with its count and share written beside it.
 * `column` heads the table's first column; `what` names the counted things in the description.
 */
export function categoryChart(
  id: string,
  title: string,
  { column, what }: { column: string; what: string },
  categories: readonly Category[],
): string {
  const sorted = [...categories].sort((a, b) => b.value - a.value);
  const rowH = 26;
  const H = PAD.top + sorted.length * rowH + 8;
  const labelW = 260;
  const barMax = W - labelW - 90;
  const total = sorted.reduce((sum, c) => sum + c.value, 0);
  const max = Math.max(1, ...sorted.map((c) => c.value));
  const share = (v: number) => (total ? `${Math.round((v / total) * 100)}%` : '0%');
  const rows = sorted
    .map((c, i) => {
      const yy = PAD.top + i * rowH;
      const w = (c.value / max) * barMax;
      return `<text class="label" x="${labelW - 8}" y="${yy + 17}" text-anchor="end">${e(c.label)}</text><rect class="${c.className}" x="${labelW}" y="${yy + 4}" width="${Math.max(c.value ? 2 : 0, w).toFixed(1)}" height="${rowH - 8}"/><text class="value" x="${(labelW + w + 6).toFixed(1)}" y="${yy + 17}">${fmt(c.value)} (${share(c.value)})</text>`;
    })
    .join('');
  const first = sorted[0];
  const summary =
    total && first
      ? `${fmt(total)} ${what}; the most: ${first.label}, ${fmt(first.value)} (${share(first.value)}).`
      : `No ${what} in this range.`;
  return figure({
    id,
    title,
    summary,
    height: H,
    svg: rows,
    table: table(
      title,
      [column, 'Count'],
      sorted.map((c) => [c.label, c.value]),
    ),
  });
}
