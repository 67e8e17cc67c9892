/**
 * The view worker's side of the list (bulk-runner.ts, 'view'): the rows a
 * view shows, computed with the same functions the page uses for a small
 * table (view.ts), from the table the worker keeps and what the page sends.
 * What does not change from one query to the next is kept: the buckets per
 * day, the log's facts per version, the rank per table.
 */
import { computeBuckets } from './buckets';
import { lazyNextSteps, type OutreachFacts } from './next-step';
import { callListRowsOf, deadlineDaysOf, lastOutreachDaysOf, listFlagsOf, overdueRowsOf, visibleOf } from './view';
import type { ViewQuery } from './bulk-protocol';
import type { ClientTable } from './table';
import { memo } from '../memo';

const bucketsAt = memo((table: ClientTable, asOfDay: number) => computeBuckets(table, asOfDay));
const stepsOf = memo(lazyNextSteps);
const keySet = memo((keys: string[] | null) => (keys ? new Set(keys) : null));

export function viewer(): (table: ClientTable, epoch: number, query: ViewQuery) => { rows: Int32Array; callList: Int32Array; deadlines: Float64Array } {
  let facts = { version: -1, map: new Map<string, OutreachFacts>() };
  let lastDays = { version: -1, map: new Map<string, number>() };
  let rank: { epoch: number; rank: Uint32Array } | null = null;
  let keys: { list: string[] | null } = { list: null };
  return (table, epoch, query) => {
    if (query.facts.entries) facts = { version: query.facts.version, map: new Map(query.facts.entries) };
    if (query.lastDays.entries) lastDays = { version: query.lastDays.version, map: new Map(query.lastDays.entries) };
    if (query.rank) rank = { epoch, rank: query.rank };
    // A new array per query of the same keys would defeat keySet's memo: keep the one with equal content.
    if (!sameKeys(keys.list, query.keys)) keys = { list: query.keys };
    const columns = bucketsAt(table, query.asOfDay);
    const callFlags = overdueRowsOf(table, columns, facts.map, query.asOfDay);
    const flags = listFlagsOf(table, query.callList ? callFlags : null, keySet(keys.list));
    const deadlines = deadlineDaysOf(table, facts.map);
    const rows = visibleOf(
      table,
      columns,
      stepsOf(columns, table, facts.map, query.asOfDay),
      query.filters,
      flags,
      query.search,
      query.sort,
      rank?.epoch === epoch ? rank.rank : null,
      query.locale,
      deadlines,
      query.sort.column === 'lastOutreach' ? lastOutreachDaysOf(table, lastDays.map) : null,
    );
    // visibleOf's answer is memoized (and may be its cached array): a copy is what crosses, transferred.
    return { rows: rows.slice(), callList: callListRowsOf(callFlags).slice(), deadlines: deadlines.slice() };
  };
}

function sameKeys(a: string[] | null, b: string[] | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
