/**
 * The client table: search, sort by any column, and virtualized rows so
 * 200,000 clients scroll smoothly (only the visible rows are in the DOM).
 * A real <table> with spacer rows keeps headers and cells accessible.
 */
import { useRef } from 'react';
import { useSaved, useTracker } from '../../store';
import { missingValuesAt, stepAt, statusAt } from '../../lib/tracker/next-step';
import { bucketAt, valueAt } from '../../lib/tracker/buckets';
import { explain } from '../../lib/tracker/explain';
import { bucketLabelKey, DIMENSIONS, DIMENSION_SPECS, SORT_COLUMNS, type Dimension } from '../../lib/tracker/registry';
import { hasIssueAt, stringAt } from '../../lib/tracker/table';
import type { SortColumn } from '../../store/slices/session';
import { useEnv } from './context';
import { fieldList, whyText, type WhyContext } from './why';
import type { Derived } from './useDerived';
import { LastOutreach } from './LastOutreach';
import { FilterBar } from './FilterBar';
import { LIST_ID, useVisible } from './useVisible';
import { useRowWindow } from './useRowWindow';

const COLUMNS: readonly SortColumn[] = SORT_COLUMNS;
/** Column widths (fixed layout keeps rows one height, which the row window relies on). */
// Name, one column per dimension sharing 49 %, next step, last outreach, actions.
const WIDTHS = ['14%', ...DIMENSIONS.map(() => `${49 / DIMENSIONS.length}%`), '14%', '11%', '12%'];
const ROW_HEIGHT = 56;

export function ClientList({ derived }: { derived: Derived }) {
  const { t, tag, steps, stepHref } = useEnv();
  const { table, columns, nextSteps, asOfDay } = derived;
  const mapping = useTracker((s) => s.loaded?.mapping);
  const why: WhyContext = { t, tag, mapping: mapping ?? {} };
  const sort = useTracker((s) => s.sort);
  const log = useSaved((s) => s.log);
  const patch = useTracker((s) => s.patchSession);
  const visible = useVisible(derived);
  // Names and keys are read for the rendered rows only, never for all 200,000.
  const keyAt = (i: number) => stringAt(table.key, i);
  const scroller = useRef<HTMLDivElement>(null);
  // Rows are one fixed height: the window is arithmetic, constant time for 1,000,000 rows.
  const { from, to, padTop, padBottom } = useRowWindow({ count: visible.length, rowHeight: ROW_HEIGHT, overscan: 12, initialHeight: 640, scroller });
  const items = Array.from({ length: to - from }, (_, k) => ({ index: from + k }));
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  const relative = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });

  const sortBy = (column: SortColumn) =>
    patch({ sort: { column, descending: sort.column === column ? !sort.descending : false } });

  return (
    <section className="clients" id={LIST_ID} aria-labelledby="clients-title">
      <FilterBar derived={derived} visible={visible} />
      <div className="table-scroll" ref={scroller} tabIndex={0} aria-label={t('table.title')}>
        <table aria-rowcount={visible.length + 1}>
          <colgroup>{WIDTHS.map((w, i) => <col key={i} style={{ width: w }} />)}</colgroup>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column} scope="col" aria-sort={sort.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                  <button type="button" className="sort" onClick={() => sortBy(column)} aria-label={t('table.sortBy', { column: t(`table.${column}`) })}>
                    {t(`table.${column}`)}
                    <span aria-hidden="true">{sort.column === column ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              ))}
              <th scope="col">{t('table.lastOutreach')}</th>
              <th scope="col"><span className="visually-hidden">{t('table.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
            {items.map((item) => {
              const i = visible[item.index]!;
              const key = keyAt(i);
              const name = stringAt(table.text.client, i);
              const step = stepAt(nextSteps, i);
              const status = statusAt(nextSteps, i);
              const merged = table.rows[i]!;
              const cell = (dimension: Dimension, detail: string | null) => {
                const bucket = bucketAt(columns, dimension, i);
                return (
                  <td key={dimension} className={`b-${bucket}`} data-cell={dimension} title={whyText(why, explain(table, dimension, i, asOfDay))}>
                    <span className="clamp">
                      <span className="bucket-dot" aria-hidden="true" />
                      {t(bucketLabelKey(dimension, bucket))}
                      {detail !== null && <span className="muted small"> · {detail}</span>}
                    </span>
                  </td>
                );
              };
              // Ratios show their percentage, a date still to come its distance (days to renewal).
              const detailOf = (dimension: Dimension): string | null => {
                const source = DIMENSION_SPECS[dimension].source;
                const value = valueAt(table, dimension, i, asOfDay);
                if (value === null) return null;
                if (source.type === 'ratio') return percent.format(value);
                return source.direction === 'until' ? relative.format(value, 'day') : null;
              };
              const missing = status === 'needs-data' ? missingValuesAt(table, columns, i).flatMap((m) => m.fields) : [];
              return (
                <tr key={key} data-testid="client-row" data-client={name} data-next-step={step ?? ''} data-status={status} data-key={key} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                  <th scope="row" className="client-name">
                    <span className="clamp"><bdi>{name}</bdi></span>
                    {merged > 1 && <span className="badge">{t('table.merged', { count: merged })}</span>}
                    {hasIssueAt(table, i) && <span className="flag" title={t('table.flagged')} aria-label={t('table.flagged')}>!</span>}
                  </th>
                  {DIMENSIONS.map((dimension) => cell(dimension, detailOf(dimension)))}
                  <td>
                    {step ? (
                      <a className="clamp" href={stepHref(step)}>{steps[step]?.title ?? step}</a>
                    ) : status === 'needs-data' ? (
                      <span className="clamp needs-data">{t('table.needsData', { fields: fieldList(why, [...new Set(missing)]) })}</span>
                    ) : (
                      <span className="muted">{t('table.onTrack')}</span>
                    )}
                  </td>
                  <td className="small"><span className="clamp"><LastOutreach entries={Object.hasOwn(log, key) ? log[key] : undefined} /></span></td>
                  <td>
                    <div className="row-actions">
                      <button type="button" data-testid="compose-email" onClick={() => patch({ composerKeys: [key] })}>{t('table.compose')}</button>
                      <button type="button" data-testid="client-details" onClick={() => patch({ detailKey: key })}>{t('table.details')}</button>
                      <button type="button" data-testid="log-call" onClick={() => patch({ callKey: key })}>{t('table.logCall')}</button>
                    </div>
                  </td>
                </tr>
              );
            })}
            {padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
          </tbody>
        </table>
        {visible.length === 0 && <p className="muted no-match">{t('table.noMatch')}</p>}
      </div>
    </section>
  );
}
