/**
 * The list on paper when the rep prints the page without the call-sheet
 * button: the rows as listed (filters, search and sort applied), laid out as
 * the call sheet, under the call sheet's title. Mounted only while printing
 * (usePrinting), so the screen never pays for it; the screen's list is a
 * virtualized screenful and is hidden in print (tracker.css).
 */
import { createPortal } from 'react-dom';
import type { Derived } from './useDerived';
import { CallSheetTable, useSheet } from './CallSheetTable';

export function PrintList({ derived }: { derived: Derived }) {
  const { shown, title, note } = useSheet(derived);
  return createPortal(
    <section className="print-list call-sheet">
      <h2>{title}</h2>
      {note && <p className="call-sheet-note">{note}</p>}
      <CallSheetTable derived={derived} rows={shown} />
    </section>,
    document.body,
  );
}
