/**
 * Keeps the tracker's tabs in step (tracker.md §5): a tab that stored its
 * log or a new import says so on a BroadcastChannel, and every other tab
 * reads it back (the log merges into theirs; the import replaces the one on
 * screen). Started once by the island.
 */
import { storageEvents, useSaved, STORE_NAME } from './saved';

type SyncMessage = { type: 'saved' } | { type: 'import' };

let channel: BroadcastChannel | null = null;

function refreshSaved() {
  void useSaved.persist.rehydrate();
}

/** Tells the other tabs that this one stored a new import. */
export function announceImport() {
  channel?.postMessage({ type: 'import' } satisfies SyncMessage);
}

/** Listens to the other tabs; `onImport` shows the import another tab stored. */
export function startSync(onImport: () => void) {
  if (channel || typeof BroadcastChannel === 'undefined') return;
  channel = new BroadcastChannel(`${STORE_NAME}:sync`);
  channel.onmessage = (event: MessageEvent<SyncMessage>) => {
    if (event.data?.type === 'saved') refreshSaved();
    else if (event.data?.type === 'import') onImport();
  };
  storageEvents.onSaved = (merged) => {
    channel?.postMessage({ type: 'saved' } satisfies SyncMessage);
    // The stored log held another tab's entries: show them here too.
    if (merged) refreshSaved();
  };
}
