/**
 * @module Sorting the engine's short lists (14 conditions, a few findings each) in place: an insertion
 * sort, stable like Array.prototype.sort. The engine sorts them thousands of times per result (the
 * interview re-ranks for every answer it tries), and on lists this short the built-in sort's fixed cost
 * per call is most of the time.
 */
export function sortShort<T>(items: T[], order: (a: T, b: T) => number): T[] {
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as T;
    let j = i - 1;
    // Only strictly later items move up, so equal items keep their order.
    while (j >= 0 && order(items[j] as T, item) > 0) {
      items[j + 1] = items[j] as T;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}
