/**
 * The call sheet's table: per client the name, admin, phone, what to say (the
 * next step's call script, else the step page) and an empty box for the
 * outcome. Shared by the call sheet dialog and the plain print of the list
 * (PrintList), so that both print the same sheet.
 */
import { stepAt } from '../../lib/tracker/next-step';
import { stringAt } from '../../lib/tracker/table';
import { localizedPath } from '../../i18n/paths';
import { telHref } from '../../lib/url';
import { useEnv } from './context';
import { useListView, useVisible } from './useVisible';
import { activeFilters } from './activeFilters';
import type { Derived } from './useDerived';

/** Rows printed at most: a longer sheet is not a call list, it is the export (the rep filters first). */
export const CALL_SHEET_MAX = 1000;

/**
 * What a printed sheet shows, for the dialog and the plain print alike: the
 * rows exactly as the list shows them ("show in list" sets and the deadline
 * sort included), capped; a title that names that list (the bar's filter
 * chips and the search, in the bar's words); a note when the cap cut it.
 */
export function useSheet(derived: Derived): { shown: Int32Array; title: string; note: string | null } {
  const { t, tag } = useEnv();
  const { filters, overdue, keysFilter, search } = useListView();
  const visible = useVisible(derived);
  const shown = visible.length > CALL_SHEET_MAX ? visible.subarray(0, CALL_SHEET_MAX) : visible;
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(derived.asOfDay * 86_400_000));
  const scope = activeFilters(t, filters, overdue, keysFilter).map((filter) => filter.label);
  // The search may hold a pasted client name with bidi controls (U+202E): isolated (FSI…PDI), it cannot turn the rest of the title around.
  if (search.trim()) scope.push(t('outreach.callSheet.search', { text: `\u2068${search.trim()}\u2069` }));
  const title = scope.length === 0
    ? t('outreach.callSheet.title', { count: shown.length, date })
    : t('outreach.callSheet.titleScoped', { count: shown.length, date, scope: scope.join(t('outreach.callSheet.separator')) });
  const note = shown.length < visible.length
    ? t('outreach.callSheet.capped', { count: shown.length, total: new Intl.NumberFormat(tag).format(visible.length) })
    : null;
  return { shown, title, note };
}

/**
 * `onLogCall` adds a "Log call" button per row (on screen only); the print has none.
 * A list the filters emptied prints one line that says so, not a table of headers alone.
 */
export function CallSheetTable({ derived, rows, onLogCall }: { derived: Derived; rows: Int32Array; onLogCall?: (key: string) => void }) {
  const { t, lang, steps, stepHref } = useEnv();
  const { table, nextSteps } = derived;
  if (rows.length === 0) return <p className="call-sheet-empty" data-testid="call-sheet-empty">{t('outreach.callSheet.empty')}</p>;
  return (
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
        {Array.from(rows, (i) => {
          const key = stringAt(table.key, i);
          const name = stringAt(table.text.client, i);
          const step = stepAt(nextSteps, i);
          const script = step ? steps[step]?.script : null;
          const admin = [stringAt(table.text.adminName, i), stringAt(table.text.adminEmail, i)].filter(Boolean);
          return (
            <tr key={key} data-testid="call-sheet-row" data-client={name}>
              <th scope="row"><bdi>{name}</bdi></th>
              <td>{admin.map((a, n) => <div key={n}><bdi>{a}</bdi></div>)}</td>
              <td className="phone"><Phone number={stringAt(table.text.adminPhone, i)} /></td>
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
                {onLogCall && <button type="button" className="no-print small" data-testid="log-call" onClick={() => onLogCall(key)}>{t('table.logCall')}</button>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** A number the rep's phone can dial from the sheet (a tel: link); printed, it reads as the number. */
function Phone({ number }: { number: string }) {
  const href = telHref(number);
  return href ? <a href={href} data-testid="call-phone"><bdi>{number}</bdi></a> : <bdi>{number}</bdi>;
}
