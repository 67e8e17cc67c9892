/**
 * The call sheet: the list as shown (filters, search and sort applied, read
 * as ClientList reads them) under a title that names that list, laid out for printing: name, admin, phone, what
 * to say (the next step's call script, else the step page) and an empty box
 * for the outcome. On screen it is a dialog with "Log call" per client;
 * printed, it is the only thing on the page (tracker.css).
 */
import { useEffect, useId } from 'react';
import { createPortal } from 'react-dom';
import { useTracker } from '../../store';
import { stepAt } from '../../lib/tracker/next-step';
import { stringAt } from '../../lib/tracker/table';
import { localizedPath } from '../../i18n/paths';
import { useEnv } from './context';
import { usePanelFocus } from './usePanelFocus';
import { useVisible } from './useVisible';
import { activeFilters } from './activeFilters';
import type { Derived } from './useDerived';

/** Rows printed at most: a longer sheet is not a call list, it is the export (the rep filters first). */
export const CALL_SHEET_MAX = 1000;

export function CallSheetButton() {
  const { t } = useEnv();
  const patch = useTracker((s) => s.patchSession);
  return <button type="button" data-testid="print-call-sheet" onClick={() => patch({ callSheet: true })}>{t('outreach.callSheet.open')}</button>;
}

export function CallSheet({ derived }: { derived: Derived }) {
  const { t, tag, lang, steps, stepHref } = useEnv();
  const id = useId();
  const { table, nextSteps } = derived;
  const filters = useTracker((s) => s.filters);
  const overdue = useTracker((s) => s.overdue);
  const keysFilter = useTracker((s) => s.keysFilter);
  const search = useTracker((s) => s.search);
  const patch = useTracker((s) => s.patchSession);
  const close = () => patch({ callSheet: false });
  const { panel, onKeyDown } = usePanelFocus(close);
  // The rows exactly as the list shows them ("show in list" sets and the deadline sort included).
  const visible = useVisible(derived);
  const shown = visible.length > CALL_SHEET_MAX ? visible.subarray(0, CALL_SHEET_MAX) : visible;
  // Printed once the sheet is on the page; the dialog stays for a second print or "Log call".
  useEffect(() => {
    window.print();
  }, []);
  const number = new Intl.NumberFormat(tag);
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(derived.asOfDay * 86_400_000));
  // A printed sheet says which list it is: the bar's filter chips and the search, in the bar's words.
  const scope = activeFilters(t, filters, overdue, keysFilter).map((filter) => filter.label);
  if (search.trim()) scope.push(t('outreach.callSheet.search', { text: search.trim() }));
  const title = scope.length === 0
    ? t('outreach.callSheet.title', { count: shown.length, date })
    : t('outreach.callSheet.titleScoped', { count: shown.length, date, scope: scope.join(t('outreach.callSheet.separator')) });
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
        {shown.length < visible.length && <p className="call-sheet-note">{t('outreach.callSheet.capped', { count: shown.length, total: number.format(visible.length) })}</p>}
        <table>
          <thead>
            <tr>
              <th scope="col">{t('outreach.callSheet.client')}</th>
              <th scope="col">{t('outreach.callSheet.admin')}</th>
              <th scope="col">{t('outreach.callSheet.phone')}</th>
              <th scope="col">{t('outreach.callSheet.say')}</th>
              <th scope="col">{t('outreach.callSheet.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {Array.from(shown, (i) => {
              const key = stringAt(table.key, i);
              const name = stringAt(table.text.client, i);
              const step = stepAt(nextSteps, i);
              const script = step ? steps[step]?.script : null;
              const admin = [stringAt(table.text.adminName, i), stringAt(table.text.adminEmail, i)].filter(Boolean);
              return (
                <tr key={key} data-testid="call-sheet-row" data-client={name}>
                  <th scope="row"><bdi>{name}</bdi></th>
                  <td>{admin.map((a, n) => <div key={n}><bdi>{a}</bdi></div>)}</td>
                  <td><bdi>{stringAt(table.text.adminPhone, i)}</bdi></td>
                  <td>
                    {step ? (
                      <a href={script ? localizedPath(lang, `/scripts/${script}/`) : stepHref(step)}>
                        {script ? t('outreach.callSheet.script', { step: steps[step]?.title ?? step }) : steps[step]?.title ?? step}
                      </a>
                    ) : (
                      <span className="muted">{t('table.onTrack')}</span>
                    )}
                  </td>
                  <td>
                    <span className="outcome-box" />
                    <button type="button" className="no-print small" data-testid="log-call" onClick={() => patch({ callKey: key })}>{t('table.logCall')}</button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </div>,
    document.body,
  );
}
