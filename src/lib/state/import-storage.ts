/**
 * The worker's storage: the import, its snapshot, the previous snapshot and
 * the comparison, written in one IndexedDB transaction so that a reload at
 * any moment finds either the previous import or the new one, whole. Takes
 * the key-value functions it needs, so it is unit-tested with a fake store.
 */
import type { ImportChanges, Snapshot } from '../tracker/diff';
import { readStoredImport, type StoredImport } from './stored-import';

/** The few idb-keyval functions used (each runs in one transaction). */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  setMany(entries: [string, unknown][]): Promise<void>;
  delMany(keys: string[]): Promise<void>;
}

export const KEYS = {
  import: 'tracker:import',
  snapshot: 'tracker:snapshot',
  previous: 'tracker:previous-snapshot',
  changes: 'tracker:changes',
} as const;

/** What one import commits. `previous` undefined: keep the stored one (a re-mapping of the same file). */
export interface ImportCommit {
  stored: StoredImport;
  snapshot: Snapshot;
  previous: Snapshot | null | undefined;
  changes: ImportChanges | null;
}

/** One storage error shape for the page: quota (the disk is full) or anything else. */
export interface SaveError {
  code: 'quota' | 'unknown';
  detail: string;
}

/** saveErrorOf(new DOMException('x', 'QuotaExceededError')) → { code: 'quota', detail: 'QuotaExceededError: x' } */
export function saveErrorOf(error: unknown): SaveError {
  const named = error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? (error as Error) : null;
  const name = named?.name ?? '';
  const message = named?.message ?? String(error);
  return { code: name === 'QuotaExceededError' ? 'quota' : 'unknown', detail: name ? `${name}: ${message}` : message };
}

/**
 * Writes an import as one unit; resolves to null when it is stored, else the
 * error (nothing of it is stored then: the transaction is all or nothing).
 */
export async function commitImport(kv: KeyValueStore, commit: ImportCommit): Promise<SaveError | null> {
  const entries: [string, unknown][] = [
    [KEYS.import, commit.stored],
    [KEYS.snapshot, commit.snapshot],
    [KEYS.changes, commit.changes],
  ];
  // null: the new import has no previous one; it is written as such, in the same transaction.
  if (commit.previous !== undefined) entries.push([KEYS.previous, commit.previous]);
  try {
    await kv.setMany(entries);
    return null;
  } catch (error) {
    return saveErrorOf(error);
  }
}

/** The stored import, validated and migrated; null when there is none or it is unreadable. */
export async function loadImport(kv: KeyValueStore): Promise<{ stored: StoredImport; changes: ImportChanges | null } | null> {
  const stored = readStoredImport(await kv.get(KEYS.import).catch(() => undefined));
  if (!stored) return null;
  const changes = (await kv.get<ImportChanges | null>(KEYS.changes).catch(() => null)) ?? null;
  return { stored, changes };
}

/** The snapshot a new import is compared with: the last one for a new file, the previous one for a re-mapping. */
export async function baselineSnapshot(kv: KeyValueStore, isNewFile: boolean): Promise<Snapshot | null> {
  return (await kv.get<Snapshot>(isNewFile ? KEYS.snapshot : KEYS.previous).catch(() => undefined)) ?? null;
}

export async function clearImport(kv: KeyValueStore): Promise<void> {
  await kv.delMany(Object.values(KEYS));
}
