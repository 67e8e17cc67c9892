/**
 * The rows the list shows, from the session's filters, call list, set of
 * clients, search and sort: one place, so the list, its count and every
 * "for the listed clients" action agree.
 */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { useTracker } from '../../store';
import { listTopScroll } from '../../lib/tracker/list-scroll';
import { deadlineDaysOf, listFlagsOf, visibleOf } from '../../store/selectors';
import { nameOrderOf } from '../../lib/tracker/view';
import { askView, useView, viewKey, type PageView } from '../../store/view';
import { useEnv } from './context';
import type { Derived } from './useDerived';

const NO_ROWS = new Int32Array(0);

/** The view a large table's list asks the view worker for; null for a small table (the page computes its list). */
function usePageView(derived: Derived): PageView | null {
  const { tag } = useEnv();
  const filters = useTracker((s) => s.filters);
  const overdue = useTracker((s) => s.overdue);
  const keysFilter = useTracker((s) => s.keysFilter);
  const search = useTracker((s) => s.search);
  const sort = useTracker((s) => s.sort);
  const rank = useTracker((s) => s.loaded?.rank ?? null);
  if (!derived.large) return null;
  return { asOfDay: derived.asOfDay, facts: derived.facts, rank, filters, callList: overdue, keys: keysFilter?.keys ?? null, search, sort, locale: tag };
}

export function useVisible(derived: Derived): Int32Array {
  const { tag } = useEnv();
  const filters = useTracker((s) => s.filters);
  const overdue = useTracker((s) => s.overdue);
  const keysFilter = useTracker((s) => s.keysFilter);
  const search = useTracker((s) => s.search);
  const sort = useTracker((s) => s.sort);
  const rank = useTracker((s) => s.loaded?.rank ?? null);
  const answer = useView((s) => s.answer);
  const view = usePageView(derived);
  const { table } = derived;
  // After each render: askView sends only a view it did not ask last.
  useEffect(() => {
    if (view) askView(table, view);
  });
  if (!view) {
    const flags = listFlagsOf(table, overdue ? derived.overdueRows : null, keysFilter?.keys ?? null);
    return visibleOf(table, derived.columns, derived.nextSteps, filters, flags, search, sort, rank, tag, deadlineDaysOf(table, derived.facts));
  }
  // The latest answer for this table, while the worker computes a newer one (useListPending says so).
  if (answer?.table === table) return answer.rows;
  // Before the first answer: the whole list in name order is known here (no filter, no search, the default sort), else nothing yet.
  const plain = Object.keys(filters).length === 0 && !overdue && !keysFilter && !search.trim() && sort.column === 'client' && !sort.descending;
  return plain ? nameOrderOf(table.size, rank) : NO_ROWS;
}

/**
 * True while the rows useVisible gives are not yet those of the current view
 * (the view worker has not answered it): the list says it is being prepared
 * rather than "no client matches", and its actions wait, so an export or an
 * email never goes to the previous view's clients.
 */
export function useListPending(derived: Derived): boolean {
  const answer = useView((s) => s.answer);
  const view = usePageView(derived);
  return view !== null && !(answer?.table === derived.table && answer.key === viewKey(derived.table, view));
}

/** Each row's activation deadline: the view worker's for a large table (NaN until it answers). */
export function useDeadlines(derived: Derived): Float64Array {
  const answer = useView((s) => s.answer);
  if (!derived.large) return deadlineDaysOf(derived.table, derived.facts);
  return answer?.table === derived.table ? answer.deadlines : noDeadlines(derived.table.size);
}

let none = new Float64Array(0).fill(NaN);
function noDeadlines(size: number): Float64Array {
  if (none.length !== size) none = new Float64Array(size).fill(NaN);
  return none;
}

/** Id of the list's section: what a filter click scrolls to. */
export const LIST_ID = 'client-list';

/** Height of the site's sticky header (taller on a phone, where it wraps): what sticks below it. */
function headerBottom(): number {
  return document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
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
