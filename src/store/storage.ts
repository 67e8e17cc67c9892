/**
 * IndexedDB behind zustand's `persist`, merging instead of overwriting: each
 * write takes a Web Lock, reads what is stored, merges its state into it
 * (src/lib/state/merge.ts) and writes the result, so two tabs add their log
 * entries rather than replace each other's. It never writes into app state:
 * it reports through callbacks and the store decides.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { get, set, del } from 'idb-keyval';
import { STATE_VERSION, migratePersisted, sanitizePersisted, type PersistedState } from '../lib/state/persisted';
import { mergePersisted, sameState } from '../lib/state/merge';
import { saveErrorOf, type SaveError } from '../lib/state/import-storage';

export interface StorageEvents {
  /** A write failed: nothing of it is stored. */
  onError: (error: SaveError) => void;
  /** A write succeeded; `merged` is true when the stored state held entries this tab did not. */
  onSaved: (merged: boolean) => void;
}

/** Runs fn under a lock shared by every tab of this origin (alone where Web Locks are missing). */
function locked<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? (locks.request(name, fn) as Promise<T>) : fn();
}

/** A stored value of any version, as the current persisted state (older versions migrated). */
export function readStored(value: unknown): PersistedState | null {
  // Version 1 stored JSON text; version 2 stores the object itself.
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { state, version } = parsed as { state?: unknown; version?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > STATE_VERSION) return sanitizePersisted(state);
  return migratePersisted(state, version);
}

export function mergingStorage(events: StorageEvents): PersistStorage<PersistedState> {
  return {
    getItem: async (name) => {
      const state = readStored(await get(name));
      return state ? { state, version: STATE_VERSION } : null;
    },
    setItem: (name, value: StorageValue<PersistedState>) =>
      locked(`${name}:write`, async () => {
        try {
          const stored = readStored(await get(name));
          const merged = stored ? mergePersisted(stored, value.state) : value.state;
          await set(name, { state: merged, version: STATE_VERSION });
          events.onSaved(!sameState(merged, value.state));
        } catch (error) {
          events.onError(saveErrorOf(error));
        }
      }),
    removeItem: (name) => del(name),
  };
}
