/**
 * @module The "where does it hurt" body map: the back of the hips and legs as rounded shapes, one
 * checkbox per region drawn on both legs (the side is asked separately). Keyboard: Tab reaches each
 * region, Space toggles it (the ARIA checkbox pattern). The checkbox list beside it is the same control
 * in plain HTML; `groin` has no place on a back view, so it is only in the list.
 */
import { html, nothing, svg } from 'lit';
import type { Question } from '../shared/schemas/questionnaire.ts';

/** [option id, x, y, width, height] of the left leg's shape in a 200 × 300 box; squares are drawn round. */
const REGIONS: [string, number, number, number, number][] = [
  ['low-back', 64, 4, 72, 30],
  ['buttock', 34, 66, 62, 40],
  ['pelvis-bump', 70, 38, 24, 24],
  ['sitting-bone', 62, 110, 30, 22],
  ['thigh-upper', 36, 136, 58, 34],
  ['thigh-middle', 38, 174, 54, 34],
  ['thigh-lower', 40, 212, 50, 30],
  ['knee-outer', 41, 246, 24, 24],
  ['knee-inner', 66, 246, 24, 24],
  ['below-knee', 43, 274, 46, 24],
];

/** The outline of the hips and legs from behind, drawn under the regions so they read as a body. */
const FIGURE = 'M58 0Q30 40 30 100l7 200h52l8-172h6l8 172h52l7-200Q170 40 142 0z';

function rounded(x: number, y: number, w: number, h: number): string {
  const k = w === h ? w / 2 : 9;
  return `M${x + k} ${y}h${w - 2 * k}a${k} ${k} 0 0 1 ${k} ${k}v${h - 2 * k}a${k} ${k} 0 0 1-${k} ${k}h${2 * k - w}a${k} ${k} 0 0 1-${k}-${k}v${2 * k - h}a${k} ${k} 0 0 1 ${k}-${k}z`;
}

export function bodyMap(q: Question, chosen: string[], label: string, toggle: (id: string) => void) {
  return html`<svg class="map" viewBox="0 0 200 300" role="group" aria-label=${label}
    @keydown=${(e: KeyboardEvent) => {
      if (e.key !== ' ') return;
      e.preventDefault(); // Space would scroll the page
      toggle((e.target as SVGElement).dataset.id as string);
    }}><path class="fig" d=${FIGURE}></path>${REGIONS.map(([id, x, y, w, h]) => {
      const option = q.options?.find((o) => o.id === id);
      const on = chosen.includes(id);
      return option
        ? svg`<path d=${rounded(x, y, w, h) + rounded(200 - x - w, y, w, h)} data-id=${id}
            role="checkbox" aria-checked=${on} aria-label=${option.label} tabindex="0"
            @click=${() => toggle(id)}></path>`
        : nothing;
    })}</svg>`;
}
