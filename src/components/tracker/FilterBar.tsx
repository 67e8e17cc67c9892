/**
 * The list's head, sticky while the list scrolls: its title, the search, the
 * count (a polite live region, so a filter click is heard), the call-list
 * toggle, one removable chip per active filter, "Clear filters", the actions
 * on the listed clients, and on a phone the cards' sort (no header to click).
 */
import { useEffect, useRef } from 'react';
import { useTracker } from '../../store';
import { useEnv } from './context';
import type { Derived } from './useDerived';
import { trackHeight, useListView } from './useVisible';
import { activeFilters } from './activeFilters';
import { ColumnChooser } from './ColumnChooser';
import { CardSort } from './CardSort';
import { ExportList } from './ExportList';
import { CallSheetButton } from './CallSheet';

interface Chip {
  id: string;
  label: string;
  remove: () => void;
}

/** `pending`: the rows are still the previous view's (useListPending): the count says so and the list's actions wait. */
export function FilterBar({ derived, visible, pending }: { derived: Derived; visible: Int32Array; pending: boolean }) {
  const { t } = useEnv();
  const { filters, overdue, keysFilter, search } = useListView();
  const patch = useTracker((s) => s.patchSession);
  const toggle = useTracker((s) => s.toggleFilter);
  const clearFilters = useTracker((s) => s.clearFilters);
  const callList = derived.overdue.length;
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => trackHeight(document.querySelector('.site-header'), '--sticky-top'), []);
  // The list's own scroll box fits under the bar (tracker.css), so the bar never covers its header row.
  useEffect(() => trackHeight(bar.current, '--filter-bar-height'), []);

  const chips: Chip[] = activeFilters(t, filters, overdue, keysFilter).map((filter) => ({
    id: filter.id,
    label: filter.label,
    remove:
      filter.kind === 'bucket' ? () => toggle(filter.dimension, filter.bucket)
      : filter.kind === 'overdue' ? () => patch({ overdue: false })
      : () => patch({ keysFilter: null }),
  }));

  return (
    <div ref={bar} className="clients-head filter-bar" data-testid="filter-bar">
      <div className="filter-row">
        <h2 id="clients-title">{t('table.title')}</h2>
        <label className="search-field">
          <span className="visually-hidden">{t('table.search')}</span>
          <input type="search" placeholder={t('table.search')} value={search} onChange={(e) => patch({ search: e.target.value })} data-testid="client-search" />
        </label>
        <p className="muted list-count" role="status" data-testid="list-count" data-count={visible.length} data-pending={pending || undefined}>{pending ? t('table.preparing') : t('table.count', { count: visible.length })}</p>
        {(callList > 0 || overdue) && (
          <button type="button" className="call-toggle" data-filter="overdue" aria-pressed={overdue} onClick={() => patch({ overdue: !overdue })}>
            {t('table.filter.callList', { count: callList })}
          </button>
        )}
        {visible.length > 0 && (
          <button type="button" data-testid="compose-list" disabled={pending} onClick={() => patch({ composer: { table: derived.table, rows: visible.slice() } })}>
            {t('table.emailList', { count: visible.length })}
          </button>
        )}
        {visible.length > 0 && <ExportList derived={derived} rows={visible} pending={pending} />}
        {visible.length > 0 && <CallSheetButton disabled={pending} />}
        <ColumnChooser />
        <CardSort />
      </div>
      {chips.length > 0 && (
        <div className="filter-row">
          <ul className="filter-chips" aria-label={t('table.filter.active')}>
            {chips.map((chip) => (
              <li key={chip.id} data-chip={chip.id}>
                <span>{chip.label}</span>
                <button type="button" className="chip-remove" aria-label={t('table.filter.remove', { filter: chip.label })} onClick={chip.remove}>
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="link" data-testid="clear-filters" onClick={clearFilters}>{t('table.filter.clearAll')}</button>
        </div>
      )}
    </div>
  );
}
