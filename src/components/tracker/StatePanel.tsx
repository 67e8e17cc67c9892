/** Export and re-import the whole tracker as one JSON file; clear everything. */
import { useId, useState } from 'react';
import { useTracker } from '../../store';
import { clearAll, exportState, importState } from '../../store/importer';
import { useEnv } from './context';
import { downloadText } from './download';
import { isoFromDay, todayDay } from '../../lib/dates';

export function StatePanel() {
  const { t } = useEnv();
  const id = useId();
  const [notice, setNotice] = useState('');
  const exportFile = async () => downloadText(`adoption-tracker-${isoFromDay(todayDay())}.json`, await exportState(), 'application/json');
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    if (await importState(await file.text())) {
      const s = useTracker.getState();
      setNotice(t('state.imported', { clients: s.loaded?.summary.clients ?? 0, entries: Object.values(s.log).reduce((n, e) => n + e.length, 0) }));
    } else setNotice('');
  };
  return (
    <details className="state card">
      <summary><h2>{t('state.title')}</h2></summary>
      <div className="actions">
        <button type="button" data-testid="export-state" onClick={() => void exportFile()}>{t('state.export')}</button>
        <label className="button" htmlFor={`${id}-import`}>{t('state.import')}</label>
        <input id={`${id}-import`} className="visually-hidden" type="file" accept=".json,application/json" data-testid="import-state" onChange={(e) => { void importFile(e.target.files?.[0]); e.target.value = ''; }} />
        <button type="button" onClick={() => { if (confirm(t('state.confirmClear'))) void clearAll(); }}>{t('state.clear')}</button>
      </div>
      <p role="status">{notice}</p>
    </details>
  );
}
