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
  /** True while a write is waiting or under way (closing the tab then would lose it), false once done. */
  onPending: (pending: boolean) => void;
}

/** Runs fn under a lock shared by every tab of this origin (alone where Web Locks are missing). */
function locked<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? (locks.request(name, fn) as Promise<T>) : fn();
}

/** A stored value of any version, as the current persisted state (older versions migrated). */
export function readStored(value: unknown): PersistedState | null {
  // Version 1 stored JSON text; version 2 stores the object itself.
  const parsed: unknown = typeof value === 'string' ? safeJson(value) : value;
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { state, version } = parsed as { state?: unknown; version?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > STATE_VERSION) return sanitizePersisted(state);
  return migratePersisted(state, version);
}

/**
 * The storage for `persist`. Writes are coalesced: while one is under way,
 * further states only replace the one waiting, so a burst of clicks costs two
 * writes, not one each (each is a read, a merge and a write of the whole
 * log), and the window in which a closed tab loses entries stays short.
 */
export function mergingStorage(events: StorageEvents): PersistStorage<PersistedState> {
  let waiting: { name: string; state: PersistedState; done: Promise<void>; resolve: () => void } | null = null;
  let running: Promise<void> | null = null;

  async function write(name: string, state: PersistedState) {
    await locked(`${name}:write`, async () => {
      try {
        const raw: unknown = await get(name);
        if (storedVersion(raw) > STATE_VERSION) throw new Error('stored by a newer version of the tracker: reload the page');
        const stored = readStored(raw);
        const merged = stored ? mergePersisted(stored, state) : state;
        await set(name, { state: merged, version: STATE_VERSION });
        events.onSaved(!sameState(merged, state));
      } catch (error) {
        events.onError(saveErrorOf(error));
      }
    });
  }

  async function drain() {
    while (waiting) {
      const next = waiting;
      waiting = null;
      await write(next.name, next.state);
      next.resolve();
    }
    running = null;
    events.onPending(false);
  }

  return {
    getItem: async (name) => {
      const state = readStored(await get(name));
      return state ? { state, version: STATE_VERSION } : null;
    },
    setItem: (name, value: StorageValue<PersistedState>) => {
      if (waiting) waiting.state = value.state;
      else {
        let resolve = () => {};
        const done = new Promise<void>((r) => (resolve = r));
        waiting = { name, state: value.state, done, resolve };
      }
      const { done } = waiting;
      if (!running) {
        events.onPending(true);
        running = drain();
      }
      return done;
    },
    removeItem: (name) => del(name),
  };
}

/** The version a stored value was written with (0 when unreadable). */
function storedVersion(value: unknown): number {
  const parsed: unknown = typeof value === 'string' ? safeJson(value) : value;
  const version = typeof parsed === 'object' && parsed !== null ? (parsed as { version?: unknown }).version : undefined;
  return typeof version === 'number' ? version : 0;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
