/**
 * The call sheet's table: per client the name, admin, phone, what to say (the
 * next step's call script, else the step page) and an empty box for the
 * outcome. Shared by the call sheet dialog and the plain print of the list
 * (PrintList), so that both print the same sheet.
 */
import { stepAt } from '../../lib/tracker/next-step';
import { stringAt } from '../../lib/tracker/table';
import { localizedPath } from '../../i18n/paths';
import { useEnv } from './context';
import type { Derived } from './useDerived';

/** Rows printed at most: a longer sheet is not a call list, it is the export (the rep filters first). */
export const CALL_SHEET_MAX = 1000;

/** `onLogCall` adds a "Log call" button per row (on screen only); the print has none. */
export function CallSheetTable({ derived, rows, onLogCall }: { derived: Derived; rows: Int32Array; onLogCall?: (key: string) => void }) {
  const { t, lang, steps, stepHref } = useEnv();
  const { table, nextSteps } = derived;
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
                {onLogCall && <button type="button" className="no-print small" data-testid="log-call" onClick={() => onLogCall(key)}>{t('table.logCall')}</button>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
