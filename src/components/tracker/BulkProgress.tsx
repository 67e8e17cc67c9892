/** Progress of a bulk output running in the bulk worker, with Cancel; then how it ended if it did not download. */
import { cancelBulk, useBulk, type BulkKind } from '../../store/bulk';
import { useEnv } from './context';

/** Shown next to the button that started a job of `kind`: the list bar and the composer each show their own. */
export function BulkProgress({ kind }: { kind: BulkKind }) {
  const { t } = useEnv();
  const job = useBulk((s) => (s.job?.kind === kind ? s.job : null));
  const outcome = useBulk((s) => (s.outcome?.job === kind ? s.outcome : null));
  if (job) {
    return (
      <div className="bulk-progress" role="status" data-testid="bulk-progress">
        <span>{t(`bulk.${job.kind}`)}</span>{' '}
        <progress max={Math.max(1, job.total)} value={job.done} />{' '}
        <span className="muted small">{t('bulk.progress', { done: job.done, total: job.total })}</span>{' '}
        <button type="button" data-testid="bulk-cancel" onClick={cancelBulk}>{t('bulk.cancel')}</button>
      </div>
    );
  }
  if (!outcome) return null;
  return (
    <p className="muted small" role="status" data-testid="bulk-outcome" data-outcome={outcome.kind}>
      {outcome.kind === 'failed' ? t('bulk.failed', { detail: outcome.detail }) : t(`bulk.${outcome.kind}`)}
    </p>
  );
}
