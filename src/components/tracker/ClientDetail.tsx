/** One client's figures and outreach history; log a call or a note. */
import { useId, useState, type SubmitEvent } from 'react';
import { clientAt } from '../../lib/tracker/table';
import { isoFromDay, dayFromIso } from '../../lib/dates';
import { NEXT_STEPS } from '../../lib/tracker/next-step';
import { COUNT_FIELDS, PERCENT_FIELDS } from '../../lib/tracker/fields';
import { useTracker } from '../../store';
import { indexByKeyOf } from '../../store/selectors';
import { CALL_OUTCOMES, type CallOutcome } from '../../store/persisted';
import { usePanelFocus } from './usePanelFocus';
import { useEnv } from './context';
import type { Derived } from './useDerived';
import { describeEntry } from './LastOutreach';

export function ClientDetail({ clientKey, derived }: { clientKey: string; derived: Derived }) {
  const env = useEnv();
  const { t, tag, steps, stepHref } = env;
  const id = useId();
  const { table, nextSteps, asOfDay } = derived;
  const entries = useTracker((s) => s.log[clientKey]) ?? [];
  const { logCall, addNote, removeEntry, patchSession } = useTracker.getState();
  const [callDate, setCallDate] = useState(isoFromDay(asOfDay));
  const [outcome, setOutcome] = useState<CallOutcome>('reached');
  const [callNote, setCallNote] = useState('');
  const [note, setNote] = useState('');
  const index = indexByKeyOf(table).get(clientKey);
  const { panel, onKeyDown } = usePanelFocus(() => patchSession({ detailKey: null }));
  if (index === undefined) return null;
  const client = clientAt(table, index);
  const step = NEXT_STEPS[nextSteps[index]!] ?? null;
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const close = () => patchSession({ detailKey: null });

  const saveCall = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    logCall(clientKey, { day: dayFromIso(callDate) ?? asOfDay, outcome, note: callNote.trim() });
    setCallNote('');
  };
  const saveNote = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!note.trim()) return;
    addNote(clientKey, { day: asOfDay, text: note.trim() });
    setNote('');
  };

  return (
    <div className="panel-backdrop" onKeyDown={onKeyDown}>
      <section ref={panel} className="panel detail" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} data-testid="client-detail">
        <header className="panel-head">
          <h2 id={`${id}-title`}><bdi>{client.client}</bdi></h2>
          <button type="button" onClick={close} autoFocus>{t('detail.close')}</button>
        </header>
        <p>
          {t('ui.labelled', { label: t('table.nextStep') })}{step ? <a href={stepHref(step)}>{steps[step].title}</a> : t('table.onTrack')}
        </p>
        <h3>{t('detail.figures')}</h3>
        <dl className="figures">
          {client.clientId && (<div><dt>{t('field.clientId')}</dt><dd><bdi>{client.clientId}</bdi></dd></div>)}
          {client.product && (<div><dt>{t('field.product')}</dt><dd><bdi>{client.product}</bdi></dd></div>)}
          {client.adminName && (<div><dt>{t('field.adminName')}</dt><dd><bdi>{client.adminName}</bdi></dd></div>)}
          {client.adminEmail && (<div><dt>{t('field.adminEmail')}</dt><dd><bdi>{client.adminEmail}</bdi></dd></div>)}
          {client.language && (<div><dt>{t('field.language')}</dt><dd>{client.language}</dd></div>)}
          {client.activationLink && (<div><dt>{t('field.activationLink')}</dt><dd><a href={client.activationLink} rel="noopener noreferrer" target="_blank">{client.activationLink}</a></dd></div>)}
          {[...COUNT_FIELDS, ...PERCENT_FIELDS].map((f) => client[f] !== null && (<div key={f}><dt>{t(`field.${f}`)}</dt><dd>{number.format(client[f]!)}</dd></div>))}
          {client.startDay !== null && (<div><dt>{t('field.startDate')}</dt><dd>{new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoFromDay(client.startDay)}T00:00:00Z`))}</dd></div>)}
          <div><dt>{t('detail.rows')}</dt><dd>{client.rows}</dd></div>
        </dl>
        <h3>{t('detail.history')}</h3>
        {entries.length === 0 ? <p className="muted">{t('detail.noHistory')}</p> : (
          <ol className="history">
            {[...entries].reverse().map((entry) => (
              <li key={entry.id}>
                {describeEntry(entry, env)}{' '}
                <button type="button" className="link small" onClick={() => removeEntry(clientKey, entry.id)}>{t('detail.delete')}</button>
              </li>
            ))}
          </ol>
        )}
        <form onSubmit={saveCall} className="log-form">
          <h3>{t('detail.logCall')}</h3>
          <div className="field"><label htmlFor={`${id}-cd`}>{t('detail.callDate')}</label><input id={`${id}-cd`} type="date" value={callDate} onChange={(e) => setCallDate(e.target.value)} /></div>
          <div className="field">
            <label htmlFor={`${id}-co`}>{t('detail.callOutcome')}</label>
            <select id={`${id}-co`} value={outcome} onChange={(e) => setOutcome(e.target.value as CallOutcome)}>
              {CALL_OUTCOMES.map((o) => <option key={o} value={o}>{t(`outcome.${o}`)}</option>)}
            </select>
          </div>
          <div className="field wide"><label htmlFor={`${id}-cn`}>{t('detail.note')}</label><input id={`${id}-cn`} value={callNote} onChange={(e) => setCallNote(e.target.value)} /></div>
          <button type="submit" data-testid="log-call">{t('detail.saveCall')}</button>
        </form>
        <form onSubmit={saveNote} className="log-form">
          <div className="field wide"><label htmlFor={`${id}-note`}>{t('detail.note')}</label><textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} /></div>
          <button type="submit" data-testid="add-note">{t('detail.addNote')}</button>
        </form>
      </section>
    </div>
  );
}
