/** Choosing a file (input, drop, sample), the encoding override and the as-of date. */
import { useId, useState, type DragEvent } from 'react';
import { ENCODINGS, type Encoding } from '../../lib/csv/types';
import { useTracker } from '../../store';
import { importFile, loadSample } from '../../store/importer';
import { useEnv } from './context';
import { useAsOf } from './asOf';

/**
 * After "Load sample data", focus goes to the import summary (else it drops to
 * the page body when the button is disabled during the import). The summary
 * renders a frame or two after the import lands: wait for it, briefly.
 */
function focusSummary(tries = 30): void {
  const summary = document.querySelector<HTMLElement>('[data-testid="import-summary"]');
  if (summary) summary.focus();
  else if (tries > 0) requestAnimationFrame(() => focusSummary(tries - 1));
}

export function ImportPanel() {
  const { t, sampleUrl, tag } = useEnv();
  const id = useId();
  const [encoding, setEncoding] = useState<Encoding | ''>('');
  const [dragging, setDragging] = useState(false);
  const status = useTracker((s) => s.status);
  const progress = useTracker((s) => s.progress);
  const readingFile = useTracker((s) => s.readingFile);
  const asOf = useAsOf();
  const busy = status === 'reading' || status === 'building';

  const open = (file: File | undefined) => {
    if (file) void importFile(file, file.name, encoding || null);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    // Like the file button, dropping waits for the current import to finish.
    if (busy) return;
    open(event.dataTransfer.files[0]);
  };

  return (
    <section className={`import-panel card${dragging ? ' dragging' : ''}`} onDragOver={(e) => { e.preventDefault(); setDragging(true); }} onDragLeave={() => setDragging(false)} onDrop={onDrop} aria-busy={busy}>
      <div className="import-row">
        <div className="field file-field">
          <span className="field-title" id={`${id}-file-title`}>{t('tracker.file')}</span>
          {/* The native control is kept (keyboard, screen readers, tests) but
              drawn as a localized button: its own text follows the browser's
              language, not the page's. */}
          <input
            id={`${id}-file`}
            className="file-input"
            type="file"
            data-testid="csv-file"
            accept=".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values"
            disabled={busy}
            aria-describedby={`${id}-file-title ${id}-file-drop`}
            onChange={(e) => { open(e.target.files?.[0]); e.target.value = ''; }}
          />
          <label htmlFor={`${id}-file`} className="button primary file-button">{t('tracker.choose')}</label>
          <span id={`${id}-file-drop`} className="muted small">{t('tracker.drop')}</span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-enc`}>{t('tracker.encoding')}</label>
          <select id={`${id}-enc`} value={encoding} onChange={(e) => setEncoding(e.target.value as Encoding | '')}>
            <option value="">{t('tracker.encoding.auto')}</option>
            {ENCODINGS.map((e) => <option key={e} value={e}>{e.toUpperCase()}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-asof`}>{t('tracker.asOf')}</label>
          <input
            id={`${id}-asof`}
            type="date"
            data-testid="as-of-date"
            value={asOf.iso}
            onChange={(e) => asOf.choose(e.target.value)}
            aria-describedby={`${id}-asof-hint`}
          />
          <span id={`${id}-asof-hint`} className="muted small">{t('tracker.asOfHint')}</span>
          <label className="small">
            <input type="checkbox" data-testid="pin-as-of" checked={asOf.pinned} onChange={(e) => asOf.pin(e.target.checked)} /> {t('tracker.asOfPin')}
          </label>
        </div>
        <div className="field">
          <button type="button" data-testid="load-sample" disabled={busy} onClick={() => void loadSample(sampleUrl).then(() => { if (useTracker.getState().status === 'ready') focusSummary(); })}>{t('tracker.sample')}</button>
        </div>
      </div>
      {!asOf.isToday && (
        <p className="as-of-banner" data-testid="as-of-banner" role="status">
          {t('tracker.asOfBanner', { date: new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${asOf.iso}T00:00:00Z`)) })}{' '}
          <button type="button" data-testid="as-of-today" onClick={asOf.today}>{t('tracker.asOfToday')}</button>
        </p>
      )}
      {busy && (
        <div className="progress" role="status">
          <span>{progress !== null && progress > 0 ? t('tracker.progress', { file: readingFile, percent: Math.round(progress * 100) }) : t('tracker.reading', { file: readingFile })}</span>
          <progress max={1} value={progress ?? undefined} />
        </div>
      )}
    </section>
  );
}
