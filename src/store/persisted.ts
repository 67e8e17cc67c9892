/**
 * What the tracker keeps across reloads (besides the import itself, which the
 * worker stores), its version, and the checks applied to anything read back:
 * IndexedDB content from an older version, or a state file a rep imports.
 * Pure: no zustand, no storage, so it is unit-tested directly.
 */
import { TEMPLATE_IDS, type TemplateId } from '../lib/content/ids';
import { FIELD_IDS, type Mapping } from '../lib/tracker/fields';
import { LOCALES, type Locale } from '../i18n/locales';

export const STATE_VERSION = 1;
export const STATE_FILE_KIND = 'adoption-playbook/tracker-state';

export const CALL_OUTCOMES = ['reached', 'activated', 'voicemail', 'noAnswer', 'declined'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/** One outreach action; days are epoch days (UTC). */
export type LogEntry =
  | { id: string; kind: 'email'; day: number; template: TemplateId; deadlineDay: number | null; locale: Locale }
  | { id: string; kind: 'call'; day: number; outcome: CallOutcome; note: string }
  | { id: string; kind: 'note'; day: number; text: string };

export interface SavedMapping {
  mapping: Mapping;
  dayFirst: boolean;
  decimal: ',' | '.';
}

export interface Settings {
  repName: string;
  bookingLink: string;
  deadlineDays: number;
  /** ISO date the rep chose, or null for "today". */
  asOf: string | null;
}

export interface PersistedState {
  settings: Settings;
  /** Remembered mappings, by header-set key. */
  mappings: Record<string, SavedMapping>;
  /** Header-set key of the last import, to rebuild it after a reload. */
  lastHeaderKey: string | null;
  /** Outreach log by client key. */
  log: Record<string, LogEntry[]>;
}

export const DEFAULT_SETTINGS: Settings = { repName: '', bookingLink: '', deadlineDays: 7, asOf: null };

export function emptyPersisted(): PersistedState {
  return { settings: { ...DEFAULT_SETTINGS }, mappings: {}, lastHeaderKey: null, log: {} };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDay = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 1e7;
const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);

function sanitizeEntry(v: unknown): LogEntry | null {
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
      return { ...base, kind: 'call', outcome: v['outcome'] as CallOutcome, note: str(v['note']) };
    case 'note':
      return { ...base, kind: 'note', text: str(v['text']) };
    default:
      return null;
  }
}

function sanitizeMapping(v: unknown): Mapping {
  const out: Mapping = {};
  if (!isRecord(v)) return out;
  for (const field of FIELD_IDS) if (typeof v[field] === 'string') out[field] = v[field] as string;
  return out;
}

/**
 * Keeps what is valid of an unknown value, drops the rest: never throws.
 * sanitizePersisted({ log: { k: [{ id: '1', kind: 'note', day: 1, text: 'x' }, 42] } }).log → { k: [note] }
 */
export function sanitizePersisted(value: unknown): PersistedState {
  const state = emptyPersisted();
  if (!isRecord(value)) return state;
  const s = value['settings'];
  if (isRecord(s)) {
    state.settings = {
      repName: str(s['repName']),
      bookingLink: str(s['bookingLink']),
      deadlineDays: typeof s['deadlineDays'] === 'number' && s['deadlineDays'] >= 0 && s['deadlineDays'] <= 365 ? Math.round(s['deadlineDays']) : DEFAULT_SETTINGS.deadlineDays,
      asOf: typeof s['asOf'] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s['asOf']) ? s['asOf'] : null,
    };
  }
  const mappings = value['mappings'];
  if (isRecord(mappings)) {
    for (const [key, m] of Object.entries(mappings)) {
      if (!isRecord(m)) continue;
      state.mappings[key] = { mapping: sanitizeMapping(m['mapping']), dayFirst: m['dayFirst'] === true, decimal: m['decimal'] === ',' ? ',' : '.' };
    }
  }
  state.lastHeaderKey = typeof value['lastHeaderKey'] === 'string' ? value['lastHeaderKey'] : null;
  const log = value['log'];
  if (isRecord(log)) {
    for (const [key, entries] of Object.entries(log)) {
      if (!Array.isArray(entries)) continue;
      const kept = entries.map(sanitizeEntry).filter((e): e is LogEntry => e !== null);
      if (kept.length > 0) state.log[key] = kept;
    }
  }
  return state;
}

/**
 * Brings a persisted state of any earlier version to the current shape.
 * Each version bump adds a step here; version 1 is the first released shape,
 * so older or unknown versions are sanitized field by field.
 */
export function migratePersisted(value: unknown, version: number): PersistedState {
  const steps: Record<number, (v: unknown) => unknown> = {};
  let current = value;
  for (let v = version; v < STATE_VERSION; v++) current = steps[v]?.(current) ?? current;
  return sanitizePersisted(current);
}

/** The exported state file: persisted state plus the last import's raw table. */
export interface StateFile {
  kind: typeof STATE_FILE_KIND;
  version: number;
  exportedAt: string;
  state: PersistedState;
  data: { fileName: string; headers: string[]; rows: string[][] } | null;
}

/**
 * Reads a state file a rep chose; null when it is not one (the caller says so and changes nothing).
 * parseStateFile('{"kind":"other"}') → null
 */
export function parseStateFile(text: string): { state: PersistedState; data: StateFile['data'] } | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(value) || value['kind'] !== STATE_FILE_KIND || typeof value['version'] !== 'number') return null;
  if (value['version'] > STATE_VERSION) return null;
  const state = migratePersisted(value['state'], value['version']);
  const d = value['data'];
  let data: StateFile['data'] = null;
  if (isRecord(d) && Array.isArray(d['headers']) && Array.isArray(d['rows'])) {
    const headers = d['headers'].filter((h): h is string => typeof h === 'string');
    const rows = d['rows'].filter((r): r is unknown[] => Array.isArray(r)).map((r) => r.map((c) => (typeof c === 'string' ? c : String(c ?? ''))));
    data = { fileName: str(d['fileName'], 'import.csv'), headers, rows };
  }
  return { state, data };
}
