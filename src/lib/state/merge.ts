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
  if (stored.epoch !== mine.epoch) {
    // The newer epoch wins whole, but an entry the other copy logged after that replace is kept.
    const [newer, older] = stored.epoch > mine.epoch ? [stored, mine] : [mine, stored];
    const later = entriesSince(older, newer.epoch);
    return later.length === 0 ? newer : unite(newer, { ...newer, log: Object.fromEntries(later), removed: [] }, newer.epoch);
  }
  return unite(stored, mine, mine.epoch);
}

/** Milliseconds an entry was logged at, read from its id (see newId in the outreach slice); 0 if unknown. */
export function loggedAt(id: string): number {
  const time = Number.parseInt(id.split('-')[0] ?? '', 36);
  return Number.isFinite(time) ? time : 0;
}

/** The log entries of a state logged at or after a time, by client key. */
function entriesSince(state: PersistedState, time: number): [string, LogEntry[]][] {
  const out: [string, LogEntry[]][] = [];
  for (const [key, entries] of Object.entries(state.log)) {
    const kept = entries.filter((e) => loggedAt(e.id) >= time && !state.removed.includes(e.id));
    if (kept.length > 0) out.push([key, kept]);
  }
  return out;
}

/** Both logs as one, deletions from either applied; mappings from both; the settings changed last. */
function unite(stored: PersistedState, mine: PersistedState, epoch: number): PersistedState {
  const removed = [...new Set([...stored.removed, ...mine.removed])];
  const gone = new Set(removed);
  const log: Record<string, LogEntry[]> = {};
  const keys = new Set([...Object.keys(stored.log), ...Object.keys(mine.log)]);
  for (const key of keys) {
    const byId = new Map<string, LogEntry>();
    for (const entry of [...(Object.hasOwn(stored.log, key) ? stored.log[key]! : []), ...(Object.hasOwn(mine.log, key) ? mine.log[key]! : [])]) {
      if (!gone.has(entry.id) && !byId.has(entry.id)) byId.set(entry.id, entry);
    }
    // Entries of one day keep the order they were logged in, read from their ids: the order the
    // two copies are joined in would let an earlier request from another tab outrank a later one.
    const entries = [...byId.values()].sort((x, y) => x.day - y.day || loggedAt(x.id) - loggedAt(y.id));
    if (entries.length > 0) Object.defineProperty(log, key, { value: entries, enumerable: true, writable: true, configurable: true });
  }
  const mappings = { ...stored.mappings };
  for (const [key, saved] of Object.entries(mine.mappings)) Object.defineProperty(mappings, key, { value: saved, enumerable: true, writable: true, configurable: true });
  const newerSettings = mine.settingsAt >= stored.settingsAt ? mine : stored;
  return { settings: newerSettings.settings, settingsAt: newerSettings.settingsAt, mappings, log, removed, epoch };
}

const entryCount = (s: PersistedState) => Object.values(s.log).reduce((n, list) => n + list.length, 0);

/**
 * True when a merge result holds nothing the tab's own state lacked. A merge
 * only adds entries, deletions and mappings, or takes newer settings or a
 * newer epoch, so counts and stamps tell it without serializing a large log
 * on every write.
 */
export function sameState(merged: PersistedState, mine: PersistedState): boolean {
  return (
    merged.epoch === mine.epoch &&
    merged.settingsAt === mine.settingsAt &&
    merged.removed.length === mine.removed.length &&
    Object.keys(merged.mappings).length === Object.keys(mine.mappings).length &&
    entryCount(merged) === entryCount(mine)
  );
}
