/**
 * The client list on a desktop: a real <table> in the grid pattern (one tab
 * stop, arrow keys), windowed so a million clients scroll smoothly (only the
 * rows on screen are in the DOM, in flow at their own height, so wrapped
 * labels and figures are never cut: useListWindow). Optional columns are rendered only when chosen.
 */
import { useRef } from 'react';
import { useTracker } from '../../store';
import { DIMENSIONS, SORT_COLUMNS, type Dimension } from '../../lib/tracker/registry';
import { hasIssueAt, stringAt } from '../../lib/tracker/table';
import { bucketAt } from '../../lib/tracker/buckets';
import { stepAt, statusAt } from '../../lib/tracker/next-step';
import type { SortColumn } from '../../store/slices/session';
import { useRowParts, RowActions } from './rowParts';
import { useGridKeys } from './useGridKeys';
import { useListWindow } from './useListWindow';
import { useOptionalColumns, type OptionalColumn } from './optionalColumns';
import type { Derived } from './useDerived';
import { useEnv } from './context';
import type { Locale } from '../../i18n/locales';

/**
 * Smallest width of each column (rem): the table scrolls sideways in its box rather than cut a figure.
 * Activation and renewal fit their longest single words, « Partiellement », « Renouvellement », "Desconhecido"
 * (at 7 rem they broke mid-word at 1366 px). Activation, usage and stage also hold the state's dot, which
 * stays on the label's first line (« ● Partiellement », "● Semanas", "● 良好（50～100%）"): at 8, 7 and 6 rem
 * the dot was left alone above its words. The sum still fits a 1366 px window beside the box's scrollbar.
 */
const MIN_REM: Record<SortColumn | OptionalColumn | 'actions', number> = {
  client: 9, activation: 8.5, deployment: 7, usage: 7.5, stage: 7, renewal: 8.5, nextStep: 9, deadline: 7,
  lastOutreach: 7.5, actions: 6.5, seats: 6, admin: 10, phone: 8, renewalDate: 7,
};
/**
 * Japanese (measured with Noto Sans JP at 1366 px): a label breaks only between its phrases (lib/phrases.ts),
 * so the states' columns hold the dot and the longest phrase, « 未アクティベーション », « 割り当てなし »,
 * « （50～100%） » (at 8.5 rem 未アクティベー/ション broke mid-word; no width holds every label on one line).
 * The client, renewal, next step, dates and last outreach give that width back: the sum stays the other
 * locales', so the table still fits a 1366 px window.
 */
const MIN_REM_BY_LANG: Partial<Record<Locale, Partial<typeof MIN_REM>>> = {
  ja: { client: 8.5, activation: 12.5, deployment: 8.5, usage: 9, renewal: 7.5, nextStep: 8.5, deadline: 6.5, lastOutreach: 7 },
};
const ROW_ESTIMATE = 64;

