/**
 * The tracker's one store: slices combined, `persist` applied once on the
 * combined store. Only small state is persisted here (settings, mappings, the
 * outreach log) through IndexedDB; the import itself is stored by the worker.
 * `skipHydration`: the island calls `rehydrate()` in an effect so its first
 * render matches the static HTML.
 */
import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { del, get, set } from 'idb-keyval';
import { createSettingsSlice, type SettingsSlice } from './slices/settings';
import { createMappingsSlice, type MappingsSlice } from './slices/mappings';
import { createOutreachSlice, type OutreachSlice } from './slices/outreach';
import { createSessionSlice, type SessionSlice } from './slices/session';
import { STATE_VERSION, migratePersisted, type PersistedState } from './persisted';

export type TrackerState = SettingsSlice & MappingsSlice & OutreachSlice & SessionSlice;

export const STORE_NAME = 'adoption-playbook-tracker';

/** IndexedDB behind zustand's storage API; a failed write is reported, never swallowed. */
function idbStorage(onError: (error: unknown) => void): StateStorage {
  return {
    getItem: async (name) => (await get<string>(name)) ?? null,
    setItem: async (name, value) => {
      try {
        await set(name, value);
        useTracker.getState().storageError && useTracker.setState({ storageError: null });
      } catch (error) {
        onError(error);
      }
    },
    removeItem: (name) => del(name),
  };
}

export function persistedPart(s: TrackerState): PersistedState {
  return { settings: s.settings, mappings: s.mappings, lastHeaderKey: s.lastHeaderKey, log: s.log };
}

export const useTracker = create<TrackerState>()(
  persist(
    (...a) => ({
      ...createSettingsSlice(...a),
      ...createMappingsSlice(...a),
      ...createOutreachSlice(...a),
      ...createSessionSlice(...a),
    }),
    {
      name: STORE_NAME,
      version: STATE_VERSION,
      storage: createJSONStorage(() =>
        idbStorage((error) => {
          const message = error instanceof Error ? error.message : String(error);
          // Setting the error persists again; the guard stops a failing store from looping.
          if (useTracker.getState().storageError !== message) useTracker.setState({ storageError: message });
        }),
      ),
      partialize: persistedPart,
      migrate: (persisted, version) => migratePersisted(persisted, version),
      merge: (persisted, current) => ({ ...current, ...migratePersisted(persisted, STATE_VERSION) }),
      skipHydration: true,
    },
  ),
);
