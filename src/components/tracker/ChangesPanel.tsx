/**
 * Since the previous import: who activated, who passed the deadline without
 * activating (the call list), deployment moves. Each group is a count with a
 * "show in list" button that filters the list to it, and at most a few names
 * (all of them on request): 2,000 re-imported clients must not push the
 * buckets a screen down.
 */
import { useState, type ReactNode } from 'react';
import { useTracker } from '../../store';
import type { Message } from '../../store/slices/session';
import { useEnv } from './context';
import type { Derived } from './useDerived';
import { revealList } from './useVisible';

/** Names shown before "show all". */
const FEW = 20;

export function ChangesPanel({ derived }: { derived: Derived }) {
  const { t, callScriptUrl } = useEnv();
  const changes = useTracker((s) => s.loaded?.changes ?? null);
  const patch = useTracker((s) => s.patchSession);
  const callListOn = useTracker((s) => s.overdue);
  const keysFilter = useTracker((s) => s.keysFilter);
  const activated = changes?.activated ?? [];
  const moves = changes?.deploymentMoves ?? [];
  const { overdue } = derived;
  const nothing = activated.length === 0 && moves.length === 0 && overdue.length === 0;
  // Only these clients on the list: the other filters and the search would hide some of them.
  const showKeys = (label: Message, items: readonly { key: string }[]) => {
    revealList();
    patch({ filters: {}, search: '', overdue: false, keysFilter: { label, keys: new Set(items.map((c) => c.key)) } });
  };
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
          <div className="changes-head">
            <h3>{t('changes.overdue', { count: overdue.length })}</h3>
            <button
              type="button"
              data-filter="overdue"
              aria-pressed={callListOn}
              onClick={() => {
                // Like the bar's toggle, the call list combines with the bucket filters and the search (AND);
                // it replaces this panel's other "show in list" set (clients who activated are never on it).
                if (callListOn) patch({ overdue: false });
                else {
                  revealList();
                  patch({ overdue: true, keysFilter: null });
                }
              }}
            >
              {t('table.filter.showInList')}
            </button>
            <a href={callScriptUrl}>{t('changes.callScript')}</a>
          </div>
          <Names items={overdue} render={(c) => <button type="button" className="link" onClick={() => patch({ detailKey: c.key })}>{c.client}</button>} />
        </div>
      )}
      {activated.length > 0 && (
        <div className="changes-group">
          <div className="changes-head">
            <h3>{t('changes.activated', { count: activated.length })}</h3>
            <ShowButton which="activated" label={{ key: 'table.filter.activated', params: { count: activated.length } }} active={keysFilter} onShow={(label) => showKeys(label, activated)} />
          </div>
          <Names items={activated} render={(c) => c.client} />
        </div>
      )}
      {moves.length > 0 && (
        <div className="changes-group">
          <div className="changes-head">
            <h3>{t('changes.moves', { count: moves.length })}</h3>
            <ShowButton which="moves" label={{ key: 'table.filter.moves', params: { count: moves.length } }} active={keysFilter} onShow={(label) => showKeys(label, moves)} />
          </div>
          {/* Each move is a sentence, not a name: folded by default. */}
          <details>
            <summary>{t('table.filter.seeMoves')}</summary>
            <Names
              items={moves}
              render={(m) => t('changes.move', { client: m.client, from: t(`bucket.deployment.${m.from}`), to: t(`bucket.deployment.${m.to}`) })}
            />
          </details>
        </div>
      )}
    </section>
  );
}

/** "Show in list" for a set of clients; pressed while the list shows that set. */
function ShowButton({ which, label, active, onShow }: { which: string; label: Message; active: { label: Message } | null; onShow: (label: Message) => void }) {
  const { t } = useEnv();
  const patch = useTracker((s) => s.patchSession);
  const pressed = active?.label.key === label.key;
  return (
    <button type="button" data-show={which} aria-pressed={pressed} onClick={() => (pressed ? patch({ keysFilter: null }) : onShow(label))}>
      {t('table.filter.showInList')}
    </button>
  );
}

/** The first names of a group as chips; all of them, in a short scrolling box, on request. */
function Names<T extends { key: string }>({ items, render }: { items: readonly T[]; render: (item: T) => ReactNode }) {
  const { t } = useEnv();
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, FEW);
  return (
    <>
      <ul className={`chips${all ? ' chips-all' : ''}`}>
        {shown.map((item) => <li key={item.key}>{render(item)}</li>)}
      </ul>
      {items.length > FEW && (
        <button type="button" className="link" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('table.filter.showFewer') : t('table.filter.showAll', { count: items.length })}
        </button>
      )}
    </>
  );
}
