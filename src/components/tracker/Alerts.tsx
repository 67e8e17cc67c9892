/** Errors as one role="alert" region: file problems and storage failures, localized. */
import { useTracker } from '../../store';
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
          {hasData && error.key.startsWith('error.') && error.key !== 'error.noClientColumn' && error.key !== 'error.unknown' && ` ${t('error.kept')}`}
        </p>
      )}
      {storageError && <p>{t('error.storage', { detail: storageError })}</p>}
    </div>
  );
}
