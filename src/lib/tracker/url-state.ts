/**
 * The list's filters and sort in the page URL, so a view can be shared and
 * survives a reload (issue: state that should survive). The URL carries only
 * names this tracker defines (dimensions, buckets, sort keys): never a search
 * text, a client name or any other value from the rep's file.
 */

export interface ListView {
  /** One bucket per dimension; dimensions combine with AND. */
  filters: Record<string, string>;
  /** The call list: clients whose activation deadline passed. */
  overdue: boolean;
  sort: { column: string; descending: boolean } | null;
}

/** What a URL may name: every dimension with its buckets, and the sort keys. */
export interface ListVocabulary {
  buckets: Readonly<Record<string, readonly string[]>>;
  sortColumns: readonly string[];
}

const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

/**
 * The view a query string names; anything unknown is ignored.
 * readListView('?activation=none&sort=-stage', vocab) → { filters: { activation: 'none' }, overdue: false, sort: { column: 'stage', descending: true } }
 */
export function readListView(search: string, vocabulary: ListVocabulary): ListView {
  const params = new URLSearchParams(search);
  const filters: Record<string, string> = {};
  for (const [dimension, buckets] of Object.entries(vocabulary.buckets)) {
    const bucket = params.get(dimension);
    if (bucket !== null && buckets.includes(bucket)) filters[dimension] = bucket;
  }
  const sortParam = params.get('sort') ?? '';
  const descending = sortParam.startsWith('-');
  const column = descending ? sortParam.slice(1) : sortParam;
  return { filters, overdue: params.get('list') === 'overdue', sort: vocabulary.sortColumns.includes(column) ? { column, descending } : null };
}

/**
 * The query string of a view, other parameters of the page kept (e.g. a
 * template id). Filters not in the vocabulary are not written.
 * writeListView('?template=welcome', { filters: { usage: 'low' }, overdue: true, sort: null }, vocab) → '?template=welcome&usage=low&list=overdue'
 */
export function writeListView(search: string, view: ListView, vocabulary: ListVocabulary): string {
  const params = new URLSearchParams(search);
  for (const dimension of Object.keys(vocabulary.buckets)) params.delete(dimension);
  params.delete('list');
  params.delete('sort');
  for (const [dimension, bucket] of Object.entries(view.filters)) {
    if (own(vocabulary.buckets, dimension)?.includes(bucket)) params.set(dimension, bucket);
  }
  if (view.overdue) params.set('list', 'overdue');
  if (view.sort && vocabulary.sortColumns.includes(view.sort.column)) params.set('sort', `${view.sort.descending ? '-' : ''}${view.sort.column}`);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether two views list the same clients (same filters, same call list), whatever their order. */
export function sameListed(a: Pick<ListView, 'filters' | 'overdue'>, b: Pick<ListView, 'filters' | 'overdue'>): boolean {
  const keys = Object.keys(a.filters);
  return a.overdue === b.overdue && keys.length === Object.keys(b.filters).length && keys.every((k) => Object.hasOwn(b.filters, k) && b.filters[k] === a.filters[k]);
}

/**
 * How a change of view enters the browser history: a change of what is
 * listed (a filter, the call list) is a new entry, so Back undoes it instead
 * of leaving the page; a change of order only rewrites the current entry (a
 * rep flipping a column's sort back and forth would otherwise fill Back with
 * orders to step through before reaching the previous filter).
 * historyMode({ filters: {}, overdue: false, sort: null }, { filters: { usage: 'low' }, overdue: false, sort: null }) → 'push'
 */
export function historyMode(previous: ListView, next: ListView): 'push' | 'replace' {
  return sameListed(previous, next) ? 'replace' : 'push';
}
