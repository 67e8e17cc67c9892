/**
 * Which rows of a fixed-height list are on screen: constant time whatever
 * the length. (A general virtualizer measures every item: 1,000,000 objects
 * each time the list changes length, which froze the page after a filter.)
 */

export interface RowWindow {
  /** First and one-past-last row index to render. */
  from: number;
  to: number;
  /** Space above and below the rendered rows, in pixels. */
  padTop: number;
  padBottom: number;
}

/**
 * rowWindow({ count: 1000, rowHeight: 50, scrollTop: 500, viewport: 200, overscan: 2 })
 *   → { from: 8, to: 16, padTop: 400, padBottom: 49200 }
 */
export function rowWindow(o: { count: number; rowHeight: number; scrollTop: number; viewport: number; overscan: number }): RowWindow {
  const count = Math.max(0, Math.floor(o.count));
  const height = Math.max(1, o.rowHeight);
  const top = Math.max(0, o.scrollTop);
  const first = Math.floor(top / height);
  const from = Math.min(count, Math.max(0, first - o.overscan));
  const to = Math.min(count, Math.ceil((top + Math.max(0, o.viewport)) / height) + o.overscan);
  const end = Math.max(from, to);
  return { from, to: end, padTop: from * height, padBottom: (count - end) * height };
}
