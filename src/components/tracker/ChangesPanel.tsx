/**
 * Since the previous import: who activated, who passed the deadline without
 * activating (the call list), deployment moves.
 */
import { useTracker } from '../../store';
import { useEnv } from './context';
import type { Derived } from './useDerived';

export function ChangesPanel({ derived }: { derived: Derived }) {
  const { t, callScriptUrl } = useEnv();
  const changes = useTracker((s) => s.loaded?.changes ?? null);
  const patch = useTracker((s) => s.patchSession);
  const activated = changes?.activated ?? [];
  const moves = changes?.deploymentMoves ?? [];
  const { overdue } = derived;
  const nothing = activated.length === 0 && moves.length === 0 && overdue.length === 0;
  return (
    <section className="changes card" data-testid="changes" data-activated={activated.length} data-overdue={overdue.length} aria-labelledby="changes-title">
      <h2 id="changes-title">{t('changes.title')}</h2>
      {changes === null ? (
        <p className="muted">{t('changes.comparing')}</p>
      ) : changes.first ? (
        <p className="muted" data-first-import="true">{t('changes.first')}</p>
      ) : (
        nothing && <p className="muted">{t('changes.none')}</p>
      )}
      {overdue.length > 0 && (
        <div className="changes-group overdue">
          <h3>{t('changes.overdue', { count: overdue.length })}</h3>
          <p><a href={callScriptUrl}>{t('changes.callScript')}</a></p>
          <ul className="chips">
            {overdue.slice(0, 200).map((c) => (
              <li key={c.key}><button type="button" className="link" onClick={() => patch({ detailKey: c.key })}>{c.client}</button></li>
            ))}
          </ul>
        </div>
      )}
      {activated.length > 0 && (
        <div className="changes-group">
          <h3>{t('changes.activated', { count: activated.length })}</h3>
          <ul className="chips">{activated.slice(0, 200).map((c) => <li key={c.key}>{c.client}</li>)}</ul>
        </div>
      )}
      {moves.length > 0 && (
        <details className="changes-group">
          <summary>{t('changes.moves', { count: moves.length })}</summary>
          <ul>
            {moves.slice(0, 500).map((m) => (
              <li key={m.key}>{t('changes.move', { client: m.client, from: t(`bucket.deployment.${m.from}`), to: t(`bucket.deployment.${m.to}`) })}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
