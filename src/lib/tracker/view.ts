/**
 * The list's rows from the table and the rep's view (filters, call list, set
 * of clients, search, sort): pure functions, memoized on their inputs, run on
 * the page for a small table and in the view worker for a large one
 * (view-runner.ts), so both give the same rows.
 */
import { bucketAt, bucketCode, daySortKey, type BucketColumns, type Dimension } from './buckets';
import { isOverdue, stepSortKey, type NextStepColumns, type OutreachFacts } from './next-step';
import { stringAt, type ClientTable } from './table';
import { matchRows, searchIndexOf, type SearchIndex } from './search';
import { sortByValue } from './sort';
import type { SortColumn } from './registry';
import { memo } from '../memo';
import { orderOfRank } from './order';

/** From this many clients the list is the view worker's (below, the page's own loops take a few ms). */
export const VIEW_IN_WORKER_FROM = 50_000;

/** One bucket per dimension at most; a row must be in all of them. */
export type ListFilters = Partial<Record<Dimension, string>>;

/**
 * deadlineDaysOf when no deadline is known (no activation email logged): no
 * array per client (at 1,000,000 clients, filling a fresh 8 MB one with NaN
 * took 62 ms on the page); deadlineAt reads NaN past its end.
 */
export const NO_DEADLINES: Float64Array = new Float64Array(0);

/** A row's deadline day from deadlineDaysOf, NaN when none: deadlineAt(NO_DEADLINES, 5) → NaN */
export function deadlineAt(days: Float64Array, row: number): number {
  return row < days.length ? days[row]! : NaN;
}

/**
 * The activation deadline of each row (epoch day), NaN when no activation
 * email with a deadline was logged: the list's deadline column and sort.
 */
export const deadlineDaysOf = memo((table: ClientTable, facts: Map<string, OutreachFacts>): Float64Array => {
  if (facts.size === 0) return NO_DEADLINES;
  const days = new Float64Array(table.size).fill(NaN);
  for (let i = 0; i < table.size; i++) {
    const day = facts.get(stringAt(table.key, i))?.deadlineDay;
    if (day !== undefined && day !== null) days[i] = day;
  }
  return days;
});

/**
 * The day of each row's latest outreach, NaN when none, from the latest day
 * per client key (lastDaysOf of the log): the list's "Last outreach" sort.
 */
export const lastOutreachDaysOf = memo((table: ClientTable, lastDays: ReadonlyMap<string, number>): Float64Array => {
  const days = new Float64Array(table.size).fill(NaN);
  if (lastDays.size === 0) return days;
  for (let i = 0; i < table.size; i++) {
    const day = lastDays.get(stringAt(table.key, i));
    if (day !== undefined) days[i] = day;
  }
  return days;
});

/** Search indexes the import worker lower-cased, by table (see provideSearchIndex). */
const providedIndexes = new WeakMap<ClientTable, { locale: string; index: SearchIndex }>();

/** The import worker's lower-cased name and id columns of `table` in `locale`: the first search uses them. */
export function provideSearchIndex(table: ClientTable, locale: string, index: SearchIndex): void {
  providedIndexes.set(table, { locale, index });
}

/**
 * The name and id columns lower-cased once per table and locale (two packed
 * strings, not a string per client): the import worker's when it sent them
 * for this locale, else built the first time the rep searches.
 */
const searchIndexOfTable = memo((table: ClientTable, locale: string) => {
  const provided = providedIndexes.get(table);
  return provided && provided.locale === locale ? provided.index : searchIndexOf(table.text.client, table.text.clientId, locale);
});
/** 1 per row matching a lower-cased needle (see lib/tracker/search.ts). */
const matchesOf = memo((index: SearchIndex, needle: string) => matchRows(index, needle));

/** 1 for each row whose activation deadline passed without activation (the call list), else 0. */
export const overdueRowsOf = memo((table: ClientTable, columns: BucketColumns, facts: Map<string, OutreachFacts>, asOfDay: number) => {
  const flags = new Uint8Array(table.size);
  if (facts.size === 0) return flags;
  for (let i = 0; i < table.size; i++) {
    const factsOfRow = facts.get(stringAt(table.key, i));
    if (factsOfRow && isOverdue(bucketAt(columns, 'activation', i), factsOfRow, asOfDay)) flags[i] = 1;
  }
  return flags;
});

/** Rows whose flag is set, in file order: flaggedRows(Uint8Array.of(0, 1, 1)) → [1, 2] */
export function flaggedRows(flags: Uint8Array): Int32Array {
  let count = 0;
  for (let i = 0; i < flags.length; i++) count += flags[i]!;
  const out = new Int32Array(count);
  for (let i = 0, p = 0; i < flags.length; i++) if (flags[i]) out[p++] = i;
  return out;
}

/** The call list's rows (overdueRowsOf's flags), in file order, once per set of flags. */
export const callListRowsOf = memo((flags: Uint8Array) => flaggedRows(flags));

/** Name orders the import worker sent with their rank (orderOfRank), by rank. */
const providedOrders = new WeakMap<Uint32Array, Int32Array>();

/**
 * The import worker's orderOfRank(rank), sent with it: the page then allocates
 * no array per client for the plain list (at 1,000,000 clients, filling a
 * fresh 4 MB array took 40 ms on the page).
 */
export function provideNameOrder(rank: Uint32Array, order: Int32Array): void {
  if (order.length === rank.length) providedOrders.set(rank, order);
}

