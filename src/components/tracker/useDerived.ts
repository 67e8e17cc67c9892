/** The derived values a view needs, from the store through memoized selectors. */
import { useSaved, useTracker } from '../../store';
import { bucketsOf, countsOf, factsOf, lastOutreachDaysOf, nextStepsOf, overdueOf, overdueRowsOf } from '../../store/selectors';
import { useAsOf } from './asOf';

export function useDerived() {
  const table = useTracker((s) => s.loaded?.table ?? null);
  // The composer's text columns arrive just after the table, filled into it in
  // place (importer.ts): subscribing to `loaded` re-renders the panels that read them.
  useTracker((s) => s.loaded);
  const sent = useTracker((s) => s.loaded?.buckets ?? null);
  const log = useSaved((s) => s.log);
  const { day: asOfDay } = useAsOf();
  if (!table) return null;
  // The worker's columns when they are for this day; computed here once the rep changes it.
  const fromWorker = sent && sent.asOfDay === asOfDay && sent.columns.activation.length === table.size ? sent : null;
  const columns = fromWorker ? fromWorker.columns : bucketsOf(table, asOfDay);
  const facts = factsOf(log);
  const overdueRows = overdueRowsOf(table, columns, facts, asOfDay);
  return {
    table,
    asOfDay,
    columns,
    facts,
    // Counted by the worker with its columns: the 'built' task (counts on screen) does not count 200,000 rows again.
    counts: fromWorker ? fromWorker.counts : countsOf(columns),
    /** Computed on first use (the list, the composer), not before the counts are on screen. */
    get nextSteps() {
      return nextStepsOf(columns, table, facts, asOfDay);
    },
    /** Day of each row's latest outreach (NaN: none), for the list's sort; computed on first use. */
    get lastOutreachDays() {
      return lastOutreachDaysOf(table, log);
    },
    /** 1 per row on the call list (activation deadline passed), else 0. */
    overdueRows,
    overdue: overdueOf(table, overdueRows),
  };
}

export type Derived = NonNullable<ReturnType<typeof useDerived>>;
