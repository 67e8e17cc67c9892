/**
 * Values derived from the store: buckets, counts, next steps, the visible
 * rows. Computed, never stored; each is memoized on its inputs (one entry is
 * enough: the page shows one state at a time), so re-renders cost nothing.
 */
import { BUCKETS, DIMENSIONS, computeBuckets, countBuckets, type BucketColumns } from '../lib/tracker/buckets';
import { lazyNextSteps, type OutreachFacts } from '../lib/tracker/next-step';
import { stringAt, type ClientTable } from '../lib/tracker/table';
import { indexOfValue } from '../lib/tracker/packed';
import { dayFromIso, todayDay } from '../lib/dates';
import type { LogEntry, Settings } from '../lib/state/persisted';
import { memo } from '../lib/memo';
import { lastOutreachDaysOf as lastOutreachColumn } from '../lib/tracker/view';

export { memo };
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
 * The day of each client's latest log entry (email, call or note), by key.
 * lastDaysOf({ k: [email day 20001, note day 20009] }) → Map { k → 20009 }
 */
export const lastDaysOf = memo((log: Record<string, LogEntry[]>): Map<string, number> => {
  const days = new Map<string, number>();
  for (const [key, entries] of Object.entries(log)) {
    // Entries are in day order (the merge keeps them so); the latest day either way.
    if (entries.length > 0) days.set(key, entries.reduce((max, e) => Math.max(max, e.day), -Infinity));
  }
  return days;
});

/** Each row's latest outreach day (NaN: none), for the list's "Last outreach" sort. */
export const lastOutreachDaysOf = (table: ClientTable, log: Record<string, LogEntry[]>): Float64Array => lastOutreachColumn(table, lastDaysOf(log));

export {
  deadlineDaysOf,
  listFlagsOf,
  overdueRowsOf,
  provideSearchIndex,
  visibleOf,
} from '../lib/tracker/view';

export const bucketsOf = memo((table: ClientTable, asOfDay: number) => computeBuckets(table, asOfDay));
export const countsOf = memo((columns: BucketColumns) => countBuckets(columns));
/** Each row's step, computed when a view first reads it: the page shows a few dozen of 1,000,000 rows. */
export const nextStepsOf = memo((columns: BucketColumns, table: ClientTable, facts: Map<string, OutreachFacts>, asOfDay: number) =>
  lazyNextSteps(columns, table, facts, asOfDay),
);

/** Keys and names of the call list's clients from its rows (callListRowsOf on the page, or the view worker's answer), in file order. */
export const overdueOf = memo((table: ClientTable, rows: Int32Array) =>
  Array.from(rows, (i) => ({ key: stringAt(table.key, i), client: stringAt(table.text.client, i) })),
);

/** Row of a client key, undefined when the table has none: one scan of the packed keys, no map of 1,000,000 entries. */
export const rowOfKey = memo((table: ClientTable, key: string): number | undefined => {
  const row = indexOfValue(table.key, key);
  return row < 0 ? undefined : row;
});

