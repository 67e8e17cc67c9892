/**
 * The arithmetic of a windowed list whose every render, scroll and change of
 * rows costs the rows on screen only, never one step per row (issue 11).
 *
 * A measuring virtualizer (@tanstack/virtual) keeps one offset per row: each
 * change of the row count, and each row measuring other than its estimate,
 * lays out every row again (160–210 ms a task at 1,000,000 rows). And a
 * million rows of ~100 px are 100 million pixels, three times what Chromium
 * lays out in one element (about 33.5 million): the last clients could not be
 * reached.
 *
 * Here the rows' scroll height is an estimate (rows × the typical row size),
 * capped at MAX_LIST_HEIGHT. A scroll offset gives a position in the list,
 * (offset / scroll range) × rows, and that position sits at the same fraction
 * of the screen: the list's top at the top of the screen when scrolled to the
 * top, its end at the bottom when scrolled to the end, whatever the rows'
 * real heights. The rows around that point are laid out in flow, each at its
 * own height (wrapped labels are never cut), and only they are measured.
 * Below the cap, with rows of the typical size, this is exactly the
 * browser's own scrolling; above it a pixel of scrollbar moves the rows
 * by (rows × size − screen) / (height − screen) pixels.
 *
 * Offsets are in pixels from the top of the rows (not of the page or of
 * a header above them): "scroll" is how far the top of the part of the
 * screen the rows can use is below the first row's top.
 */

/** Scroll height the rows never exceed: well under Chromium's 33.5 million px, with room for a page around it. */
export const MAX_LIST_HEIGHT = 8_000_000;

/**
 * Height the rows take in the scroll: rows × size, capped.
 * listHeight(1_000_000, 100) → 8_000_000; listHeight(10, 100) → 1000
 */
export function listHeight(count: number, size: number, cap = MAX_LIST_HEIGHT): number {
  return Math.min(Math.max(0, count) * size, cap);
}

/** Where the list is for a scroll offset: row `index`'s top is `fraction` of its height above `at`. */
export interface Anchor {
  /** The row at the anchor point (0 for an empty list). */
  index: number;
  /** How far into that row the anchor point is, 0 (its top) to 1 (its bottom: only for the last row at the end). */
  fraction: number;
  /** The anchor point, in pixels from the top of the rows' scroll height. */
  at: number;
}

/**
 * The anchor for a scroll offset: how far through the scroll range the
 * offset is (0 to 1, clamped, so an offset above or below the list counts
 * as its top or end) is both the position in the rows and the point of the
 * screen the position sits at.
 * anchorAt(0, 800, 1000, 100_000) → { index: 0, fraction: 0, at: 0 }
 * anchorAt(99_200, 800, 1000, 100_000) → { index: 999, fraction: 1, at: 100_000 }
 */
export function anchorAt(scroll: number, screen: number, count: number, height: number): Anchor {
  const range = height - screen;
  if (count <= 0 || range <= 0) return { index: 0, fraction: 0, at: 0 };
  const through = Math.min(1, Math.max(0, scroll / range));
  const position = through * count;
  const index = Math.min(count - 1, Math.floor(position));
  return { index, fraction: position - index, at: through * height };
}

/** The rows to render and where the first one's top goes (pixels from the rows' top). */
export interface RowWindow {
  first: number;
  /** Last row rendered, inclusive (-1 for an empty list). */
  last: number;
  top: number;
}

/**
 * The rows that cover the screen (plus `overscan` pixels either side),
 * laid out around the anchor with each row's size (measured, or the
 * typical size for a row not yet rendered): O(rows on screen). The first
 * row's top is never above the rows' top.
 * windowAround({ index: 5, fraction: 0.5, at: 550 }, 100, 320, 300, 0, () => 100) → { first: 3, last: 6, top: 300 }
 */
export function windowAround(anchor: Anchor, count: number, scroll: number, screen: number, overscan: number, sizeOf: (index: number) => number): RowWindow {
  if (count <= 0) return { first: 0, last: -1, top: 0 };
  const from = scroll - overscan;
  const to = scroll + screen + overscan;
  let first = anchor.index;
  let top = anchor.at - anchor.fraction * sizeOf(first);
  while (first > 0 && top > from) {
    first--;
    top -= sizeOf(first);
  }
  let last = anchor.index;
  let bottom = anchor.at + (1 - anchor.fraction) * sizeOf(last);
  while (last < count - 1 && bottom < to) {
    last++;
    bottom += sizeOf(last);
  }
  return { first, last, top: Math.max(0, top) };
}

/**
 * The scroll offset that brings a row to the top of the screen ('start')
 * or its bottom to the bottom ('end'), the rows between it and the anchor
 * being of `size`: exact for the first row at the start and the last at the
 * end, within a few pixels elsewhere (windowScrollBy then corrects by what
 * is measured on screen). 0 when the list does not scroll.
 * scrollToRow(999, 'end', 1000, 100_000, 800, 100) → 99_200
 */
export function scrollToRow(index: number, align: 'start' | 'end', count: number, height: number, screen: number, size: number): number {
  const range = height - screen;
  const rows = count * size - screen;
  if (range <= 0 || rows <= 0) return 0;
  const through = align === 'start' ? (index * size) / rows : ((index + 1) * size - screen) / rows;
  return Math.min(1, Math.max(0, through)) * range;
}

/**
 * The scroll offset change that moves the rows by `pixels` on screen: one
 * for one below the cap, less above it (the rows move faster than the scrollbar).
 * scrollBy(100, 1000, 100_000, 800, 100) → 100; scrollBy(1250, 1_000_000, 8_000_000, 800, 100) → ~100
 */
export function scrollBy(pixels: number, count: number, height: number, screen: number, size: number): number {
  const range = height - screen;
  const rows = count * size - screen;
  if (range <= 0 || rows <= 0) return 0;
  return (pixels * range) / rows;
}
