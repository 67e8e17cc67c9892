/**
 * How two copies of the persisted state become one (tracker.md §5: two tabs
 * never overwrite each other's log). Every write of a tab merges its state
 * with what is stored; every tab that hears of a write merges the stored
 * state into its own. The merge is commutative for the log: entries are
 * added, never replaced; a deleted entry stays deleted.
 */
import type { LogEntry, PersistedState } from './persisted';

/**
 * One state from two: the log as the union of both (by entry id, in day
 * order, deletions from either applied), mappings from both (`mine` wins a
 * header set both remember), the settings changed last. A newer epoch (the
 * state was replaced by a state file or cleared) wins whole.
 * mergePersisted({ log: { k: [a] } }, { log: { k: [b] } }).log → { k: [a, b] }
 */
export function mergePersisted(stored: PersistedState, mine: PersistedState): PersistedState {
  if (stored.epoch !== mine.epoch) return stored.epoch > mine.epoch ? stored : mine;
  const removed = [...new Set([...stored.removed, ...mine.removed])];
  const gone = new Set(removed);
  const log: Record<string, LogEntry[]> = {};
  const keys = new Set([...Object.keys(stored.log), ...Object.keys(mine.log)]);
  for (const key of keys) {
    const byId = new Map<string, LogEntry>();
    for (const entry of [...(Object.hasOwn(stored.log, key) ? stored.log[key]! : []), ...(Object.hasOwn(mine.log, key) ? mine.log[key]! : [])]) {
      if (!gone.has(entry.id) && !byId.has(entry.id)) byId.set(entry.id, entry);
    }
    // Stable: entries of one day keep the order they were logged in.
    const entries = [...byId.values()].sort((x, y) => x.day - y.day);
    if (entries.length > 0) Object.defineProperty(log, key, { value: entries, enumerable: true, writable: true, configurable: true });
  }
  const mappings = { ...stored.mappings };
  for (const [key, saved] of Object.entries(mine.mappings)) Object.defineProperty(mappings, key, { value: saved, enumerable: true, writable: true, configurable: true });
  const newerSettings = mine.settingsAt >= stored.settingsAt ? mine : stored;
  return { settings: newerSettings.settings, settingsAt: newerSettings.settingsAt, mappings, log, removed, epoch: mine.epoch };
}

/** True when two states hold the same log entries, settings and mappings (cheap enough for a write). */
export function sameState(a: PersistedState, b: PersistedState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
