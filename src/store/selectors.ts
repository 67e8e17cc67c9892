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

export const bucketsOf = memo((table: ClientTable, asOfDay: number) => computeBuckets(table, asOfDay));
export const countsOf = memo((columns: BucketColumns) => countBuckets(columns));
export const nextStepsOf = memo((columns: BucketColumns, table: ClientTable, facts: Map<string, OutreachFacts>, asOfDay: number) =>
  computeNextSteps(columns, table, facts, asOfDay),
);

/**
 * The name and id columns lower-cased once per table and locale (two packed
 * strings, not a string per client), built the first time the rep searches.
 */
const searchIndexOfTable = memo((table: ClientTable, locale: string) => searchIndexOf(table.text.client, table.text.clientId, locale));
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
  ): Int32Array => {
    const needle = search.trim().toLocaleLowerCase(locale);
    const matched = needle ? matchesOf(searchIndexOfTable(table, locale), needle) : null;
    // One [column, code] pair per active filter: a row must match all of them.
    const tests = (Object.entries(filters) as [Dimension, string][]).map(([dimension, bucket]) => [columns[dimension], bucketCode(dimension, bucket)] as const);
    const order = nameOrderOf(table.size, rank);
    const picked = new Int32Array(table.size);
    let count = 0;
    for (let p = 0; p < order.length; p++) {
      const i = order[p]!;
      if (overdue && !overdue[i]) continue;
      if (tests.length > 0 && !tests.every(([column, code]) => column[i] === code)) continue;
      if (matched && !matched[i]) continue;
      picked[count++] = i;
    }
    let rows: Int32Array = picked.slice(0, count);
    if (sort.column !== 'client') {
      const key = sort.column;
      const days = key === 'nextStep' ? null : daySortKey(table, key);
      rows = days
        ? sortByValue(rows, days)
        : countingSort(rows, key === 'nextStep' ? (i) => stepSortKey(nextSteps, i) : (i) => columns[key][i]!);
    }
    // Both arrays above are this call's own: reversing in place copies nothing.
    return sort.descending ? rows.reverse() : rows;
  },
);

/** Stable sort of row indices by a small non-negative integer code. */
function countingSort(rows: Int32Array, codeOf: (row: number) => number): Int32Array {
  let max = 0;
  for (const row of rows) max = Math.max(max, codeOf(row));
  const starts = new Int32Array(max + 2);
  for (const row of rows) starts[codeOf(row) + 1]!++;
  for (let c = 1; c < starts.length; c++) starts[c]! += starts[c - 1]!;
  const out = new Int32Array(rows.length);
  for (const row of rows) out[starts[codeOf(row)]!++] = row;
  return out;
}

/** Row index of each client key. */
export const indexByKeyOf = memo((table: ClientTable) => {
  const map = new Map<string, number>();
  for (let i = 0; i < table.size; i++) map.set(stringAt(table.key, i), i);
  return map;
});
