/**
 * @module The "where does it hurt" body map: the back of the body from the waist down, each region once
 * per side with its name on it, and the groin as a small front view below. One region is one checkbox
 * ("Left buttock"), so the map also answers which side (check.ts: mark). One tab stop: the arrow keys
 * move between regions (up and down the body, left and right across it), Space toggles (the ARIA
 * checkbox pattern with a roving tabindex). Regions are at least 48 units square and the map is drawn at
 * 0.92 px a unit or more down to a 320 px wide screen: targets of 44 px and more. The plain list of the same
 * answers is one tap away (views/question.ts).
 */
import { html, svg } from 'lit';
import { fill } from '../shared/i18n/fill.ts';
import type { Strings } from './strings.ts';

/** [option id, x, y, width, height] of the left side's region, in a 260-unit-wide box (the right mirrors it). */
const REGIONS: [string, number, number, number, number][] = [
  ['low-back', 72, 36, 54, 48],
  ['pelvis-bump', 78, 88, 48, 48],
  ['buttock', 22, 88, 52, 96],
  ['sitting-bone', 78, 138, 48, 48],
  ['thigh-upper', 24, 192, 100, 48],
  ['thigh-middle', 26, 244, 96, 48],
  ['thigh-lower', 28, 296, 94, 48],
  ['knee-outer', 26, 348, 48, 48],
  ['knee-inner', 76, 348, 48, 48],
  ['below-knee', 32, 400, 86, 66],
  // The front view: the runner's left groin is on the viewer's right.
  ['groin', 134, 510, 54, 48],
];

/**
 * The left half of the figure: the waist, hip and leg from behind, the spine and the buttock crease, and
 * the front view's pelvis. Drawn twice, the second mirrored: the figure costs half the bytes.
 */
const HALF =
  'M130 30H40C30 76 10 106 14 146C16 216 24 316 26 386C22 416 24 446 42 476H96C104 446 118 426 120 396C122 316 126 236 128 194H130ZV120M40 188Q80 198 126 188M130 485Q95 490 60 500L64 566H130Z';

/** A rounded rectangle. */
const box = (x: number, y: number, w: number, h: number) =>
  `M${x + 8} ${y}h${w - 16}a8 8 0 0 1 8 8v${h - 16}a8 8 0 0 1-8 8h${16 - w}a8 8 0 0 1-8-8v${16 - h}a8 8 0 0 1 8-8z`;

/** A label on one line, or a word a line where the region is narrow. */
function label(text: string, x: number, y: number, w: number) {
  const lines = w < 60 ? text.split(' ') : [text];
  return lines.map((l, i) => svg`<text x=${x} y=${y + 13 * i - 6 * lines.length + 6}>${l}</text>`);
}

/** Arrow keys: ±2 moves along the body on the same side, ±1 across it (regions come left, right, left…). */
const STEPS: Record<string, number> = { ArrowUp: -2, ArrowDown: 2, ArrowLeft: -1, ArrowRight: 1 };

function move(e: KeyboardEvent, mark: (id: string, side: number) => void) {
  const from = e.target as SVGElement;
  const step = STEPS[e.key] as number;
  if (e.key === ' ') mark(from.dataset.id as string, Number(from.dataset.side));
  else if (!step) return;
  e.preventDefault(); // Space and the arrows would scroll the page
  const all = [...(from.parentNode as Element).querySelectorAll<SVGElement>('g')];
  const to = all[all.indexOf(from) + step];
  // Across the body only to the same region's other side.
  if (to && (step % 2 === 0 || to.dataset.id === from.dataset.id)) to.focus();
}

/** The region focused last is the map's one tab stop (Chromium makes the svg itself focusable too). */
function roving(e: FocusEvent) {
  if (e.target !== e.currentTarget)
    for (const g of (e.currentTarget as Element).querySelectorAll<SVGElement>('g'))
      g.tabIndex = g === e.target ? 0 : -1;
}

/**
 * `marks`: region id → sides marked (1 left, 2 right). `ids`: the options the question offers.
 * Tabindex is set once per region, then moves with focus (Lit leaves a binding whose value is unchanged alone).
 */
export function bodyMap(
  ids: string[],
  marks: Record<string, number>,
  t: Strings,
  mark: (id: string, side: number) => void,
) {
  let first = true;
  return html`<svg class="map" viewBox="0 0 260 572" role="group" tabindex="-1" aria-label=${t.map}
    @keydown=${(e: KeyboardEvent) => move(e, mark)} @focusin=${roving}><path class="fig" d=${HALF}></path>
    <path class="fig" d=${HALF} transform="matrix(-1 0 0 1 260 0)"></path>
    <text x="65" y="14">${t.left}</text><text x="195" y="14">${t.right}</text>
    <text x="130" y="498">${t.front}</text>${REGIONS.flatMap(([id, x, y, w, h]) =>
      ids.includes(id)
        ? [1, 2].map((side) => {
            const name = t[`map.${id}` as keyof Strings];
            // The right side mirrors the left across the middle (REGIONS puts the front view's left groin
            // on the viewer's right already).
            const left = side === 1 ? x : 260 - x - w;
            const on = (marks[id] ?? 0) & side;
            const tab = first ? 0 : -1;
            first = false;
            return svg`<g role="checkbox" aria-checked=${!!on} tabindex=${tab} data-id=${id} data-side=${side}
              aria-label=${fill(side === 1 ? t.sideL : t.sideR, { region: name.toLowerCase() })}
              @click=${() => mark(id, side)}><path d=${box(left, y, w, h)}></path>${label(
                id === 'groin' ? (side === 1 ? t.left : t.right) : name,
                left + w / 2,
                y + h / 2 + 4,
                w,
              )}</g>`;
          })
        : [],
    )}</svg>`;
}
