/**
 * Values derived from the store: buckets, counts, next steps, the visible
 * rows. Computed, never stored; each is memoized on its inputs (one entry is
 * enough: the page shows one state at a time), so re-renders cost nothing.
 */
import { BUCKETS, DIMENSIONS, bucketAt, bucketCode, daySortKey, computeBuckets, countBuckets, type BucketColumns, type Dimension } from '../lib/tracker/buckets';
import { computeNextSteps, isOverdue, stepSortKey, type NextStepColumns, type OutreachFacts } from '../lib/tracker/next-step';
import { stringAt, type ClientTable } from '../lib/tracker/table';
import { matchRows, searchIndexOf, type SearchIndex } from '../lib/tracker/search';
import { sortByValue } from '../lib/tracker/sort';
import { dayFromIso, todayDay } from '../lib/dates';
import type { LogEntry, Settings } from '../lib/state/persisted';
import type { ListFilters, SortColumn } from './slices/session';

/** One-entry memo: recomputes only when an argument changes (by identity). */
export function memo<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; value: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i]))) return last.value;
    const value = fn(...args);
    last = { args, value };
    return value;
  };
}

export { BUCKETS, DIMENSIONS };

/** The as-of day: the rep's choice, else today. */
export function asOfDayOf(settings: Settings, now = new Date()): number {
  return settings.asOf ? dayFromIso(settings.asOf) ?? todayDay(now) : todayDay(now);
}

/**
 * What rules 1–3 of the next step need, per client: the latest activation
 * request and its deadline. A call that set a new deadline is such a request
 * too, so a later call's deadline supersedes the email's (and a later email's
 * supersedes the call's); a call without one changes nothing.
 * factsOf({ k: [email deadline 17, call deadline 30] }) → Map { k → { emailLogged: true, deadlineDay: 30 } }
 */
export const factsOf = memo((log: Record<string, LogEntry[]>): Map<string, OutreachFacts> => {
  const facts = new Map<string, OutreachFacts>();
  for (const [key, entries] of Object.entries(log)) {
    // Entries are in day order (the merge keeps them so): the last request wins.
    for (const entry of entries) {
      if (entry.kind === 'email' && entry.template === 'activation-request') {
        facts.set(key, { emailLogged: true, deadlineDay: entry.deadlineDay });
      } else if (entry.kind === 'call' && entry.deadlineDay !== null) {
        facts.set(key, { emailLogged: true, deadlineDay: entry.deadlineDay });
      }
    }
  }
  return facts;
});

/**
 * The activation deadline of each row (epoch day), NaN when no activation
 * email with a deadline was logged: the list's deadline column and sort.
 */
export const deadlineDaysOf = memo((table: ClientTable, facts: Map<string, OutreachFacts>): Float64Array => {
  const days = new Float64Array(table.size).fill(NaN);
  if (facts.size === 0) return days;
  for (let i = 0; i < table.size; i++) {
    const day = facts.get(stringAt(table.key, i))?.deadlineDay;
    if (day !== undefined && day !== null) days[i] = day;
  }
  return days;
});

/**
 * The day of each row's latest outreach (the last log entry: email, call or
 * note), NaN when none: the list's "Last outreach" sort.
 * lastOutreachDaysOf(table, { 'id:B-1': [call on day 20004] }) → [NaN, …, 20004 at B-1's row]
 */
export const lastOutreachDaysOf = memo((table: ClientTable, log: Record<string, LogEntry[]>): Float64Array => {
  const days = new Float64Array(table.size).fill(NaN);
  for (let i = 0; i < table.size; i++) {
    const key = stringAt(table.key, i);
    const entries = Object.hasOwn(log, key) ? log[key]! : null;
    // Entries are in day order (the merge keeps them so); the latest day either way.
    if (entries && entries.length > 0) days[i] = entries.reduce((max, e) => Math.max(max, e.day), -Infinity);
  }
  return days;
});

export const bucketsOf = memo((table: ClientTable, asOfDay: number) => computeBuckets(table, asOfDay));
export const countsOf = memo((columns: BucketColumns) => countBuckets(columns));
export const nextStepsOf = memo((columns: BucketColumns, table: ClientTable, facts: Map<string, OutreachFacts>, asOfDay: number) =>
  computeNextSteps(columns, table, facts, asOfDay),
);

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

/** Keys and names of the call list's clients, in file order. */
export const overdueOf = memo((table: ClientTable, flags: Uint8Array) => {
  const out: { key: string; client: string }[] = [];
  for (let i = 0; i < flags.length; i++) {
    if (flags[i]) out.push({ key: stringAt(table.key, i), client: stringAt(table.text.client, i) });
  }
  return out;
});

/** Row indices in name order (the worker's rank), or file order before it arrives. */
const nameOrderOf = memo((size: number, rank: Uint32Array | null): Int32Array => {
  const order = new Int32Array(size);
  if (rank && rank.length === size) for (let i = 0; i < size; i++) order[rank[i]!] = i;
  else for (let i = 0; i < size; i++) order[i] = i;
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

/** Row index of each client key. */
export const indexByKeyOf = memo((table: ClientTable) => {
  const map = new Map<string, number>();
  for (let i = 0; i < table.size; i++) map.set(stringAt(table.key, i), i);
  return map;
});

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
