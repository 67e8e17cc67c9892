/** Everything shown once an import is loaded. */
import { useDeferredValue } from 'react';
import { useTracker } from '../../store';
import { editMapping } from '../../store/importer';
import { useEnv } from './context';
import { useDerived } from './useDerived';
import { ImportSummary } from './ImportSummary';
import { ChangesPanel } from './ChangesPanel';
import { BucketCounts } from './BucketCounts';
import { ClientList } from './ClientList';
import { Composer } from './Composer';
import { ClientDetail } from './ClientDetail';
import { LogCallDialog } from './LogCall';
import { CallSheet } from './CallSheet';
import { PrintList } from './PrintList';
import { usePrinting } from './usePrinting';

export function Workspace() {
  const { t } = useEnv();
  const derived = useDerived();
  // The summary and counts render at once; the list of (up to 200,000) clients
  // renders in a background pass React can interrupt, so the page never
  // freezes while a big import lands. It starts empty on first mount.
  const listed = useDeferredValue(derived, null);
  const composer = useTracker((s) => s.composer);
  const detailKey = useTracker((s) => s.detailKey);
  const callKey = useTracker((s) => s.callKey);
  const callSheet = useTracker((s) => s.callSheet);
  // A plain print of the page prints the list; the call sheet prints itself when open, and an open
  // composer prints its previewed email (tracker.css), so the list's print version is not made then.
  const printing = usePrinting();
  if (!derived) return null;
  return (
    <div className="workspace">
      <div className="workspace-head">
        <ImportSummary />
        <button type="button" data-testid="edit-mapping" onClick={editMapping}>{t('mapping.edit')}</button>
      </div>
      <ChangesPanel derived={derived} />
      <BucketCounts derived={derived} />
      {listed ? (
        <ClientList derived={listed} />
      ) : (
        <p className="muted" role="status">{t('table.preparing')}</p>
      )}
      {/* Rows of another import mean nothing: a composer left open by a new import closes. */}
      {composer?.table === derived.table && <Composer rows={composer.rows} derived={derived} />}
      {detailKey && <ClientDetail clientKey={detailKey} derived={derived} />}
      {callSheet && <CallSheet derived={derived} />}
      {printing && !callSheet && !composer && <PrintList derived={derived} />}
      {callKey && <LogCallDialog key={callKey} clientKey={callKey} derived={derived} />}
    </div>
  );
}
