/** Errors as one role="alert" region: file problems and storage failures, localized. */
import { useTracker } from '../../store';
import { retrySave } from '../../store/importer';
import { downloadState } from './StatePanel';
import { useEnv } from './context';

export function Alerts() {
  const { t } = useEnv();
  const error = useTracker((s) => s.error);
  const storageError = useTracker((s) => s.storageError);
  const hasData = useTracker((s) => s.loaded !== null);
  if (!error && !storageError) return null;
  return (
    <div role="alert" className="tracker-alert">
      {error && (
        <p>
          {t(error.key, error.params ?? {})}
          {hasData && error.key.startsWith('error.') && error.key !== 'error.noClientColumn' && error.key !== 'error.unknown' && !error.key.startsWith('error.stateFile') && ` ${t('error.kept')}`}
        </p>
      )}
      {storageError && (
        <>
          <p>{t(storageError.code === 'quota' ? `error.storage.${storageError.what}.quota` : `error.storage.${storageError.what}`, { detail: storageError.detail })}</p>
          {/* The error stays until the rep acts: a copy outside the browser, or another try. */}
          <div className="actions">
            <button type="button" onClick={() => void downloadState()}>{t('error.storage.export')}</button>
            <button type="button" onClick={() => void retrySave()}>{t('error.storage.retry')}</button>
          </div>
        </>
      )}
    </div>
  );
}
