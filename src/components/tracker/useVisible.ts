/**
 * The rows the list shows, from the session's filters, call list, set of
 * clients, search and sort: one place, so the list, its count and every
 * "for the listed clients" action agree.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { useTracker } from '../../store';
import { listTopScroll } from '../../lib/tracker/list-scroll';
import { deadlineDaysOf, listFlagsOf, visibleOf } from '../../store/selectors';
import { useEnv } from './context';
import type { Derived } from './useDerived';

export function useVisible(derived: Derived): Int32Array {
  const { tag } = useEnv();
  const filters = useTracker((s) => s.filters);
  const overdue = useTracker((s) => s.overdue);
  const keysFilter = useTracker((s) => s.keysFilter);
  const search = useTracker((s) => s.search);
  const sort = useTracker((s) => s.sort);
  const rank = useTracker((s) => s.loaded?.rank ?? null);
  const flags = listFlagsOf(derived.table, overdue ? derived.overdueRows : null, keysFilter?.keys ?? null);
  return visibleOf(derived.table, derived.columns, derived.nextSteps, filters, flags, search, sort, rank, tag, deadlineDaysOf(derived.table, derived.facts));
}

/** Id of the list's section: what a filter click scrolls to. */
export const LIST_ID = 'client-list';

/**
 * Bottom of the site's header while it sticks (taller on a phone, where it wraps): what sticks below it.
 * Zero where it does not stick (the tracker on a phone, tracker.css): it scrolls away with the page.
 */
function headerBottom(): number {
  const header = document.querySelector('.site-header');
  if (!header || !/^(sticky|fixed)$/.test(getComputedStyle(header).position)) return 0;
  return header.getBoundingClientRect().bottom;
}

/**
 * Brings the list's top (its sticky bar, then the first rows) into view after
 * a filter changed elsewhere on the page, just below the site's sticky header;
 * smooth unless the rep asked for reduced motion. Waits a frame so a list
 * rendered after the click is there.
 */
export function revealList(): void {
  requestAnimationFrame(() => {
    const list = document.getElementById(LIST_ID);
    if (!list) return;
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const top = list.getBoundingClientRect().top + window.scrollY - Math.max(0, headerBottom());
    window.scrollTo({ top, behavior: reduced ? 'auto' : 'smooth' });
  });
}

/**
 * After the rep changed what the list shows (filters, call list, "show in
 * list" clients, search) or its order (a new order read from the middle
 * shows neither end of it), shows the new list from its first row: the table's
 * own box back at its top, and the page, if it was scrolled down the old
 * list, back to the first row right under the sticky bar. Not on other row
 * changes (a call logged, new data): the rep keeps their place then.
 * Runs before paint, so the rows left under the bar are never seen.
 */
export function useListTopOnViewChange(section: RefObject<HTMLElement | null>): void {
  const filters = useTracker((s) => s.filters);
  const overdue = useTracker((s) => s.overdue);
  const keysFilter = useTracker((s) => s.keysFilter);
  const search = useTracker((s) => s.search);
  const sort = useTracker((s) => s.sort);
  const mounted = useRef(false);
  useLayoutEffect(() => {
    // Not on the first render: a view restored from the URL keeps the page where it opens.
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    const bar = section.current?.querySelector('.filter-bar');
    const rows = section.current?.querySelector('.client-cards, .table-scroll, .no-match');
    if (!bar || !rows) return;
    if (rows.classList.contains('table-scroll')) rows.scrollTop = 0;
    const top = listTopScroll(rows.getBoundingClientRect().top, bar.getBoundingClientRect().bottom, window.scrollY);
    if (top !== null) window.scrollTo({ top, behavior: 'instant' });
  }, [section, filters, overdue, keysFilter, search, sort]);
}

/**
 * Keeps a CSS variable on the page's root at an element's height while it
 * changes (ResizeObserver); returns the cleanup. The filter bar sticks under
 * the site header (--sticky-top) and the list's box fits under the bar
 * (--filter-bar-height), whatever their heights on this screen.
 */
export function trackHeight(element: Element | null, property: string): () => void {
  if (!element) return () => {};
  const update = () => document.documentElement.style.setProperty(property, `${Math.max(0, element.getBoundingClientRect().height)}px`);
  update();
  const observer = new ResizeObserver(update);
  observer.observe(element);
  return () => observer.disconnect();
}
