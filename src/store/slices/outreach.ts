import type { StateCreator } from 'zustand';
import type { TemplateId } from '../../lib/content/ids';
import type { Locale } from '../../i18n/locales';
import type { CallOutcome, LogEntry } from '../../lib/state/persisted';
import type { SavedState } from '../saved';

export interface OutreachSlice {
  /** Outreach log by client key; the newest entry last. */
  log: Record<string, LogEntry[]>;
  logEmails: (keys: readonly string[], email: { day: number; template: TemplateId; deadlineDay: number | null; locale: Locale }) => void;
  logCall: (key: string, call: { day: number; outcome: CallOutcome; note: string; deadlineDay: number | null }) => void;
  addNote: (key: string, note: { day: number; text: string }) => void;
  removeEntry: (key: string, id: string) => void;
}

let counter = 0;
/** Unique across tabs (their logs merge by id): time, a random part, a counter. */
const tabId = Math.random().toString(36).slice(2, 8);
const newId = () => `${Date.now().toString(36)}-${tabId}-${(counter++).toString(36)}`;

/** Client keys are file text: read and write them as own properties only. */
const entriesOf = (log: Record<string, LogEntry[]>, key: string): LogEntry[] => (Object.hasOwn(log, key) ? log[key]! : []);
const withEntries = (log: Record<string, LogEntry[]>, key: string, entries: LogEntry[]) =>
  Object.defineProperty(log, key, { value: entries, enumerable: true, writable: true, configurable: true });

function append(log: Record<string, LogEntry[]>, key: string, entry: LogEntry): Record<string, LogEntry[]> {
  return withEntries({ ...log }, key, [...entriesOf(log, key), entry]);
}

export const createOutreachSlice: StateCreator<SavedState, [], [], OutreachSlice> = (set) => ({
  log: {},
  logEmails: (keys, email) =>
    set((s) => {
      const log = { ...s.log };
      for (const key of keys) withEntries(log, key, [...entriesOf(log, key), { id: newId(), kind: 'email', ...email }]);
      return { log };
    }),
  logCall: (key, call) => set((s) => ({ log: append(s.log, key, { id: newId(), kind: 'call', ...call }) })),
  addNote: (key, note) => set((s) => ({ log: append(s.log, key, { id: newId(), kind: 'note', ...note }) })),
  removeEntry: (key, id) =>
    set((s) => {
      const kept = entriesOf(s.log, key).filter((e) => e.id !== id);
      const log = { ...s.log };
      if (kept.length > 0) withEntries(log, key, kept);
      else delete log[key];
      // Remembered, so a merge with another tab's copy does not bring it back.
      return { log, removed: [...s.removed, id] };
    }),
});
