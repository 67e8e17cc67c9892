/** Export and re-import the whole tracker as one JSON file; clear everything. */
import { useId, useRef, useState } from 'react';
import { useTracker } from '../../store';
import { clearAll, confirmStateReplace, exportState, importState } from '../../store/importer';
import { useEnv } from './context';
import { downloadText } from './download';
import { isoFromDay, todayDay } from '../../lib/dates';

/** Downloads the whole state as a JSON file (also the way out of a failed save). */
export async function downloadState() {
  downloadText(`adoption-tracker-${isoFromDay(todayDay())}.json`, await exportState(), 'application/json');
}

export function StatePanel() {
  const { t } = useEnv();
  const id = useId();
  const [notice, setNotice] = useState('');
  // Controlled, so a re-render never closes the panel under the rep (nor hides the confirmation or the notice).
  const [open, setOpen] = useState(false);
  // Clearing asks here, in the page (a browser pop-up cannot be styled, translated or tested alike).
  const [askClear, setAskClear] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);
  const confirm = useTracker((s) => s.stateConfirm);
  // A state file's fault is said here, next to the button the rep used (Alerts leaves it out).
  const error = useTracker((s) => (s.error?.key.startsWith('error.stateFile') ? s.error : null));
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setNotice('');
    const imported = await importState(file);
    if (imported) setNotice(t('state.imported', imported));
  };
  return (
    <details className="state card" open={open || askClear || confirm !== null || error !== null} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary><h2>{t('state.title')}</h2></summary>
      <div className="actions">
        <button type="button" data-testid="export-state" onClick={() => void downloadState()}>{t('state.export')}</button>
        <label className="button" htmlFor={`${id}-import`}>{t('state.import')}</label>
        <input id={`${id}-import`} className="visually-hidden" type="file" accept=".json,application/json" data-testid="import-state" onChange={(e) => { void importFile(e.target.files?.[0]); e.target.value = ''; }} />
        <button type="button" onClick={() => { setNotice(''); setAskClear(true); }}>{t('state.clear')}</button>
      </div>
      {askClear && (
        <div role="alertdialog" aria-labelledby={`${id}-clear`} className="state-confirm">
          <p id={`${id}-clear`}>{t('state.confirmClear')}</p>
          <div className="actions">
            <button type="button" className="danger" onClick={() => { setAskClear(false); void clearAll().then(() => { setNotice(t('state.cleared')); status.current?.focus(); }); }}>{t('state.clearConfirm')}</button>
            <button type="button" autoFocus onClick={() => setAskClear(false)}>{t('state.clearCancel')}</button>
          </div>
        </div>
      )}
      {confirm && (
        <div role="alertdialog" aria-labelledby={`${id}-confirm`} className="state-confirm">
          <p id={`${id}-confirm`}>{t('state.confirmReplace', { count: confirm.entries, incoming: confirm.incoming })}</p>
          <div className="actions">
            <button type="button" onClick={() => confirmStateReplace(true)}>{t('state.replace')}</button>
            <button type="button" autoFocus onClick={() => { confirmStateReplace(false); setNotice(t('state.kept')); }}>{t('state.keep')}</button>
          </div>
        </div>
      )}
      {error && <p role="alert" className="tracker-alert">{t(error.key, error.params ?? {})}</p>}
      <p role="status" ref={status} tabIndex={-1}>{notice}</p>
    </details>
  );
}
