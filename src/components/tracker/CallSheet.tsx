/**
 * The call sheet: the list as shown (filters, search and sort applied, read
 * as ClientList reads them) under a title that names that list, laid out for
 * printing (CallSheetTable). On screen it is a dialog with "Log call" per
 * client; printed, it is the only thing on the page (tracker.css).
 */
import { useEffect, useId } from 'react';
import { createPortal } from 'react-dom';
import { useTracker } from '../../store';
import { useEnv } from './context';
import { usePanelFocus } from './usePanelFocus';
import type { Derived } from './useDerived';
import { CallSheetTable, useSheet } from './CallSheetTable';

export function CallSheetButton({ disabled }: { disabled: boolean }) {
  const { t } = useEnv();
  const patch = useTracker((s) => s.patchSession);
  return <button type="button" data-testid="print-call-sheet" disabled={disabled} onClick={() => patch({ callSheet: true })}>{t('outreach.callSheet.open')}</button>;
}

export function CallSheet({ derived }: { derived: Derived }) {
  const { t } = useEnv();
  const id = useId();
  const patch = useTracker((s) => s.patchSession);
  const close = () => patch({ callSheet: false });
  const { panel, onKeyDown } = usePanelFocus(close);
  const { shown, title, note } = useSheet(derived);
  // Printed once the sheet is on the page; the dialog stays for a second print or "Log call".
  useEffect(() => {
    window.print();
  }, []);
  return createPortal(
    <div className="panel-backdrop call-sheet-root" onKeyDown={onKeyDown}>
      <section ref={panel} className="panel call-sheet" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} data-testid="call-sheet">
        <header className="panel-head">
          <h2 id={`${id}-title`}>{title}</h2>
          <div className="actions no-print">
            <button type="button" className="primary" onClick={() => window.print()}>{t('outreach.callSheet.print')}</button>
            <button type="button" onClick={close} autoFocus>{t('detail.close')}</button>
          </div>
        </header>
        {note && <p className="call-sheet-note">{note}</p>}
        <CallSheetTable derived={derived} rows={shown} onLogCall={(key) => patch({ callKey: key })} />
      </section>
    </div>,
    document.body,
  );
}
