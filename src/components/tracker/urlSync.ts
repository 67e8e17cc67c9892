/**
 * The list's view (filters, call list, sort) kept in the page URL: read once
 * when the page opens, before the stored import is restored, and written with
 * history.replaceState on every change (no new history entry per click).
 * Only the tracker's own names go in (see lib/tracker/url-state.ts): never
 * the search text or the "show in list" set of clients.
 */
import { useTracker } from '../../store';
import { BUCKETS, SORT_COLUMNS } from '../../lib/tracker/registry';
import { readListView, writeListView, type ListVocabulary } from '../../lib/tracker/url-state';
import type { ListFilters, SortColumn } from '../../store/slices/session';

const VOCABULARY: ListVocabulary = { buckets: BUCKETS, sortColumns: SORT_COLUMNS };
/** The default sort is not written: a plain tracker URL stays plain. */
const isDefaultSort = (sort: { column: string; descending: boolean }) => sort.column === 'client' && !sort.descending;

/** Applies the URL's view to the session, then keeps the URL in step; returns the unsubscribe. */
export function startUrlSync(): () => void {
  const view = readListView(location.search, VOCABULARY);
  useTracker.setState({
    filters: view.filters as ListFilters,
    overdue: view.overdue,
    ...(view.sort ? { sort: view.sort as { column: SortColumn; descending: boolean } } : {}),
  });
  return useTracker.subscribe((state, previous) => {
    if (state.filters === previous.filters && state.overdue === previous.overdue && state.sort === previous.sort) return;
    const search = writeListView(location.search, { filters: state.filters, overdue: state.overdue, sort: isDefaultSort(state.sort) ? null : state.sort }, VOCABULARY);
    if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  });
}
