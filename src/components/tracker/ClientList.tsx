/**
 * The client list: its head (search, count, filters, list actions), a skip
 * link past it, and the rows: a table on a desktop, one card per client on a
 * phone. Both are virtualized and one tab stop (grid pattern).
 */
import type { MouseEvent } from 'react';
import { useTracker } from '../../store';
import { deadlineDaysOf, visibleOf } from '../../store/selectors';
import { bucketLabelKey, dimensionLabelKey, type Dimension } from '../../lib/tracker/registry';
import { stringAt } from '../../lib/tracker/table';
import { useEnv } from './context';
import type { Derived } from './useDerived';
import { ClientTable } from './ClientTable';
import { ClientCards } from './ClientCards';
import { ColumnChooser } from './ColumnChooser';
import { useNarrow } from './useNarrow';

export function ClientList({ derived }: { derived: Derived }) {
  const { t, tag } = useEnv();
  const { table, columns, nextSteps } = derived;
  const filters = useTracker((s) => s.filters);
  const overdue = useTracker((s) => s.overdue);
  const clearFilters = useTracker((s) => s.clearFilters);
  const search = useTracker((s) => s.search);
  const sort = useTracker((s) => s.sort);
  const patch = useTracker((s) => s.patchSession);
  const rank = useTracker((s) => s.loaded?.rank ?? null);
  const deadlines = deadlineDaysOf(table, derived.facts);
  const visible = visibleOf(table, columns, nextSteps, filters, overdue ? derived.overdueRows : null, search, sort, rank, tag, deadlines);
  const narrow = useNarrow();
  // Names and keys are read for the rendered rows only, never for all 200,000.
  const keyAt = (i: number) => stringAt(table.key, i);
  const skipList = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    document.getElementById('after-clients')?.focus();
  };

  return (
    <section className="clients" aria-labelledby="clients-title">
      <a className="visually-hidden skip-list" href="#after-clients" onClick={skipList}>{t('table.skip')}</a>
      <div className="clients-head">
        <h2 id="clients-title">{t('table.title')}</h2>
        <label className="search-field">
          <span className="visually-hidden">{t('table.search')}</span>
          <input type="search" placeholder={t('table.search')} value={search} onChange={(e) => patch({ search: e.target.value })} data-testid="client-search" />
        </label>
        <p className="muted" role="status">{t('table.count', { count: visible.length })}</p>
        {(Object.keys(filters).length > 0 || overdue) && (
          <p className="filter-note">
            {(Object.entries(filters) as [Dimension, Parameters<typeof bucketLabelKey>[1]][]).map(([dimension, bucket]) =>
              t('buckets.filtered', { dimension: t(dimensionLabelKey(dimension)), bucket: t(bucketLabelKey(dimension, bucket)) }),
            ).join(' · ')}{' '}
            <button type="button" className="link" onClick={clearFilters}>{t('buckets.clear')}</button>
          </p>
        )}
        <ColumnChooser />
        {visible.length > 0 && (
          <button type="button" data-testid="compose-list" onClick={() => patch({ composerKeys: Array.from(visible, keyAt) })}>
            {t('table.emailList', { count: visible.length })}
          </button>
        )}
      </div>
      <p id="clients-keys" className="visually-hidden">{t('table.keys')}</p>
      {narrow ? <ClientCards derived={derived} visible={visible} deadlines={deadlines} /> : <ClientTable derived={derived} visible={visible} deadlines={deadlines} />}
      {visible.length === 0 && <p className="muted no-match">{t('table.noMatch')}</p>}
      <p id="after-clients" className="visually-hidden after-clients" tabIndex={-1}>{t('table.end')}</p>
    </section>
  );
}
