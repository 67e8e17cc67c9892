/** Rows, clients, merged and skipped rows of the import, and the rows to check. */
import { useTracker } from '../../store';
import { excerpt } from '../../lib/csv/issues';
import { useEnv } from './context';
import { missingFields } from '../../lib/mapping/match';
import { fieldLabelKey } from '../../lib/tracker/registry';

export function ImportSummary() {
  const { t } = useEnv();
  const loaded = useTracker((s) => s.loaded);
  if (!loaded) return null;
  const lacking = missingFields(loaded.table.mapped);
  const { summary, issues, fileName, detection } = loaded;
  const delimiterName = detection ? { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' }[detection.delimiter] : null;
  return (
    <section className="summary" data-testid="import-summary" data-rows={summary.rows} data-clients={summary.clients} data-merged={summary.merged} data-skipped={summary.skipped} aria-labelledby="summary-title" tabIndex={-1}>
      {/* "Load sample data" moves focus here (tabIndex -1): the heading is what a screen reader says then. */}
      <h2 id="summary-title" className="summary-title">{t('summary.title')}</h2>
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
      <div className="missing-fields" data-testid="missing-fields" data-fields={lacking.join(',')}>
        {lacking.length > 0 && (
          <details>
            <summary>{t('summary.missing')} {lacking.map((f) => t(fieldLabelKey(f))).join(', ')}</summary>
            <ul>
              {lacking.map((f) => (
                <li key={f} data-field={f}>{t('summary.missingItem', { field: t(fieldLabelKey(f)), effect: t(`summary.off.${f}`) })}</li>
              ))}
            </ul>
          </details>
        )}
      </div>
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
