/** One client's figures and outreach history; log a call or a note. */
import { useId, useState, type SubmitEvent } from 'react';
import { clientAt } from '../../lib/tracker/table';
import { isoFromDay } from '../../lib/dates';
import { missingValuesAt, stepAt, statusAt } from '../../lib/tracker/next-step';
import { explain } from '../../lib/tracker/explain';
import { bucketAt } from '../../lib/tracker/buckets';
import { DATE_FIELDS, DIMENSIONS, FIELDS, NUMBER_FIELDS, TEXT_FIELDS, fieldLabelKey } from '../../lib/tracker/registry';
import { fieldList, whyText, type WhyContext } from './why';
import { useSaved, useTracker } from '../../store';
import { rowOfKey } from '../../store/selectors';
import { usePanelFocus } from './usePanelFocus';
import { useEnv } from './context';
import { InflatedCauses } from './InflatedCauses';
import type { Derived } from './useDerived';
import { describeEntry } from './LastOutreach';
import { CallForm } from './LogCall';
import { ReminderButton } from './Reminder';

export function ClientDetail({ clientKey, derived }: { clientKey: string; derived: Derived }) {
  const env = useEnv();
  const { t, tag, steps, stepHref } = env;
  const id = useId();
  const { table, nextSteps, asOfDay, columns } = derived;
  const mapping = useTracker((s) => s.loaded?.mapping);
  // Own keys only: a client keyed 'constructor' is not Object.prototype's.
  const entries = useSaved((s) => (Object.hasOwn(s.log, clientKey) ? s.log[clientKey] : undefined)) ?? [];
  const { addNote, removeEntry } = useSaved.getState();
  const { patchSession } = useTracker.getState();
  const [note, setNote] = useState('');
  const index = rowOfKey(table, clientKey);
  const { panel, onKeyDown } = usePanelFocus(() => patchSession({ detailKey: null }));
  if (index === undefined) return null;
  const client = clientAt(table, index);
  const step = stepAt(nextSteps, index);
  const status = statusAt(nextSteps, index);
  const why: WhyContext = { t, tag, mapping: mapping ?? {} };
  const missing = status === 'needs-data' ? [...new Set(missingValuesAt(table, columns, index).flatMap((m) => m.fields))] : [];
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const longDate = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
  const relative = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
  const close = () => patchSession({ detailKey: null });
  // The deadline that counts for the call list: the latest activation email's, or a later call's.
  const deadlineDay = derived.facts.get(clientKey)?.deadlineDay;

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
        <p data-status={status}>
          {t('ui.labelled', { label: t('table.nextStep') })}
          {step ? <a href={stepHref(step)}>{steps[step]?.title ?? step}</a> : t(`detail.status.${status}`, { fields: fieldList(why, missing) })}
        </p>
        <h3>{t('detail.why.title')}</h3>
        <ul className="why">
          {DIMENSIONS.map((dimension) => (
            <li key={dimension} data-why={dimension} data-bucket-name={bucketAt(columns, dimension, index)}>
              {whyText(why, explain(table, dimension, index, asOfDay))}
            </li>
          ))}
        </ul>
        {bucketAt(columns, 'usage', index) === 'inflated' && (
          <div className="why-inflated">
            <p>{t('detail.why.inflated')}</p>
            <InflatedCauses />
          </div>
        )}
        <h3>{t('detail.figures')}</h3>
        <dl className="figures">
          {TEXT_FIELDS.filter((f) => f !== 'client' && client[f] !== '').map((f) => (
            <div key={f}>
              <dt>{t(fieldLabelKey(f))}</dt>
              <dd>{FIELDS[f].parser === 'httpsLink' ? <a href={client[f]} rel="noopener noreferrer" target="_blank">{client[f]}</a> : <bdi>{client[f]}</bdi>}</dd>
            </div>
          ))}
          {NUMBER_FIELDS.map((f) => client[f] !== null && (<div key={f}><dt>{t(fieldLabelKey(f))}</dt><dd>{number.format(client[f]!)}</dd></div>))}
          {DATE_FIELDS.map((f) => client[f] !== null && (
            <div key={f}>
              <dt>{t(fieldLabelKey(f))}</dt>
              <dd>{longDate.format(new Date(`${isoFromDay(client[f]!)}T00:00:00Z`))}{t('ui.parenthesized', { text: relative.format(client[f]! - asOfDay, 'day') })}</dd>
            </div>
          ))}
          <div><dt>{t('detail.rows')}</dt><dd>{client.rows}</dd></div>
        </dl>
        <h3>{t('detail.history')}</h3>
        {deadlineDay !== null && deadlineDay !== undefined && (
          <p className="reminder">
            {t('ui.labelled', { label: t('detail.deadline') })}{longDate.format(new Date(`${isoFromDay(deadlineDay)}T00:00:00Z`))}{' '}
            <ReminderButton client={client.client} clientKey={clientKey} day={deadlineDay} admin={client.adminName} />
          </p>
        )}
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
        <CallForm clientKey={clientKey} asOfDay={asOfDay} heading />
        <form onSubmit={saveNote} className="log-form">
          <div className="field wide"><label htmlFor={`${id}-note`}>{t('detail.note')}</label><textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} /></div>
          <button type="submit" data-testid="add-note">{t('detail.addNote')}</button>
        </form>
      </section>
    </div>
  );
}
