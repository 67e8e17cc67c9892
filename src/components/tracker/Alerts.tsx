/**
 * Errors as one role="alert" region: file problems, storage failures, and
 * text lost or garbled while reading the file on screen (tracker.md §5),
 * each with its counts, localized.
 */
import { useTracker } from '../../store';
import { canReread, rereadLast, retrySave } from '../../store/importer';
import { downloadState } from './StatePanel';
import { MAX_CELL_CHARS, type ReadWarning } from '../../lib/csv/types';
import { useEnv } from './context';

export function Alerts() {
  const { t } = useEnv();
  // State-file faults are shown in the state panel, next to its button.
  const error = useTracker((s) => (s.error?.key.startsWith('error.stateFile') ? null : s.error));
  const saveErrors = useTracker((s) => s.saveErrors);
  const failed = (['log', 'import'] as const).filter((what) => saveErrors[what] !== null);
  const hasData = useTracker((s) => s.loaded !== null);
  const detection = useTracker((s) => s.loaded?.detection ?? null);
  const busy = useTracker((s) => s.status === 'reading' || s.status === 'building');
  const warnings: readonly ReadWarning[] = detection?.warnings ?? [];
  if (!error && failed.length === 0 && warnings.length === 0) return null;
  const message = (w: ReadWarning) => {
    const params = { row: w.row, count: w.count };
    if (w.code === 'replacementChars') {
      const reason = t(`tracker.warning.reason.${detection?.reason ?? 'validUtf8'}`);
      return t('tracker.warning.replacementChars', { ...params, encoding: (detection?.encoding ?? '').toUpperCase(), reason });
    }
    if (w.code === 'longCells') return t('tracker.warning.longCells', { ...params, max: MAX_CELL_CHARS });
    return t(`tracker.warning.${w.code}`, params);
  };
  const swallowed = warnings.some((w) => w.code === 'swallowedLines');
  return (
    <div role="alert" className="tracker-alert" data-testid="tracker-alert">
      {error && (
        <p>
          {t(error.key, error.params ?? {})}
          {hasData && error.key.startsWith('error.') && error.key !== 'error.noClientColumn' && error.key !== 'error.emptyClientColumn' && error.key !== 'error.unreadableColumns' && error.key !== 'error.unknown' && ` ${t('error.kept')}`}
        </p>
      )}
      {failed.length > 0 && (
        <>
          {failed.map((what) => {
            const e = saveErrors[what]!;
            return <p key={what}>{t(e.code === 'quota' ? `error.storage.${what}.quota` : `error.storage.${what}`, { detail: e.detail })}</p>;
          })}
          {/* The error stays until the rep acts: a copy outside the browser, or another try. */}
          <div className="actions">
            <button type="button" onClick={() => void downloadState()}>{t('error.storage.export')}</button>
            <button type="button" onClick={() => void retrySave()}>{t('error.storage.retry')}</button>
          </div>
        </>
      )}
      {warnings.map((w, i) => (
        <p key={i} data-warning={w.code} data-row={w.row} data-count={w.count}>{message(w)}</p>
      ))}
      {swallowed && canReread() && (
        <p>
          <button type="button" data-testid="load-literal-quotes" disabled={busy} onClick={() => void rereadLast({ literalQuotes: true })}>{t('tracker.warning.loadLiteral')}</button>
        </p>
      )}
    </div>
  );
}
