/**
 * The list's head, sticky while the list scrolls: its title, the search, the
 * count (a polite live region, so a filter click is heard), the call-list
 * toggle, one removable chip per active filter, "Clear filters", the actions
 * on the listed clients, and on a phone the cards' sort (no header to click).
 *
 * On a phone only the search, the count and the active filters stick (the
 * chips in one row that scrolls sideways): with the title, the list's actions
 * and the sort in it too, the bar took about 40 % of a 390×844 screen. Those
 * stay above it and scroll away with the page.
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
import { useNarrow } from './useNarrow';

interface Chip {
  id: string;
  label: string;
  /** The bucket's own name at the label's end ("Activation: Not activated"), kept whole when a phone's chip is cut short. */
  value: string | null;
  remove: () => void;
}

/** A chip's words: on a phone the dimension's part ends in "…" before the bucket's name does. */
function ChipLabel({ chip }: { chip: Chip }) {
  if (!chip.value || !chip.label.endsWith(chip.value) || chip.label === chip.value) return <span className="chip-label">{chip.label}</span>;
  return (
    <span className="chip-label">
      <span className="chip-head">{chip.label.slice(0, chip.label.length - chip.value.length)}</span>
      <span className="chip-value">{chip.value}</span>
    </span>
  );
}

/** `pending`: the rows are still the previous view's (useListPending): the count says so and the list's actions wait. */
export function FilterBar({ derived, visible, pending }: { derived: Derived; visible: Int32Array; pending: boolean }) {
  const { t } = useEnv();
  const { filters, overdue, keysFilter, search } = useListView();
  const patch = useTracker((s) => s.patchSession);
  const toggle = useTracker((s) => s.toggleFilter);
  const clearFilters = useTracker((s) => s.clearFilters);
  const callList = derived.overdue.length;
  const narrow = useNarrow();
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => trackHeight(document.querySelector('.site-header'), '--sticky-top'), []);
  // The list's own scroll box fits under the bar (tracker.css), so the bar never covers its header row.
  // A phone's bar is another element (see below): observed again when the width crosses 700 px.
  useEffect(() => trackHeight(bar.current, '--filter-bar-height'), [narrow]);

  const chips: Chip[] = activeFilters(t, filters, overdue, keysFilter).map((filter) => ({
    id: filter.id,
    label: filter.label,
    value: filter.kind === 'bucket' ? filter.bucketLabel : null,
    remove:
      filter.kind === 'bucket' ? () => toggle(filter.dimension, filter.bucket)
      : filter.kind === 'overdue' ? () => patch({ overdue: false })
      : () => patch({ keysFilter: null }),
  }));

  const title = <h2 id="clients-title">{t('table.title')}</h2>;
  const searchField = (
    <label className="search-field">
      <span className="visually-hidden">{t('table.search')}</span>
      <input type="search" placeholder={t('table.search')} value={search} onChange={(e) => patch({ search: e.target.value })} data-testid="client-search" />
    </label>
  );
  const count = <p className="muted list-count" role="status" data-testid="list-count" data-count={visible.length} data-pending={pending || undefined}>{pending ? t('table.preparing') : t('table.count', { count: visible.length })}</p>;
  const callToggle = (callList > 0 || overdue) && (
    <button type="button" className="call-toggle" data-filter="overdue" aria-pressed={overdue} onClick={() => patch({ overdue: !overdue })}>
      {t('table.filter.callList', { count: callList })}
    </button>
  );
  const actions = visible.length > 0 && (
    <>
      <button type="button" data-testid="compose-list" disabled={pending} onClick={() => patch({ composer: { table: derived.table, rows: visible.slice() } })}>
        {t('table.emailList', { count: visible.length })}
      </button>
      <ExportList derived={derived} rows={visible} pending={pending} />
      <CallSheetButton disabled={pending} />
    </>
  );
  const active = chips.length > 0 && (
    <div className="filter-row filter-active">
      <ul className="filter-chips" aria-label={t('table.filter.active')}>
        {chips.map((chip) => (
          <li key={chip.id} data-chip={chip.id} title={chip.label}>
            <ChipLabel chip={chip} />
            <button type="button" className="chip-remove" aria-label={t('table.filter.remove', { filter: chip.label })} onClick={chip.remove}>
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link clear-filters" data-testid="clear-filters" onClick={clearFilters}>{t('table.filter.clearAll')}</button>
    </div>
  );

  if (narrow) {
    return (
      <>
        <div className="clients-head list-tools">
          {title}
          <div className="list-actions">
            {callToggle}
            {actions}
            <CardSort />
          </div>
        </div>
        <div ref={bar} className="clients-head filter-bar" data-testid="filter-bar">
          <div className="filter-row">
            {searchField}
            {count}
          </div>
          {active}
        </div>
      </>
    );
  }

  return (
    <div ref={bar} className="clients-head filter-bar" data-testid="filter-bar">
      <div className="filter-row">
        {title}
        {searchField}
        {count}
        {callToggle}
        {actions}
        <ColumnChooser />
      </div>
      {active}
    </div>
  );
}
