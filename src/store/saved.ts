/**
 * What the rep records, persisted: settings, remembered mappings and the
 * outreach log. A store of its own, so that session state (search, filters,
 * panels) never causes a write; `persist` is applied once here, with a
 * version and a migration. Writes merge with what other tabs stored
 * (storage.ts) and other tabs refresh (sync.ts). `skipHydration`: the island
 * calls `rehydrate()` in an effect so its first render matches its HTML.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createSettingsSlice, type SettingsSlice } from './slices/settings';
import { createMappingsSlice, type MappingsSlice } from './slices/mappings';
import { createOutreachSlice, type OutreachSlice } from './slices/outreach';
import { STATE_VERSION, emptyPersisted, migratePersisted, sanitizePersisted, type PersistedState } from '../lib/state/persisted';
import { mergePersisted } from '../lib/state/merge';
import { mergingStorage, type StorageEvents } from './storage';

export type SavedState = SettingsSlice &
  MappingsSlice &
  OutreachSlice & {
    removed: string[];
    epoch: number;
    settingsAt: number;
    /** Replaces everything at once (a state file, "clear"): a new epoch, so no tab's older copy merges back. */
    replaceAll: (state: PersistedState) => void;
  };

export const STORE_NAME = 'adoption-playbook-tracker';

export function persistedPart(s: PersistedState): PersistedState {
  return { settings: s.settings, settingsAt: s.settingsAt, mappings: s.mappings, log: s.log, removed: s.removed, epoch: s.epoch };
}

/** Set by the session store: where storage outcomes are reported (no import cycle). */
export const storageEvents: StorageEvents = { onError: () => {}, onSaved: () => {}, onPending: () => {} };

export const useSaved = create<SavedState>()(
  persist<SavedState, [], [], PersistedState>(
    (...a) => ({
      ...createSettingsSlice(...a),
      ...createMappingsSlice(...a),
      ...createOutreachSlice(...a),
      removed: [],
      epoch: 0,
      settingsAt: 0,
      // Dated now: the newest replace wins a merge, whatever epoch the new state carried.
      replaceAll: (state) => a[0]({ ...persistedPart(sanitizePersisted(state)), epoch: Date.now() }),
    }),
    {
      name: STORE_NAME,
      version: STATE_VERSION,
      storage: mergingStorage({ onError: (e) => storageEvents.onError(e), onSaved: (m) => storageEvents.onSaved(m), onPending: (p) => storageEvents.onPending(p) }),
      partialize: persistedPart,
      migrate: (persisted, version) => migratePersisted(persisted, version),
      // Hydration (first load, or another tab wrote): what is stored merges with what this tab holds.
      merge: (stored, current) => ({ ...current, ...mergePersisted(sanitizePersisted(stored ?? emptyPersisted()), persistedPart(current)) }),
      skipHydration: true,
    },
  ),
);
