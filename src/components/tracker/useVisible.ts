/**
 * The rows the list shows, from the session's filters, call list, set of
 * clients, search and sort: one place, so the list, its count and every
 * "for the listed clients" action agree.
 */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { useTracker } from '../../store';
import { listRevealScroll, listTopScroll } from '../../lib/tracker/list-scroll';
import { deadlineDaysOf, listFlagsOf, visibleOf } from '../../store/selectors';
import { NO_DEADLINES, nameOrderOf } from '../../lib/tracker/view';
import { askView, holdTable, useView, viewKey, type PageView } from '../../store/view';
import { useEnv } from './context';
import type { Derived } from './useDerived';

/**
 * What the rep chose the list to show: the bucket filters, the call list, a
 * "show in list" set, the search and the order. One subscription per field,
 * so a view re-renders only when one of them changes; the list, its bar, the
 * call sheet and the scroll on a view change all read them here.
 */
export function useListView() {
  const filters = useTracker((s) => s.filters);
  const overdue = useTracker((s) => s.overdue);
  const keysFilter = useTracker((s) => s.keysFilter);
  const search = useTracker((s) => s.search);
  const sort = useTracker((s) => s.sort);
  return { filters, overdue, keysFilter, search, sort };
}

const NO_ROWS = new Int32Array(0);

/**
 * The view a large table's list asks the view worker for (from the view's
 * fields, read once by each hook that needs it); null for a small
 * table (the page computes its list) and for the plain view of a tracker
 * without a log (every client in name order, no call list, no deadline: known
 * here; asking would only compete with the import for the CPU).
 */
function pageViewOf(derived: Derived, { filters, overdue, keysFilter, search, sort }: ReturnType<typeof useListView>, rank: Uint32Array | null, tag: string): PageView | null {
  if (!derived.large) return null;
  if (derived.facts.size === 0 && isPlain(filters, overdue, keysFilter, search, sort)) return null;
  return {
    asOfDay: derived.asOfDay, facts: derived.facts, lastDays: derived.lastDays, rank,
    filters, callList: overdue, keys: keysFilter?.keys ?? null, search, sort, locale: tag,
  };
}

export function useVisible(derived: Derived): Int32Array {
  const { tag } = useEnv();
  const { filters, overdue, keysFilter, search, sort } = useListView();
  const rank = useTracker((s) => s.loaded?.rank ?? null);
  const answer = useView((s) => s.answer);
  const view = pageViewOf(derived, { filters, overdue, keysFilter, search, sort }, rank, tag);
  const { table } = derived;
  // After each render: askView sends only a view it did not ask last.
  useEffect(() => {
    if (view) askView(table, view);
    else if (derived.large) holdTable(table);
  });
  if (!view && derived.large) return nameOrderOf(table.size, rank);
  if (!view) {
    const flags = listFlagsOf(table, overdue ? derived.overdueRows : null, keysFilter?.keys ?? null);
    return visibleOf(table, derived.columns, derived.nextSteps, filters, flags, search, sort, rank, tag, deadlineDaysOf(table, derived.facts), sort.column === 'lastOutreach' ? derived.lastOutreachDays : null);
  }
  // The latest answer for this table, while the worker computes a newer one (useListPending says so).
  if (answer?.table === table) return answer.rows;
  // Before the first answer: nothing yet (useListPending says the list is being prepared).
  return NO_ROWS;
}

/** No filter, no call list, no set of clients, no search, the default sort: every client in name order. */
function isPlain(filters: object, overdue: boolean, keysFilter: unknown, search: string, sort: { column: string; descending: boolean }): boolean {
  return Object.keys(filters).length === 0 && !overdue && !keysFilter && !search.trim() && sort.column === 'client' && !sort.descending;
}

/**
 * True while the rows useVisible gives are not yet those of the current view
 * (the view worker has not answered it): the list says it is being prepared
 * rather than "no client matches", and its actions wait, so an export or an
 * email never goes to the previous view's clients.
 */
export function useListPending(derived: Derived): boolean {
  const { tag } = useEnv();
  const answer = useView((s) => s.answer);
  const rank = useTracker((s) => s.loaded?.rank ?? null);
  const view = pageViewOf(derived, useListView(), rank, tag);
  return view !== null && !(answer?.table === derived.table && answer.key === viewKey(derived.table, view));
}

/** Each row's activation deadline: the view worker's for a large table (NaN until it answers). */
export function useDeadlines(derived: Derived): Float64Array {
  const answer = useView((s) => s.answer);
  if (!derived.large || derived.facts.size === 0) return deadlineDaysOf(derived.table, derived.facts);
  // Until it answers: no deadline known.
  return answer?.table === derived.table ? answer.deadlines : NO_DEADLINES;
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

/** Set by a control above the list that changed its view; taken by the list's next view-change scroll. */
let revealWanted = false;

/**
 * Asks for the list's top (its sticky bar, then the first rows) to be brought
 * just below the site's sticky header after a filter changed elsewhere on the
 * page (a bucket, the changes panel). Call it in the click that changes the
 * view: the scroll itself is useListTopOnViewChange's, the one place that
 * moves the page for the list, so two scrolls never race (a smooth scroll a
 * frame later used to be cut short, or find no list yet: right after an
 * import the list is drawn in a deferred pass, after a fast first click).
 */
export function revealList(): void {
  revealWanted = true;
}

/**
 * After the rep changed what the list shows (filters, call list, "show in
 * list" clients, search) or its order (a new order read from the middle
 * shows neither end of it), shows the new list from its first row: the table's
 * own box back at its top, and the page, if it was scrolled down the old
 * list, back to the first row right under the sticky bar; after revealList,
 * the list's top under the site header wherever the page was (also when the
 * list was not drawn yet at the click, as on its first render). Not on other
 * row changes (a call logged, new data): the rep keeps their place then.
 * Runs before paint and scrolls at once, so the rows left under the bar are
 * never seen and nothing can interrupt it.
 */
export function useListTopOnViewChange(section: RefObject<HTMLElement | null>): void {
  const { filters, overdue, keysFilter, search, sort } = useListView();
  const mounted = useRef(false);
  useLayoutEffect(() => {
    const reveal = revealWanted;
    revealWanted = false;
    // Not on the first render unless asked: a view restored from the URL keeps the page where it opens.
    const first = !mounted.current;
    mounted.current = true;
    if (first && !reveal) return;
    const list = section.current;
    const bar = list?.querySelector('.filter-bar');
    const rows = list?.querySelector('.client-cards, .table-scroll, .no-match');
    if (!list || !bar || !rows) return;
    if (rows.classList.contains('table-scroll')) rows.scrollTop = 0;
    const top = reveal
      ? listRevealScroll(list.getBoundingClientRect().top, headerBottom(), window.scrollY)
      : listTopScroll(rows.getBoundingClientRect().top, bar.getBoundingClientRect().bottom, window.scrollY);
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
