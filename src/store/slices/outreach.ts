import type { StateCreator } from 'zustand';
import type { TemplateId } from '../../lib/content/ids';
import type { Locale } from '../../i18n/locales';
import type { CallOutcome, LogEntry } from '../persisted';
import type { TrackerState } from '../index';

export interface OutreachSlice {
  /** Outreach log by client key; the newest entry last. */
  log: Record<string, LogEntry[]>;
  logEmails: (keys: readonly string[], email: { day: number; template: TemplateId; deadlineDay: number | null; locale: Locale }) => void;
  logCall: (key: string, call: { day: number; outcome: CallOutcome; note: string }) => void;
  addNote: (key: string, note: { day: number; text: string }) => void;
  removeEntry: (key: string, id: string) => void;
}

let counter = 0;
/** Unique enough within one browser: time + counter. */
const newId = () => `${Date.now().toString(36)}-${(counter++).toString(36)}`;

function append(log: Record<string, LogEntry[]>, key: string, entry: LogEntry): Record<string, LogEntry[]> {
  return { ...log, [key]: [...(log[key] ?? []), entry] };
}

export const createOutreachSlice: StateCreator<TrackerState, [], [], OutreachSlice> = (set) => ({
  log: {},
  logEmails: (keys, email) =>
    set((s) => {
      const log = { ...s.log };
      for (const key of keys) log[key] = [...(log[key] ?? []), { id: newId(), kind: 'email', ...email }];
      return { log };
    }),
  logCall: (key, call) => set((s) => ({ log: append(s.log, key, { id: newId(), kind: 'call', ...call }) })),
  addNote: (key, note) => set((s) => ({ log: append(s.log, key, { id: newId(), kind: 'note', ...note }) })),
  removeEntry: (key, id) =>
    set((s) => {
      const kept = (s.log[key] ?? []).filter((e) => e.id !== id);
      const log = { ...s.log };
      if (kept.length > 0) log[key] = kept;
      else delete log[key];
      return { log };
    }),
});
