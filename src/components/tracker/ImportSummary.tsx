/** Rows, clients, merged and skipped rows of the import, and the rows to check. */
import { useTracker } from '../../store';
import { excerpt } from '../../lib/csv/issues';
import { useEnv } from './context';

export function ImportSummary() {
  const { t } = useEnv();
  const loaded = useTracker((s) => s.loaded);
  if (!loaded) return null;
  const { summary, issues, fileName, detection } = loaded;
  const delimiterName = detection ? { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' }[detection.delimiter] : null;
  return (
    <section className="summary" data-testid="import-summary" data-rows={summary.rows} data-clients={summary.clients} data-merged={summary.merged} data-skipped={summary.skipped} aria-label={t('summary.title')}>
      <p className="summary-file">
        <strong>{t('summary.file', { file: fileName })}</strong>
        {detection && delimiterName && <span className="muted"> · {t('tracker.detected', { encoding: detection.encoding.toUpperCase(), delimiter: t(`delimiter.${delimiterName}`) })}</span>}
      </p>
      <ul className="summary-figures">
        <li>{t('summary.rows', { count: summary.rows })}</li>
        <li>{t('summary.clients', { count: summary.clients })}</li>
        {summary.merged > 0 && <li>{t('summary.merged', { count: summary.merged })}</li>}
        {summary.skipped > 0 && <li>{t('summary.skipped', { count: summary.skipped })}</li>}
      </ul>
      {issues.length > 0 && (
        <details className="issues">
          <summary>{t('summary.issues', { count: issues.length })}</summary>
          <ul>
            {issues.map((issue, i) => (
              <li key={i}>{t(`issue.${issue.code}`, { line: issue.line, value: excerpt(issue.value ?? ''), field: issue.field ? t(`field.${issue.field}`, { defaultValue: issue.field }) : '' })}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
