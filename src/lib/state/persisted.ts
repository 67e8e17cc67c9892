/**
 * What the tracker keeps across reloads (besides the import itself, which the
 * worker stores with its mapping), its version, and the lenient reading of
 * what comes back from IndexedDB (state files are validated strictly in
 * state-file.ts). Pure: no zustand, no storage, so it is unit-tested directly.
 */
import { TEMPLATE_IDS, type TemplateId } from '../content/ids';
import { FIELD_IDS, type Mapping } from '../tracker/fields';
import { LOCALES, type Locale } from '../../i18n/locales';

/**
 * 2: the import's mapping moved into the worker's stored import (one
 * transaction), `lastHeaderKey` left; `removed`, `settingsAt` and `epoch`
 * let tabs merge their writes instead of overwriting each other.
 * 3: a call may give the client a new deadline (`deadlineDay` on calls).
 */
export const STATE_VERSION = 3;
export const STATE_FILE_KIND = 'adoption-playbook/tracker-state';

export const CALL_OUTCOMES = ['reached', 'activated', 'voicemail', 'noAnswer', 'declined'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/** One outreach action; days are epoch days (UTC). */
export type LogEntry =
  | { id: string; kind: 'email'; day: number; template: TemplateId; deadlineDay: number | null; locale: Locale }
  /** deadlineDay: a new deadline agreed during the call (it supersedes the email's), or null. */
  | { id: string; kind: 'call'; day: number; outcome: CallOutcome; note: string; deadlineDay: number | null }
  | { id: string; kind: 'note'; day: number; text: string };

export interface SavedMapping {
  mapping: Mapping;
  dayFirst: boolean;
  decimal: ',' | '.';
}

export interface Settings {
  repName: string;
  /** The rep's company: emails name it (Japanese ones open with 「{repCompany}の{repName}です」). */
  repCompany: string;
  repPhone: string;
  bookingLink: string;
  deadlineDays: number;
  /** ISO date the rep chose, or null for "today". */
  asOf: string | null;
}

export interface PersistedState {
  settings: Settings;
  /** When the settings last changed (ms): the newer settings win a merge between tabs. */
  settingsAt: number;
  /** Remembered mappings, by header-set key. */
  mappings: Record<string, SavedMapping>;
  /** Outreach log by client key. */
  log: Record<string, LogEntry[]>;
  /** Ids of log entries the rep deleted, so a merge with another tab does not bring them back. */
  removed: string[];
  /**
   * When the whole state was last replaced (state file, "clear"), in ms; 0 if
   * never. A merge keeps the newer epoch whole: a replaced log is not
   * re-filled by a tab that still holds the old one.
   */
  epoch: number;
}

export const DEFAULT_SETTINGS: Settings = { repName: '', repCompany: '', repPhone: '', bookingLink: '', deadlineDays: 7, asOf: null };

export function emptyPersisted(): PersistedState {
  return { settings: { ...DEFAULT_SETTINGS }, settingsAt: 0, mappings: {}, log: {}, removed: [], epoch: 0 };
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDay = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 1e7;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
/** Own keys only: a key read from a file ("__proto__", "constructor") never reaches the prototype. */
const own = (v: Record<string, unknown>, key: string): unknown => (Object.hasOwn(v, key) ? v[key] : undefined);

/** A log entry as stored, or null when any part of it is not. */
export function sanitizeEntry(v: unknown): LogEntry | null {
  if (!isRecord(v) || typeof v['id'] !== 'string' || !isDay(v['day'])) return null;
  const base = { id: v['id'], day: v['day'] };
  switch (v['kind']) {
    case 'email':
      if (!(TEMPLATE_IDS as readonly unknown[]).includes(v['template'])) return null;
      return {
        ...base,
        kind: 'email',
        template: v['template'] as TemplateId,
        deadlineDay: isDay(v['deadlineDay']) ? v['deadlineDay'] : null,
        locale: (LOCALES as readonly unknown[]).includes(v['locale']) ? (v['locale'] as Locale) : 'en',
      };
    case 'call':
      if (!(CALL_OUTCOMES as readonly unknown[]).includes(v['outcome'])) return null;
      return { ...base, kind: 'call', outcome: v['outcome'] as CallOutcome, note: str(v['note']), deadlineDay: isDay(v['deadlineDay']) ? v['deadlineDay'] : null };
    case 'note':
      return { ...base, kind: 'note', text: str(v['text']) };
    default:
      return null;
  }
}

export function sanitizeMapping(v: unknown): Mapping {
  const out: Mapping = {};
  if (!isRecord(v)) return out;
  for (const field of FIELD_IDS) {
    const header = own(v, field);
    if (typeof header === 'string') out[field] = header;
  }
  return out;
}

/** Settings as stored, each value bounded and typed (a wrong one falls back to its default). */
export function sanitizeSettings(s: Record<string, unknown>): Settings {
  const days = own(s, 'deadlineDays');
  const asOf = own(s, 'asOf');
  return {
    repName: str(own(s, 'repName')),
    repCompany: str(own(s, 'repCompany')),
    repPhone: str(own(s, 'repPhone')),
    bookingLink: str(own(s, 'bookingLink')),
    deadlineDays: typeof days === 'number' && days >= 0 && days <= 365 ? Math.round(days) : DEFAULT_SETTINGS.deadlineDays,
    asOf: typeof asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : null,
  };
}

/**
 * Keeps what is valid of an unknown value, drops the rest: never throws.
 * sanitizePersisted({ log: { k: [{ id: '1', kind: 'note', day: 1, text: 'x' }, 42] } }).log → { k: [note] }
 */
export function sanitizePersisted(value: unknown): PersistedState {
  const state = emptyPersisted();
  if (!isRecord(value)) return state;
  const s = own(value, 'settings');
  if (isRecord(s)) state.settings = sanitizeSettings(s);
  const settingsAt = own(value, 'settingsAt');
  if (isTime(settingsAt)) state.settingsAt = settingsAt;
  const mappings = own(value, 'mappings');
  if (isRecord(mappings)) {
    for (const [key, m] of Object.entries(mappings)) {
      if (!isRecord(m)) continue;
      // defineProperty: a header-set key is file text and may read "__proto__".
      Object.defineProperty(state.mappings, key, { value: { mapping: sanitizeMapping(own(m, 'mapping')), dayFirst: own(m, 'dayFirst') === true, decimal: own(m, 'decimal') === ',' ? ',' : '.' }, enumerable: true, writable: true, configurable: true });
    }
  }
  const log = own(value, 'log');
  if (isRecord(log)) {
    for (const [key, entries] of Object.entries(log)) {
      if (!Array.isArray(entries)) continue;
      const kept = entries.map(sanitizeEntry).filter((e): e is LogEntry => e !== null);
      if (kept.length > 0) Object.defineProperty(state.log, key, { value: kept, enumerable: true, writable: true, configurable: true });
    }
  }
  const removed = own(value, 'removed');
  if (Array.isArray(removed)) state.removed = removed.filter((id): id is string => typeof id === 'string');
  const epoch = own(value, 'epoch');
  if (isTime(epoch)) state.epoch = epoch;
  return state;
}

/**
 * Brings a persisted state of an earlier version to the current shape, then
 * sanitizes it. The version must be an integer from 1 to STATE_VERSION (the
 * callers check; a state file's version is validated in state-file.ts).
 * 1 → 2: `lastHeaderKey` is dropped (the worker stores the import's mapping
 * with the import); the other fields are new and start empty.
 * 2 → 3: calls, which gave no deadline, get `deadlineDay: null`.
 * migratePersisted({ lastHeaderKey: 'k', log: {} }, 1) → { …, removed: [], epoch: 0 }
 */
export function migratePersisted(value: unknown, version: number): PersistedState {
  const steps: Record<number, (v: unknown) => unknown> = {
    1: (v) => {
      if (!isRecord(v)) return v;
      const { lastHeaderKey: _dropped, ...rest } = v;
      return rest;
    },
    2: (v) => {
      if (!isRecord(v) || !isRecord(v['log'])) return v;
      const log: Record<string, unknown> = {};
      for (const [key, entries] of Object.entries(v['log'])) {
        const updated = Array.isArray(entries) ? entries.map((e: unknown) => (isRecord(e) && e['kind'] === 'call' ? { ...e, deadlineDay: null } : e)) : entries;
        // defineProperty: client keys are file text and may read "__proto__".
        Object.defineProperty(log, key, { value: updated, enumerable: true, writable: true, configurable: true });
      }
      return { ...v, log };
    },
  };
  let current = value;
  // Bounded by construction: a version outside 1…STATE_VERSION runs no step.
  const from = Number.isInteger(version) && version >= 1 ? version : STATE_VERSION;
  for (let v = from; v < STATE_VERSION; v++) current = steps[v]?.(current) ?? current;
  return sanitizePersisted(current);
}
