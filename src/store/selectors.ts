/**
 * Values derived from the store: buckets, counts, next steps, the visible
 * rows. Computed, never stored; each is memoized on its inputs (one entry is
 * enough: the page shows one state at a time), so re-renders cost nothing.
 */
import { BUCKETS, DIMENSIONS, bucketAt, bucketCode, daySortKey, computeBuckets, countBuckets, type BucketColumns, type Dimension } from '../lib/tracker/buckets';
import { computeNextSteps, isOverdue, stepSortKey, type NextStepColumns, type OutreachFacts } from '../lib/tracker/next-step';
import { stringAt, type ClientTable } from '../lib/tracker/table';
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

/** Latest activation email per client: what rules 1–3 of the next step need. */
export const factsOf = memo((log: Record<string, LogEntry[]>): Map<string, OutreachFacts> => {
  const facts = new Map<string, OutreachFacts>();
  for (const [key, entries] of Object.entries(log)) {
    for (const entry of entries) {
      if (entry.kind === 'email' && entry.template === 'activation-request') {
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

export const bucketsOf = memo((table: ClientTable, asOfDay: number) => computeBuckets(table, asOfDay));
export const countsOf = memo((columns: BucketColumns) => countBuckets(columns));
export const nextStepsOf = memo((columns: BucketColumns, table: ClientTable, facts: Map<string, OutreachFacts>, asOfDay: number) =>
  computeNextSteps(columns, table, facts, asOfDay),
);

/** Client names and keys, materialized once per table. */
export const namesOf = memo((table: ClientTable) => {
  const names = new Array<string>(table.size);
  const keys = new Array<string>(table.size);
  for (let i = 0; i < table.size; i++) {
    names[i] = stringAt(table.text.client, i);
    keys[i] = stringAt(table.key, i);
  }
  return { names, keys };
});

/** Lower-case "name id" of each client, built the first time the rep searches. */
export const searchTextOf = memo((table: ClientTable, locale: string) => {
  const { names } = namesOf(table);
  const text = new Array<string>(table.size);
  for (let i = 0; i < table.size; i++) text[i] = `${names[i]} ${stringAt(table.text.clientId, i)}`.toLocaleLowerCase(locale);
  return text;
});

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
 * for 200,000 rows: rows are visited in name order (ranked by the worker) and
 * a sort by any other column is a stable counting sort of its small codes.
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
  ): Int32Array => {
    const needle = search.trim().toLocaleLowerCase(locale);
    const haystack = needle ? searchTextOf(table, locale) : null;
    // One [column, code] pair per active filter: a row must match all of them.
    const tests = (Object.entries(filters) as [Dimension, string][]).map(([dimension, bucket]) => [columns[dimension], bucketCode(dimension, bucket)] as const);
    const order = nameOrderOf(table.size, rank);
    const picked = new Int32Array(table.size);
    let count = 0;
    for (let p = 0; p < order.length; p++) {
      const i = order[p]!;
      if (overdue && !overdue[i]) continue;
      if (tests.length > 0 && !tests.every(([column, code]) => column[i] === code)) continue;
      if (haystack && !haystack[i]!.includes(needle)) continue;
      picked[count++] = i;
    }
    let rows: Int32Array = picked.slice(0, count);
    if (sort.column === 'deadline') return deadlines ? missingLast(rows, deadlines, sort.descending) : sort.descending ? rows.reverse() : rows;
    if (sort.column !== 'client') {
      const key = sort.column;
      const days = key === 'nextStep' ? null : daySortKey(table, key);
      rows = days
        ? numericSort(rows, days)
        : countingSort(rows, key === 'nextStep' ? (i) => stepSortKey(nextSteps, i) : (i) => columns[key][i]!);
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

/** Stable sort of row indices by a number per row, missing (NaN) last. */
function numericSort(rows: Int32Array, values: Float64Array): Int32Array {
  const key = (i: number) => (Number.isNaN(values[i]!) ? Infinity : values[i]!);
  return Int32Array.from(Array.from(rows).sort((a, b) => key(a) - key(b) || 0));
}

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
  const { keys } = namesOf(table);
  const map = new Map<string, number>();
  keys.forEach((key, i) => map.set(key, i));
  return map;
});
