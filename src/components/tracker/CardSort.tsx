/**
 * The phone cards' sort (issue 12 item 7): a phone shows no table header to
 * click, so a native <select> offers the same keys as the table's sortable
 * headers, with their labels, and a toggle button flips the order. It writes
 * the session's one sort, so the URL (urlSync: replaced, not pushed), the
 * table on a wider screen and every "listed clients" action follow it.
 */
import { useTracker } from '../../store';
import { SORT_COLUMNS } from '../../lib/tracker/registry';
import type { SortColumn } from '../../store/slices/session';
import { useEnv } from './context';
import { useNarrow } from './useNarrow';

const isSortColumn = (value: string): value is SortColumn => (SORT_COLUMNS as readonly string[]).includes(value);

export function CardSort() {
  const { t } = useEnv();
  const sort = useTracker((s) => s.sort);
  const patch = useTracker((s) => s.patchSession);
  const narrow = useNarrow();
  // A desktop sorts from the table's headers.
  if (!narrow) return null;
  return (
    <div className="card-sort" data-testid="card-sort">
      <label>
        <span>{t('table.sortCards')}</span>
        <select
          value={sort.column}
          data-testid="card-sort-column"
          onChange={(e) => {
            // A new key starts ascending, as a click on another header does.
            if (isSortColumn(e.target.value)) patch({ sort: { column: e.target.value, descending: false } });
          }}
        >
          {SORT_COLUMNS.map((column) => <option key={column} value={column}>{t(`table.${column}`)}</option>)}
        </select>
      </label>
      <button type="button" className="sort-order" data-testid="card-sort-order" aria-pressed={sort.descending} onClick={() => patch({ sort: { column: sort.column, descending: !sort.descending } })}>
        <span aria-hidden="true">{sort.descending ? '▼ ' : '▲ '}</span>
        {t('table.sortDescending')}
      </button>
    </div>
  );
}
