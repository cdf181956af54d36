/**
 * @module Gathering the sources a decision cites, in the bibliography's order. Each cited list is turned
 * into bibliography positions once per list object (the data's lists are module constants), and a call
 * marks positions in one array: a decision cites a few dozen lists, and adding every id to a Set, then
 * asking the Set about each of the bibliography's entries, was a tenth of deciding.
 */
import { SOURCES, type SourceId } from './sources.ts';

const ORDER = Object.keys(SOURCES) as SourceId[];
const POSITION = new Map(ORDER.map((id, k) => [id, k]));
const POSITIONS = new WeakMap<readonly SourceId[], Int32Array>();

function positionsOf(sources: readonly SourceId[]): Int32Array {
  let positions = POSITIONS.get(sources);
  if (!positions) {
    positions = Int32Array.from(sources, (id) => POSITION.get(id) as number);
    POSITIONS.set(sources, positions);
  }
  return positions;
}

/** Marks by bibliography position, for one gathering at a time: cleared when it starts. */
const MARKED = new Uint8Array(ORDER.length);

/** Starts a gathering: nothing is cited yet. */
export function startCiting(): void {
  MARKED.fill(0);
}

/** Marks every source in `sources` as cited. */
export function cite(sources: readonly SourceId[]): void {
  const positions = positionsOf(sources);
  for (let i = 0; i < positions.length; i++) MARKED[positions[i] as number] = 1;
}

/** What the gathering cited, in the bibliography's order. */
export function citedSources(): SourceId[] {
  const cited: SourceId[] = [];
  for (let k = 0; k < ORDER.length; k++) if (MARKED[k]) cited.push(ORDER[k] as SourceId);
  return cited;
}
