/**
 * The call sheet: the list as shown (filters, search and sort applied, read
 * as ClientList reads them), laid out for printing: name, admin, phone, what
 * to say (the next step's call script, else the step page) and an empty box
 * for the outcome. On screen it is a dialog with "Log call" per client;
 * printed, it is the only thing on the page (tracker.css).
 */
import { useEffect, useId } from 'react';
import { createPortal } from 'react-dom';
import { useTracker } from '../../store';
import { visibleOf } from '../../store/selectors';
import { useEnv } from './context';
import { usePanelFocus } from './usePanelFocus';
import type { Derived } from './useDerived';
import { CALL_SHEET_MAX, CallSheetTable } from './CallSheetTable';

export function CallSheetButton() {
  const { t } = useEnv();
  const patch = useTracker((s) => s.patchSession);
  return <button type="button" data-testid="print-call-sheet" onClick={() => patch({ callSheet: true })}>{t('outreach.callSheet.open')}</button>;
}

export function CallSheet({ derived }: { derived: Derived }) {
  const { t, tag } = useEnv();
  const id = useId();
  const { table, columns, nextSteps } = derived;
  const filters = useTracker((s) => s.filters);
  const overdue = useTracker((s) => s.overdue);
  const search = useTracker((s) => s.search);
  const sort = useTracker((s) => s.sort);
  const rank = useTracker((s) => s.loaded?.rank ?? null);
  const patch = useTracker((s) => s.patchSession);
  const close = () => patch({ callSheet: false });
  const { panel, onKeyDown } = usePanelFocus(close);
  const visible = visibleOf(table, columns, nextSteps, filters, overdue ? derived.overdueRows : null, search, sort, rank, tag);
  const shown = visible.length > CALL_SHEET_MAX ? visible.subarray(0, CALL_SHEET_MAX) : visible;
  // Printed once the sheet is on the page; the dialog stays for a second print or "Log call".
  useEffect(() => {
    window.print();
  }, []);
  const number = new Intl.NumberFormat(tag);
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(derived.asOfDay * 86_400_000));
  return createPortal(
    <div className="panel-backdrop call-sheet-root" onKeyDown={onKeyDown}>
      <section ref={panel} className="panel call-sheet" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} data-testid="call-sheet">
        <header className="panel-head">
          <h2 id={`${id}-title`}>{t('outreach.callSheet.title', { count: shown.length, date })}</h2>
          <div className="actions no-print">
            <button type="button" className="primary" onClick={() => window.print()}>{t('outreach.callSheet.print')}</button>
            <button type="button" onClick={close} autoFocus>{t('detail.close')}</button>
          </div>
        </header>
        {shown.length < visible.length && <p className="call-sheet-note">{t('outreach.callSheet.capped', { count: shown.length, total: number.format(visible.length) })}</p>}
        <CallSheetTable derived={derived} rows={shown} onLogCall={(key) => patch({ callKey: key })} />
      </section>
    </div>,
    document.body,
  );
}
