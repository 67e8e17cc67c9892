/** The derived values a view needs, from the store through memoized selectors. */
import { useSaved, useTracker } from '../../store';
import { bucketsOf, countsOf, factsOf, lastDaysOf, lastOutreachDaysOf, nextStepsOf, overdueOf, overdueRowsOf } from '../../store/selectors';
import { callListRowsOf } from '../../lib/tracker/view';
import { useView, VIEW_IN_WORKER_FROM } from '../../store/view';
import { useAsOf } from './asOf';

const NO_ROWS = new Int32Array(0);

export function useDerived() {
  const table = useTracker((s) => s.loaded?.table ?? null);
  // The composer's text columns arrive just after the table, filled into it in
  // place (importer.ts): subscribing to `loaded` re-renders the panels that read them.
  useTracker((s) => s.loaded);
  const sent = useTracker((s) => s.loaded?.buckets ?? null);
  const log = useSaved((s) => s.log);
  const { day: asOfDay } = useAsOf();
  const failed = useView((s) => s.failed);
  const answer = useView((s) => s.answer);
  if (!table) return null;
  // A large table's list and call list are the view worker's (store/view.ts): nothing here loops over its rows.
  const large = table.size >= VIEW_IN_WORKER_FROM && !failed;
  // The worker's columns when they are for this day; computed here once the rep changes it.
  const fromWorker = sent && sent.asOfDay === asOfDay && sent.columns.activation.length === table.size ? sent : null;
  const columns = fromWorker ? fromWorker.columns : bucketsOf(table, asOfDay);
  const facts = factsOf(log);
  const overdueRows = large ? null : overdueRowsOf(table, columns, facts, asOfDay);
  return {
    table,
    /** The list is the view worker's (useVisible asks it). */
    large,
    asOfDay,
    columns,
    facts,
    // Counted by the worker with its columns: the 'built' task (counts on screen) does not count 200,000 rows again.
    counts: fromWorker ? fromWorker.counts : countsOf(columns),
    /** Computed row by row as views read them (lazyNextSteps); memoized, so every view reads the same columns. */
    get nextSteps() {
      return nextStepsOf(columns, table, facts, asOfDay);
    },
    /** Day of each row's latest outreach (NaN: none), for the list's sort; computed on first use. */
    get lastOutreachDays() {
      return lastOutreachDaysOf(table, log);
    },
    /** The latest outreach day per client key (the view worker's input for that sort). */
    get lastDays() {
      return lastDaysOf(log);
    },
    /** 1 per row on the call list (activation deadline passed), else 0; null for a large table (the worker knows). */
    overdueRows,
    overdue: overdueOf(table, overdueRows ? callListRowsOf(overdueRows) : answer?.table === table && facts.size > 0 ? answer.callList : NO_ROWS),
  };
}

export type Derived = NonNullable<ReturnType<typeof useDerived>>;
