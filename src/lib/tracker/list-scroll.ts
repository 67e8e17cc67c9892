/**
 * Where the page goes after the list's view changed (a filter, the call
 * list, a search): a rep who was scrolled down the old list must see the new
 * one from its first row, right under the sticky filter bar. Without this, a
 * list that shrinks leaves the page where the browser clamped it, with the
 * few remaining rows under the bar or above the screen (issue 12).
 */

/**
 * The window scroll position that puts the rows' top just under the bar's
 * bottom, or null when the rows already start at or below the bar (the rep
 * is above the list, or at its top: the page is left alone).
 * All positions are in viewport pixels, as getBoundingClientRect gives them.
 */
export function listTopScroll(rowsTop: number, barBottom: number, scrollY: number): number | null {
  // One pixel of slack for sub-pixel layout.
  if (rowsTop >= barBottom - 1) return null;
  return Math.max(0, scrollY + rowsTop - barBottom);
}

/**
 * The window scroll position that puts the list's top (its sticky bar) right
 * under the site's sticky header: where a filter clicked above the list
 * takes the rep. Viewport pixels, as getBoundingClientRect gives them; a
 * header above the screen (negative bottom) counts as none.
 * listRevealScroll(900, 60, 100) → 940
 */
export function listRevealScroll(listTop: number, headerBottom: number, scrollY: number): number {
  return Math.max(0, scrollY + listTop - Math.max(0, headerBottom));
}