export function ClientTable({ derived, visible, deadlines }: { derived: Derived; visible: Int32Array; deadlines: Float64Array }) {
  const parts = useRowParts(derived, deadlines);
  const { t } = parts;
  const { lang } = useEnv();
  const { table, columns, nextSteps } = derived;
  const sort = useTracker((s) => s.sort);
  const patch = useTracker((s) => s.patchSession);
  const optional = useOptionalColumns();
  const scroller = useRef<HTMLDivElement>(null);
  const grid = useRef<HTMLTableElement>(null);
  const head = useRef<HTMLTableSectionElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const keyAt = (i: number) => stringAt(table.key, i);
  // The sticky header row sits over the top of the box.
  const rowWindow = useListWindow({ count: visible.length, box: scroller, rows: body, header: head, estimate: ROW_ESTIMATE, keyOf: (index) => keyAt(visible[index]!) });
  const keys = useGridKeys({
    grid,
    rowCount: visible.length,
    header: true,
    scrollToIndex: rowWindow.scrollToIndex,
    onOpen: (index) => patch({ detailKey: keyAt(visible[index]!) }),
  });
  const indexes = Array.from({ length: rowWindow.last - rowWindow.first + 1 }, (_, k) => rowWindow.first + k);
  const sortBy = (column: SortColumn) => patch({ sort: { column, descending: sort.column === column ? !sort.descending : false } });

  const sortable = SORT_COLUMNS;
  const rem = { ...MIN_REM, ...MIN_REM_BY_LANG[lang] };
  const widths = [...sortable.map((c) => rem[c]), ...optional.map((c) => rem[c]), rem.actions];
  const minWidth = widths.reduce((a, b) => a + b, 0);

  return (
    <div className="table-scroll" ref={scroller}>
      <table ref={grid} role="grid" aria-labelledby="clients-title" aria-describedby="clients-keys" aria-rowcount={visible.length + 1} style={{ minWidth: `${minWidth}rem` }} onKeyDown={keys.onKeyDown} onFocus={keys.onFocus}>
        <colgroup>{widths.map((w, i) => <col key={i} style={{ width: `${w}rem` }} />)}</colgroup>
        <thead ref={head}>
          <tr data-row="-1" aria-rowindex={1}>
            {sortable.map((column) => (
              <th key={column} scope="col" aria-sort={sort.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                <button type="button" className="sort" onClick={() => sortBy(column)} aria-label={t('table.sortBy', { column: t(`table.${column}`) })}>
                  {t(`table.${column}`)}
                  <span aria-hidden="true">{sort.column === column ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                </button>
              </th>
            ))}
            {optional.map((column) => <th key={column} scope="col">{t(`table.${column}`)}</th>)}
            <th scope="col"><span className="visually-hidden">{t('table.actions')}</span></th>
          </tr>
        </thead>
        <tbody ref={body}>
          {rowWindow.top > 0 && <tr aria-hidden="true" style={{ height: rowWindow.top }} />}
          {indexes.map((index) => {
            const i = visible[index]!;
            const key = keyAt(i);
            const name = stringAt(table.text.client, i);
            const merged = table.rows[i]!;
            const outreach = parts.outreach(i);
            const passed = parts.deadlinePassed(i);
            return (
              <tr
                key={key}
                data-index={index}
                data-row={index}
                data-testid="client-row"
                data-client={name}
                data-next-step={stepAt(nextSteps, i) ?? ''}
                data-status={statusAt(nextSteps, i)}
                data-key={key}
                aria-rowindex={index + 2}
              >
                <th scope="row" className="client-name" data-stop="">
                  <span className="clamp"><bdi>{name}</bdi></span>
                  {merged > 1 && <span className="badge">{t('table.merged', { count: merged })}</span>}
                  {hasIssueAt(table, i) && <span className="flag" title={t('table.flagged')} aria-label={t('table.flagged')}>!</span>}
                </th>
                {DIMENSIONS.map((dimension: Dimension) => (
                  <td key={dimension} className={`bucket-cell b-${bucketAt(columns, dimension, i)}`} data-cell={dimension} title={parts.bucketTitle(dimension, i)}>
                    {parts.bucket(dimension, i)}
                  </td>
                ))}
                <td data-cell="next-step">{parts.nextStep(i)}</td>
                <td data-cell="deadline" data-passed={passed ? 'true' : 'false'} className={passed ? 'deadline-passed' : undefined}>{parts.deadline(i)}</td>
                <td data-cell="last-outreach" className="small" title={outreach?.full}>
                  {outreach ? <span className="outreach-text">{outreach.short}</span> : <span className="muted">{t('outreach.none')}</span>}
                </td>
                {optional.map((column) => <td key={column} data-cell={column} className="small">{parts.optional(column, i)}</td>)}
                <td>
                  <div className="row-actions">
                    <RowActions clientKey={key} table={table} row={i} />
                  </div>
                </td>
              </tr>
            );
          })}
          {rowWindow.bottom > 0 && <tr aria-hidden="true" style={{ height: rowWindow.bottom }} />}
        </tbody>
      </table>
    </div>
  );
}
