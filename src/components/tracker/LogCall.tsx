/**
 * Logging a call: its date, outcome, a note, and the new deadline agreed
 * during it (it supersedes the activation email's for the call list). The
 * form sits in the client panel; the dialog opens it from a list row or the
 * call sheet.
 */
import { useId, useState, type SubmitEvent } from 'react';
import { CALL_OUTCOMES, type CallOutcome } from '../../lib/state/persisted';
import { dayFromIso, isoFromDay } from '../../lib/dates';
import { clientAt } from '../../lib/tracker/table';
import { useSaved, useTracker } from '../../store';
import { rowOfKey } from '../../store/selectors';
import { useEnv } from './context';
import { usePanelFocus } from './usePanelFocus';
import type { Derived } from './useDerived';

export function CallForm({ clientKey, asOfDay, heading, onSaved }: { clientKey: string; asOfDay: number; heading: boolean; onSaved?: () => void }) {
  const { t } = useEnv();
  const id = useId();
  const logCall = useSaved((s) => s.logCall);
  const [callDate, setCallDate] = useState(isoFromDay(asOfDay));
  const [outcome, setOutcome] = useState<CallOutcome>('reached');
  const [note, setNote] = useState('');
  const [deadline, setDeadline] = useState('');
  const [notice, setNotice] = useState('');
  const save = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const day = dayFromIso(callDate) ?? asOfDay;
    const deadlineDay = dayFromIso(deadline);
    // A deadline agreed during a call is not before it (the input's min says so; a mistyped year would
    // otherwise put the client on the call list at once).
    if (deadlineDay !== null && deadlineDay < day) return;
    logCall(clientKey, { day, outcome, note: note.trim(), deadlineDay });
    setNote('');
    setDeadline('');
    setNotice(t('detail.callLogged'));
    onSaved?.();
  };
  return (
    <form onSubmit={save} className="log-form" aria-labelledby={heading ? `${id}-h` : undefined}>
      {heading && <h3 id={`${id}-h`}>{t('detail.logCall')}</h3>}
      <div className="field"><label htmlFor={`${id}-cd`}>{t('detail.callDate')}</label><input id={`${id}-cd`} type="date" value={callDate} onChange={(e) => setCallDate(e.target.value)} /></div>
      <div className="field">
        <label htmlFor={`${id}-co`}>{t('detail.callOutcome')}</label>
        <select id={`${id}-co`} data-testid="call-outcome" value={outcome} onChange={(e) => setOutcome(e.target.value as CallOutcome)}>
          {CALL_OUTCOMES.map((o) => <option key={o} value={o}>{t(`outcome.${o}`)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-dl`}>{t('detail.newDeadline')}</label>
        <input id={`${id}-dl`} type="date" data-testid="call-deadline" min={callDate || undefined} value={deadline} onChange={(e) => setDeadline(e.target.value)} aria-describedby={`${id}-dl-hint`} />
        <span id={`${id}-dl-hint`} className="muted small">{t('detail.newDeadlineHint')}</span>
      </div>
      <div className="field wide"><label htmlFor={`${id}-cn`}>{t('detail.note')}</label><input id={`${id}-cn`} value={note} onChange={(e) => setNote(e.target.value)} /></div>
      <button type="submit" data-testid="save-call">{t('detail.saveCall')}</button>
      <p role="status" className="notice">{notice}</p>
    </form>
  );
}

/** The "Log call" dialog of a list row or a call-sheet row. */
export function LogCallDialog({ clientKey, derived }: { clientKey: string; derived: Derived }) {
  const { t } = useEnv();
  const id = useId();
  const patch = useTracker((s) => s.patchSession);
  const close = () => patch({ callKey: null });
  const { panel, onKeyDown } = usePanelFocus(close);
  const index = rowOfKey(derived.table, clientKey);
  if (index === undefined) return null;
  const client = clientAt(derived.table, index);
  return (
    <div className="panel-backdrop" onKeyDown={onKeyDown}>
      <section ref={panel} className="panel call-dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} data-testid="log-call-dialog">
        <header className="panel-head">
          <h2 id={`${id}-title`}>{t('detail.logCallFor')} <bdi>{client.client}</bdi></h2>
          <button type="button" onClick={close} autoFocus>{t('detail.close')}</button>
        </header>
        <CallForm clientKey={clientKey} asOfDay={derived.asOfDay} heading={false} onSaved={close} />
      </section>
    </div>
  );
}
