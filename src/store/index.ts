/**
 * The tracker's stores. `useTracker` holds what the page shows now (the
 * import on screen, filters, search, panels, progress, errors): it is never
 * persisted, so typing in the search box writes nothing. `useSaved`
 * (saved.ts) holds what the rep records and is persisted.
 */
import { create } from 'zustand';
import { createSessionSlice, type SessionSlice } from './slices/session';
import { storageEvents } from './saved';

export type TrackerState = SessionSlice;

export const useTracker = create<TrackerState>()((...a) => ({ ...createSessionSlice(...a) }));

export { useSaved, persistedPart, STORE_NAME } from './saved';

// A failed write of the log is shown until the rep acts; a success never clears it.
storageEvents.onError = (error) => useTracker.setState((s) => ({ saveErrors: { ...s.saveErrors, log: error } }));
storageEvents.onPending = (pending) => useTracker.setState({ savingLog: pending });
