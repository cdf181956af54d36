/**
 * @module The printable clinician page of a shared report (`GET /r/:code`), rendered on the server from
 * the stored result's `clinicianSummary`. Every stored value is inserted as escaped text; the page
 * has no script and no link to anything, and its CSP allows only its own inline stylesheet.
 */
import { type KeyUnder, type Lang, text } from '../../shared/index.ts';
import { escapeHtml as e } from '../http/html.ts';
import { isLang } from '../http/lang.ts';
import { REPORT_CSS } from './page-styles.ts';
import { PAGE_TEXTS, type PageText } from './page-texts.ts';
import type { StoredReport } from './report.ts';

let styleHash: Promise<string> | undefined;

/** The CSP source of REPORT_CSS ('sha256-…'), hashed once per isolate. */
async function styleSource(): Promise<string> {
  styleHash ??= crypto.subtle
    .digest('SHA-256', new TextEncoder().encode(REPORT_CSS))
    .then((d) => `'sha256-${btoa(String.fromCharCode(...new Uint8Array(d)))}'`);
  return styleHash;
}

/** Headers of every clinician page, found or not: never cached, never indexed, never a referrer. */
export async function pageHeaders(lang: Lang): Promise<Record<string, string>> {
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Language': lang,
    'Content-Security-Policy': `default-src 'none'; style-src ${await styleSource()}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    'X-Robots-Tag': 'noindex, nofollow',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}

function htmlPage(lang: Lang, title: string, body: string): string {
  return `<!doctype html>
<html lang="${e(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow"><meta name="referrer" content="no-referrer">
<title>${e(title)}</title><style>${REPORT_CSS}</style></head>
<body><main>${body}</main></body></html>`;
}

/** The catalogue's "all 22 negative" continues a sentence; on its own line it starts one. */
const capitalized = (line: string) => line.charAt(0).toUpperCase() + line.slice(1);

/** "2026-11-22 14:05 UTC": one unambiguous form for clinicians anywhere. */
const when = (iso: string) =>
  `<time datetime="${e(iso)}">${e(iso.slice(0, 10))} ${e(iso.slice(11, 16))} UTC</time>`;

const list = (items: readonly string[], none: string, cls = '') =>
  items.length
    ? `<ul${cls ? ` class="${cls}"` : ''}>${items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`
    : `<p>${e(none)}</p>`;

/** On a narrow screen each row stacks as a card, each cell led by its column's name (data-label). */
function table(headings: readonly string[], rows: readonly { cells: string[]; cls?: string }[]): string {
  const head = headings.map((h) => `<th scope="col">${e(h)}</th>`).join('');
  const cell = (c: string, i: number) => `<td data-label="${e(headings[i] ?? '')}">${e(c)}</td>`;
  const body = rows
    .map(({ cells, cls }) => `<tr${cls ? ` class="${e(cls)}"` : ''}>${cells.map(cell).join('')}</tr>`)
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

export function renderReportPage(report: StoredReport, code: string): string {
  const { result } = report;
  // Stored by this Worker, but a page must not break on a value edited by hand.
  const lang: Lang = isLang(report.lang) ? report.lang : 'en';
  const s = result.clinicianSummary;
  const t = (key: KeyUnder<'summary'>) => text(lang, `summary.${key}`);
  const p = (key: PageText) => PAGE_TEXTS[lang][key];
  const meta = [
    ...(report.clinic ? [[p('sharedWith'), e(report.clinic.name)]] : []),
    [p('created'), when(report.createdAt)],
    [p('expires'), when(report.expiresAt)],
    [t('version'), e(s.questionnaireVersion)],
    [p('reference'), e(code)],
  ];
  // What needs a clinician's eye first: positive, then unsure, then the rest in screening order.
  const order = ['positive', 'unsure', 'not-asked', 'negative'];
  const flags = [...s.redFlagScreen].sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
  const flagSummary = flags.every((f) => f.status === 'negative')
    ? `<p><strong>${e(capitalized(text(lang, 'summary.all-negative', { count: flags.length })))}</strong></p>`
    : '';
  const ranked = s.ranked
    .map(
      (r) =>
        `<li><strong>${e(r.name)}</strong> (${e(t(`band.${r.band}`))})${list(r.evidence, '', 'evidence')}</li>`,
    )
    .join('');
  const body = `<header><h1>${e(t('title'))}</h1><p class="disclaimer">${e(t('not-diagnosis'))}</p>
<dl class="meta">${meta.map(([dt, dd]) => `<dt>${e(dt ?? '')}</dt><dd>${dd}</dd>`).join('')}</dl></header>
<section id="urgency" class="urgency-${e(result.urgency.level)}"><h2>${e(t('urgency'))}</h2>
<p class="headline">${e(result.urgency.title)} <span class="level">(${e(p('level'))}: ${e(result.urgency.level)})</span></p>
<h2>${e(t('stretch'))}</h2><p class="headline">${e(result.stretch.headline)}</p></section>
<section id="red-flags"><h2>${e(t('red-flags'))}</h2>${flagSummary}${table(
    [p('flag'), p('result')],
    flags.map((f) => ({ cells: [f.label, t(`status.${f.status}`)], cls: f.status })),
  )}</section>
<section id="positives"><h2>${e(t('positives'))}</h2>${list(s.positives, t('none'))}</section>
<section id="ranked"><h2>${e(t('ranked'))}</h2><ol class="ranked">${ranked}</ol></section>
<section id="tests"><h2>${e(t('tests'))}</h2>${
    s.suggestedTests.length
      ? table(
          [p('test'), p('for'), p('accuracy'), p('source')],
          s.suggestedTests.map((x) => ({ cells: [x.name, x.for, x.accuracy ?? '–', x.source] })),
        )
      : `<p>${e(t('none'))}</p>`
  }</section>
<section id="measures"><h2>${e(t('measures'))}</h2>${table(
    [p('measure'), p('why')],
    s.outcomeMeasures.map((m) => ({ cells: [m.name, m.why] })),
  )}</section>
<details class="plain-text"><summary>${e(p('plainText'))}</summary><pre>${e(s.text)}</pre></details>
<footer><p>${e(result.disclaimer)}</p></footer>`;
  return htmlPage(lang, `${t('title')} · ${code}`, body);
}

/** A page of a title and one paragraph, for when there is no report to show. */
const notice = (lang: Lang, title: PageText, body: PageText) =>
  htmlPage(
    lang,
    PAGE_TEXTS[lang][title],
    `<h1>${e(PAGE_TEXTS[lang][title])}</h1><p>${e(PAGE_TEXTS[lang][body])}</p>`,
  );

/** The one page for a code that is not (or no longer) there, whatever the reason. */
export const renderMissingPage = (lang: Lang) => notice(lang, 'notFoundTitle', 'notFoundBody');

export const renderUnavailablePage = (lang: Lang) => notice(lang, 'unavailableTitle', 'unavailableBody');
