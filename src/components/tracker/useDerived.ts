/** The derived values a view needs, from the store through memoized selectors. */
import { useTracker } from '../../store';
import { asOfDayOf, bucketsOf, countsOf, factsOf, nextStepsOf, overdueOf } from '../../store/selectors';

export function useDerived() {
  const table = useTracker((s) => s.loaded?.table ?? null);
  const settings = useTracker((s) => s.settings);
  const log = useTracker((s) => s.log);
  if (!table) return null;
  const asOfDay = asOfDayOf(settings);
  const columns = bucketsOf(table, asOfDay);
  const facts = factsOf(log);
  return {
    table,
    asOfDay,
    columns,
    facts,
    counts: countsOf(columns),
    nextSteps: nextStepsOf(columns, table, facts, asOfDay),
    overdue: overdueOf(table, columns, facts, asOfDay),
  };
}

export type Derived = NonNullable<ReturnType<typeof useDerived>>;
