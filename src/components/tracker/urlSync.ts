/**
 * The list's view (filters, call list, sort) kept in the page URL: read once
 * when the page opens, before the stored import is restored, then written on
 * every change. A change of what is listed pushes a history entry, so the
 * browser's Back undoes a filter instead of leaving the tracker; a sort only
 * replaces the entry (see historyMode). Back and Forward (popstate) apply the
 * entry's filters again, keeping the rep's current sort.
 * Only the tracker's own names go in (see lib/tracker/url-state.ts): never
 * the search text or the "show in list" set of clients.
 */
import { useTracker } from '../../store';
import { BUCKETS, SORT_COLUMNS } from '../../lib/tracker/registry';
import { historyMode, readListView, sameListed, writeListView, type ListView, type ListVocabulary } from '../../lib/tracker/url-state';
import type { ListFilters, SortColumn } from '../../store/slices/session';

const VOCABULARY: ListVocabulary = { buckets: BUCKETS, sortColumns: SORT_COLUMNS };
/** The default sort is not written: a plain tracker URL stays plain. */
const isDefaultSort = (sort: { column: string; descending: boolean }) => sort.column === 'client' && !sort.descending;

type Session = ReturnType<typeof useTracker.getState>;
const viewOf = (state: Session): ListView => ({ filters: state.filters, overdue: state.overdue, sort: isDefaultSort(state.sort) ? null : state.sort });
const urlWith = (search: string) => `${location.pathname}${search}${location.hash}`;

/** Applies the URL's view to the session, then keeps the URL and the history in step; returns the cleanup. */
export function startUrlSync(): () => void {
  const view = readListView(location.search, VOCABULARY);
  useTracker.setState({
    filters: view.filters as ListFilters,
    overdue: view.overdue,
    ...(view.sort ? { sort: view.sort as { column: SortColumn; descending: boolean } } : {}),
  });
  // True while Back/Forward applies an entry's view: that change is the history's own, not a new step.
  let restoring = false;
  const unsubscribe = useTracker.subscribe((state, previous) => {
    if (restoring) return;
    if (state.filters === previous.filters && state.overdue === previous.overdue && state.sort === previous.sort) return;
    const search = writeListView(location.search, viewOf(state), VOCABULARY);
    if (search === location.search) return;
    if (historyMode(viewOf(previous), viewOf(state)) === 'push') history.pushState(null, '', urlWith(search));
    else history.replaceState(history.state, '', urlWith(search));
  });
  const onPopState = () => {
    const entry = readListView(location.search, VOCABULARY);
    const state = useTracker.getState();
    // A hash-only step (an in-page link) lists the same clients: nothing to apply.
    if (!sameListed(entry, state)) {
      restoring = true;
      try {
        useTracker.setState({ filters: entry.filters as ListFilters, overdue: entry.overdue });
      } finally {
        restoring = false;
      }
    }
    // The sort is not history: the rep's current order stays, and the entry's URL is rewritten to name it.
    const search = writeListView(location.search, viewOf(useTracker.getState()), VOCABULARY);
    if (search !== location.search) history.replaceState(history.state, '', urlWith(search));
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}
