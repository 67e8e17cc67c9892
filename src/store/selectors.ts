/**
 * Values derived from the store: buckets, counts, next steps, the visible
 * rows. Computed, never stored; each is memoized on its inputs (one entry is
 * enough: the page shows one state at a time), so re-renders cost nothing.
 */
import { computeBuckets, countBuckets, type BucketColumns, type Dimension, DIMENSIONS, ACTIVATION_BUCKETS, DEPLOYMENT_BUCKETS, USAGE_BUCKETS, STAGE_BUCKETS } from '../lib/tracker/buckets';
import { computeNextSteps, isOverdue, NEXT_STEPS, type OutreachFacts } from '../lib/tracker/next-step';
import { stringAt, type ClientTable } from '../lib/tracker/table';
import { dayFromIso, todayDay } from '../lib/dates';
import type { LogEntry, Settings } from './persisted';
import type { SortColumn } from './slices/session';

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

export const BUCKETS: Record<Dimension, readonly string[]> = {
  activation: ACTIVATION_BUCKETS,
  deployment: DEPLOYMENT_BUCKETS,
  usage: USAGE_BUCKETS,
  stage: STAGE_BUCKETS,
};
export { DIMENSIONS };

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

export const bucketsOf = memo((table: ClientTable, asOfDay: number) => computeBuckets(table, asOfDay));
export const countsOf = memo((columns: BucketColumns) => countBuckets(columns));
export const nextStepsOf = memo((columns: BucketColumns, table: ClientTable, facts: Map<string, OutreachFacts>, asOfDay: number) =>
  computeNextSteps(columns, table, facts, asOfDay),
);

/** Client names, keys and their lower-case search form, materialized once per table. */
export const namesOf = memo((table: ClientTable) => {
  const names = new Array<string>(table.size);
  const keys = new Array<string>(table.size);
  const search = new Array<string>(table.size);
  for (let i = 0; i < table.size; i++) {
    names[i] = stringAt(table.text.client, i);
    keys[i] = stringAt(table.key, i);
    search[i] = `${names[i]} ${stringAt(table.text.clientId, i)}`.toLocaleLowerCase();
  }
  return { names, keys, search };
});

/** Keys of clients whose activation deadline passed without activation: the call list. */
export const overdueOf = memo((table: ClientTable, columns: BucketColumns, facts: Map<string, OutreachFacts>, asOfDay: number) => {
  const { keys, names } = namesOf(table);
  const out: { key: string; client: string }[] = [];
  for (let i = 0; i < table.size; i++) {
    const facts_i = facts.get(keys[i]!);
    if (facts_i && isOverdue(ACTIVATION_BUCKETS[columns.activation[i]!]!, facts_i, asOfDay)) out.push({ key: keys[i]!, client: names[i]! });
  }
  return out;
});

/** Row indices to show: filtered by bucket and search, sorted. */
export const visibleOf = memo(
  (
    table: ClientTable,
    columns: BucketColumns,
    nextSteps: Uint8Array,
    filter: { dimension: Dimension; bucket: string } | null,
    search: string,
    sort: { column: SortColumn; descending: boolean },
    locale: string,
  ): Int32Array => {
    const { names, search: haystack } = namesOf(table);
    const needle = search.trim().toLocaleLowerCase();
    const code = filter ? BUCKETS[filter.dimension].indexOf(filter.bucket) : -1;
    const picked: number[] = [];
    for (let i = 0; i < table.size; i++) {
      if (filter && columns[filter.dimension][i] !== code) continue;
      if (needle && !haystack[i]!.includes(needle)) continue;
      picked.push(i);
    }
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    const byName = (a: number, b: number) => collator.compare(names[a]!, names[b]!);
    const key = sort.column;
    const compare =
      key === 'client'
        ? byName
        : key === 'nextStep'
          ? (a: number, b: number) => stepRank(nextSteps[a]!) - stepRank(nextSteps[b]!) || byName(a, b)
          : (a: number, b: number) => columns[key][a]! - columns[key][b]! || byName(a, b);
    picked.sort(sort.descending ? (a, b) => compare(b, a) : compare);
    return Int32Array.from(picked);
  },
);

/** "On track" (code 0) sorts after every recommended step. */
function stepRank(code: number): number {
  return code === 0 ? NEXT_STEPS.length : code;
}

/** Row index of each client key. */
export const indexByKeyOf = memo((table: ClientTable) => {
  const { keys } = namesOf(table);
  const map = new Map<string, number>();
  keys.forEach((key, i) => map.set(key, i));
  return map;
});
