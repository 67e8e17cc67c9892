/**
 * The list on paper when the rep prints the page without the call-sheet
 * button: the rows as listed (filters, search and sort applied), laid out as
 * the call sheet. Mounted only while printing (usePrinting), so the screen
 * never pays for it; the screen's list is a virtualized screenful and is
 * hidden in print (tracker.css).
 */
import { createPortal } from 'react-dom';
import { useEnv } from './context';
import { useVisible } from './useVisible';
import type { Derived } from './useDerived';
import { CALL_SHEET_MAX, CallSheetTable } from './CallSheetTable';

export function PrintList({ derived }: { derived: Derived }) {
  const { t, tag } = useEnv();
  const visible = useVisible(derived);
  const shown = visible.length > CALL_SHEET_MAX ? visible.subarray(0, CALL_SHEET_MAX) : visible;
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(derived.asOfDay * 86_400_000));
  return createPortal(
    <section className="print-list call-sheet">
      <h2>{t('outreach.callSheet.title', { count: shown.length, date })}</h2>
      {shown.length < visible.length && <p className="call-sheet-note">{t('outreach.callSheet.capped', { count: shown.length, total: new Intl.NumberFormat(tag).format(visible.length) })}</p>}
      <CallSheetTable derived={derived} rows={shown} />
    </section>,
    document.body,
  );
}
