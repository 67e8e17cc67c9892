/**
 * The list's view (filters, call list, sort) kept in the page URL: read once
 * when the page opens, before the stored import is restored, then written on
 * every change. A change of what is listed pushes a history entry, so the
 * browser's Back undoes a filter instead of leaving the tracker; a sort only
 * replaces the entry (see historyMode). Back and Forward (popstate) apply the
 * entry's filters again, keeping the rep's current sort.
 * Only the tracker's own names go in (see lib/tracker/url-state.ts): never
 * the search text or the "show in list" set of clients.
 * A "show in list" set is part of what an entry listed, so Back must give it
 * back (or drop it) with the entry's filters: each entry's history.state
 * names its set by a token that means something only to this page's memory
 * (the client keys never go into the URL or the history).
 */
import { useTracker } from '../../store';
import { BUCKETS, SORT_COLUMNS } from '../../lib/tracker/registry';
import { historyMode, readListView, sameListed, writeListView, type ListView, type ListVocabulary } from '../../lib/tracker/url-state';
import type { ListFilters, SortColumn } from '../../store/slices/session';

const VOCABULARY: ListVocabulary = { buckets: BUCKETS, sortColumns: SORT_COLUMNS };
/** The default sort is not written: a plain tracker URL stays plain. */
const isDefaultSort = (sort: { column: string; descending: boolean }) => sort.column === 'client' && !sort.descending;

type Session = ReturnType<typeof useTracker.getState>;
type KeysFilter = Session['keysFilter'];

/** history.state's field naming the entry's "show in list" set (null: none). */
const KEYS = 'trackerKeys';
/** Tokens of this page's life: after a reload an old entry's token names nothing, so no set comes back. */
const PAGE = Math.random().toString(36).slice(2);
let issued = 0;
const tokens = new WeakMap<object, string>();
const sets = new Map<string, NonNullable<KeysFilter>>();
function tokenOf(set: KeysFilter): string | null {
  if (!set) return null;
  let token = tokens.get(set);
  if (!token) {
    token = `${PAGE}:${++issued}`;
    tokens.set(set, token);
    sets.set(token, set);
  }
  return token;
}
const withKeys = (state: unknown, set: KeysFilter) => ({ ...(state !== null && typeof state === 'object' ? state : {}), [KEYS]: tokenOf(set) });
/** The set an entry's state names: undefined when the entry carries no mark (not one of ours, e.g. an in-page link). */
function setOf(state: unknown): KeysFilter | undefined {
  if (state === null || typeof state !== 'object' || !Object.hasOwn(state, KEYS)) return undefined;
  const token = (state as Record<string, unknown>)[KEYS];
  return typeof token === 'string' ? sets.get(token) ?? null : null;
}
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
    // Cleared data: no entry may bring a set of its clients back.
    if (state.loaded === null && previous.loaded !== null) sets.clear();
    if (restoring) return;
    if (state.filters === previous.filters && state.overdue === previous.overdue && state.sort === previous.sort) return;
    const search = writeListView(location.search, viewOf(state), VOCABULARY);
    if (search === location.search) return;
    if (historyMode(viewOf(previous), viewOf(state)) === 'push') {
      // The entry left keeps the set it listed, for Back; the new one names its own, for Forward.
      history.replaceState(withKeys(history.state, previous.keysFilter), '');
      history.pushState(withKeys(null, state.keysFilter), '', urlWith(search));
    }
    else history.replaceState(history.state, '', urlWith(search));
  });
  const onPopState = () => {
    const entry = readListView(location.search, VOCABULARY);
    const state = useTracker.getState();
    // A hash-only step (an in-page link) lists the same clients: nothing to apply.
    if (!sameListed(entry, state)) {
      const keysFilter = setOf(history.state);
      restoring = true;
      try {
        useTracker.setState({ filters: entry.filters as ListFilters, overdue: entry.overdue, ...(keysFilter !== undefined ? { keysFilter } : {}) });
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
