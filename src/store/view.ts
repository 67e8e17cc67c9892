/**
 * The list of a large table, computed by the view worker (a second instance
 * of bulk.worker.ts, lib/tracker/view-query.ts): the page sends the view
 * (filters, call list, set of clients, search, sort, day, the log's facts)
 * and gets back the rows to show, so it never filters or sorts 1,000,000
 * rows on its own thread. A small table's list is computed on the page
 * (selectors.ts, same functions): no round trip, nothing shown late.
 *
 * Answers come back in order of asking; only the latest one counts, and
 * until it is here the list keeps showing the previous answer for the same
 * table (like a search box that updates as results arrive).
 */
import { create } from 'zustand';
import { bulkWorker, onForgetTables } from './bulk';
import type { BulkRequest, BulkResponse, ViewQuery } from '../lib/tracker/bulk-protocol';
import type { OutreachFacts } from '../lib/tracker/next-step';
import type { ClientTable } from '../lib/tracker/table';

export { VIEW_IN_WORKER_FROM } from '../lib/tracker/view';

export interface ViewAnswer {
  table: ClientTable;
  /** The view it answers (viewKey). */
  key: string;
  rows: Int32Array;
  /** The call list's rows, in file order. */
  callList: Int32Array;
  /** Each row's activation deadline (epoch day, NaN for none). */
  deadlines: Float64Array;
}

export interface ViewState {
  answer: ViewAnswer | null;
  /** The worker failed (out of memory…): the page computes the list itself. */
  failed: boolean;
}

export const useView = create<ViewState>()(() => ({ answer: null, failed: false }));

/** A view as the page holds it: the facts as a Map, the rank as the page has it, the set of clients as a Set. */
export type PageView = Omit<ViewQuery, 'facts' | 'lastDays' | 'rank' | 'keys'> & {
  facts: Map<string, OutreachFacts>;
  lastDays: Map<string, number>;
  rank: Uint32Array | null;
  keys: ReadonlySet<string> | null;
};

const views = bulkWorker(onMessage, () => useView.setState({ failed: true }));
const { link } = views;
let nextId = 1;
/** The latest request: its answer is the one shown; a 'stale' answer to it is asked again once. */
let latest: { id: number; table: ClientTable; key: string; view: PageView; retried: boolean } | null = null;

/** Ids for the identity of large values, so the worker gets them only when they change. */
const identities = new WeakMap<object, number>();
let nextIdentity = 1;
function identityOf(value: object): number {
  let id = identities.get(value);
  if (id === undefined) identities.set(value, (id = nextIdentity++));
  return id;
}
/** What the worker holds for the table it has: the facts' version and the rank sent. */
let held = { facts: -1, lastDays: -1, rank: null as Uint32Array | null };

/** A string naming a view: equal strings, same rows. */
export function viewKey(table: ClientTable, view: PageView): string {
  return JSON.stringify([
    identityOf(table),
    view.asOfDay,
    identityOf(view.facts),
    identityOf(view.lastDays),
    view.rank ? identityOf(view.rank) : 0,
    view.filters,
    view.callList,
    view.keys ? identityOf(view.keys) : 0,
    view.search,
    view.sort,
    view.locale,
  ]);
}

function onMessage(message: BulkResponse): void {
  if (!latest || message.id !== latest.id) return;
  if (message.type === 'viewed') {
    useView.setState({ answer: { table: latest.table, key: latest.key, rows: message.rows, callList: message.callList, deadlines: message.deadlines } });
  } else if (message.type === 'stale' && !latest.retried) {
    // The worker lacks this table (it was given a newer one, or never got it): send it again, once.
    link.reset();
    const { table, key, view } = latest;
    send(table, key, view, true);
  } else if (message.type === 'error') {
    useView.setState({ failed: true });
  }
}

function send(table: ClientTable, key: string, view: PageView, retried: boolean): void {
  const w = views.get();
  const { ref, transfer } = link.ref(table);
  // A port: the worker is getting this table now and holds nothing else of it.
  if (ref.from) held = { facts: -1, lastDays: -1, rank: null };
  const factsVersion = identityOf(view.facts);
  const lastDaysVersion = identityOf(view.lastDays);
  const query: ViewQuery = {
    ...view,
    facts: { version: factsVersion, entries: factsVersion === held.facts ? null : [...view.facts] },
    lastDays: { version: lastDaysVersion, entries: lastDaysVersion === held.lastDays ? null : [...view.lastDays] },
    rank: view.rank && view.rank !== held.rank ? view.rank.slice() : null,
    keys: view.keys ? [...view.keys] : null,
  };
  held = { facts: factsVersion, lastDays: lastDaysVersion, rank: view.rank ?? held.rank };
  const id = nextId++;
  latest = { id, table, key, view, retried };
  w.postMessage({ type: 'view', id, table: ref, query } satisfies BulkRequest, transfer);
}

/**
 * Has the worker take `table` now, without computing anything: the import
 * worker's kept copy leaves it at once (no second copy there), and the first
 * filter finds the table in place.
 */
export function holdTable(table: ClientTable): void {
  const { ref, transfer } = link.ref(table);
  if (!ref.from) return;
  held = { facts: -1, lastDays: -1, rank: null };
  views.get().postMessage({ type: 'hold', id: nextId++, table: ref } satisfies BulkRequest, transfer);
}

/** Asks the worker for the rows of `view` of `table`, unless this view is the one asked last. */
export function askView(table: ClientTable, view: PageView): void {
  const key = viewKey(table, view);
  if (latest?.table === table && latest.key === key) return;
  send(table, key, view, false);
}

onForgetTables(() => {
  link.reset();
  views.running()?.postMessage({ type: 'forget' } satisfies BulkRequest);
  latest = null;
  useView.setState({ answer: null });
});