/** Row indices in name order (the worker's rank), or file order before it arrives. */
export const nameOrderOf = memo((size: number, rank: Uint32Array | null): Int32Array => {
  if (rank && rank.length === size) return providedOrders.get(rank) ?? orderOfRank(rank);
  const order = new Int32Array(size);
  for (let i = 0; i < size; i++) order[i] = i;
  return order;
});

/**
 * Row indices to show: filtered by bucket and search, sorted. Linear work
 * for 1,000,000 rows: rows are visited in name order (ranked by the worker),
 * a search is a few scans of two packed strings (search.ts), and a sort by
 * any other column is a stable counting sort of its codes or days (sort.ts).
 */
export const visibleOf = memo(
  (
    table: ClientTable,
    columns: BucketColumns,
    nextSteps: NextStepColumns,
    filters: ListFilters,
    /** The call list's flags (overdueRowsOf) when only those rows are wanted, else null. */
    overdue: Uint8Array | null,
    search: string,
    sort: { column: SortColumn; descending: boolean },
    rank: Uint32Array | null,
    locale: string,
    /** deadlineDaysOf's column, for the deadline sort; null sorts by name. */
    deadlines: Float64Array | null = null,
    /** lastOutreachDaysOf's column, for the last outreach sort; null sorts by name. */
    lastOutreach: Float64Array | null = null,
  ): Int32Array => {
    const needle = search.trim().toLocaleLowerCase(locale);
    const matched = needle ? matchesOf(searchIndexOfTable(table, locale), needle) : null;
    // One column and code per active filter: a row must match all of them.
    const active = Object.entries(filters) as [Dimension, string][];
    const filterColumns = active.map(([dimension]) => columns[dimension]);
    const filterCodes = active.map(([dimension, bucket]) => bucketCode(dimension, bucket));
    const order = nameOrderOf(table.size, rank);
    const picked = new Int32Array(table.size);
    let count = 0;
    // Plain loops, no closure per row: this runs over every client on each filter, search and sort.
    rows: for (let p = 0; p < order.length; p++) {
      const i = order[p]!;
      if (overdue !== null && overdue[i] === 0) continue;
      if (matched !== null && matched[i] === 0) continue;
      for (let f = 0; f < filterColumns.length; f++) if (filterColumns[f]![i] !== filterCodes[f]) continue rows;
      picked[count++] = i;
    }
    let rows: Int32Array = picked.slice(0, count);
    if (sort.column === 'deadline' || sort.column === 'lastOutreach') {
      const days = sort.column === 'deadline' ? deadlines : lastOutreach;
      return days ? missingLast(rows, days, sort.descending) : sort.descending ? rows.reverse() : rows;
    }
    if (sort.column !== 'client') {
      const key = sort.column;
      const days = key === 'nextStep' ? null : daySortKey(table, key);
      rows = days ? sortByValue(rows, days) : countingSort(rows, key === 'nextStep' ? stepCodesOf(nextSteps) : columns[key]);
    }
    // Both arrays above are this call's own: reversing in place copies nothing.
    return sort.descending ? rows.reverse() : rows;
  },
);

/** Rows by a day per row in either direction, rows without one (NaN) last both ways, ties in the incoming order. */
function missingLast(rows: Int32Array, days: Float64Array, descending: boolean): Int32Array {
  if (days.length === 0) return rows; // no day at all (NO_DEADLINES): all missing, in the incoming order
  const present = Array.from(rows).filter((i) => !Number.isNaN(days[i]!));
  const missing = Array.from(rows).filter((i) => Number.isNaN(days[i]!));
  present.sort((a, b) => (descending ? days[b]! - days[a]! : days[a]! - days[b]!));
  return Int32Array.from([...present, ...missing]);
}

/** Each client's step sort key (stepSortKey) as a column, once per set of steps. */
const stepCodesOf = memo((steps: NextStepColumns): Uint8Array => {
  const codes = new Uint8Array(steps.rule.length);
  for (let i = 0; i < codes.length; i++) codes[i] = stepSortKey(steps, i);
  return codes;
});

/** Stable sort of row indices by a small non-negative integer code per row. */
function countingSort(rows: Int32Array, codes: Uint8Array): Int32Array {
  const starts = new Int32Array(257);
  for (let p = 0; p < rows.length; p++) starts[codes[rows[p]!]! + 1]!++;
  for (let c = 1; c < starts.length; c++) starts[c]! += starts[c - 1]!;
  const out = new Int32Array(rows.length);
  for (let p = 0; p < rows.length; p++) {
    const row = rows[p]!;
    out[starts[codes[row]!]!++] = row;
  }
  return out;
}

/**
 * The row flags the list keeps (visibleOf's `overdue` argument): the call
 * list's, a set of clients' (the changes panel's "show in list"), both (AND),
 * or null when neither applies.
 * listFlagsOf(table, Uint8Array.of(1, 0, 1), new Set([keyOfRow0, keyOfRow1])) → Uint8Array [1, 0, 0]
 */
export const listFlagsOf = memo((table: ClientTable, overdue: Uint8Array | null, keys: ReadonlySet<string> | null): Uint8Array | null => {
  if (!keys) return overdue;
  const flags = new Uint8Array(table.size);
  for (let i = 0; i < table.size; i++) {
    if ((!overdue || overdue[i]) && keys.has(stringAt(table.key, i))) flags[i] = 1;
  }
  return flags;
});
