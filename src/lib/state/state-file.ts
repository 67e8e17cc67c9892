/**
 * The exported tracker state file (tracker.md §5), validated completely
 * before anything changes: kind, an integer version from 1 to the current
 * one, every part of the state and of the data. Nothing is sanitized here:
 * a part that is not what this tracker wrote refuses the whole file, with a
 * code and the part's path, so the rep is told and keeps what they have.
 */
import { LOCALES } from '../../i18n/locales';
import {
  STATE_FILE_KIND,
  STATE_VERSION,
  isRecord,
  migratePersisted,
  sanitizeEntry,
  sanitizeMapping,
  sanitizeSettings,
  type PersistedState,
  type SavedMapping,
} from './persisted';

/** The largest state file read: a 256 MB export written as JSON text, with room. */
export const MAX_STATE_FILE_BYTES = 512 * 1024 * 1024;

export interface StateData {
  fileName: string;
  headers: string[];
  rows: string[][];
  /** The mapping the table was shown with (version 1 files: the mapping of their `lastHeaderKey`). */
  mapping: SavedMapping | null;
}

/** The file as written by exportState. */
export interface StateFile {
  kind: typeof STATE_FILE_KIND;
  version: number;
  exportedAt: string;
  state: PersistedState;
  data: StateData | null;
}

export type StateFileError =
  /** Not JSON, or not a tracker state file at all. */
  | { code: 'notState' }
  /** Written by a newer version of the tracker. */
  | { code: 'newer'; version: number }
  /** A tracker state file with a part that is not valid; `path` names it. */
  | { code: 'invalid'; path: string }
  | { code: 'tooLarge' };

export type StateFileResult = { ok: true; state: PersistedState; data: StateData | null; entries: number } | ({ ok: false } & StateFileError);

const fail = (error: StateFileError): StateFileResult => ({ ok: false, ...error });
const invalid = (path: string) => fail({ code: 'invalid', path });
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * True when sanitizing the entry changes nothing: every field present, of its
 * type, in range. Files before version 3 wrote calls without a deadline: one
 * there was not written by that tracker.
 */
function isExactEntry(value: unknown, version: number): value is { id: string } {
  let entry = value;
  if (version < 3 && isRecord(value) && value['kind'] === 'call') {
    if ('deadlineDay' in value) return false;
    entry = { ...value, deadlineDay: null };
  }
  const clean = sanitizeEntry(entry);
  if (!clean || !isRecord(entry)) return false;
  if (clean.kind === 'email' && !(LOCALES as readonly unknown[]).includes(entry['locale'])) return false;
  return Object.entries(clean).every(([field, value]) => Object.hasOwn(entry, field) && entry[field] === value);
}

/** Path of the first part of a state of a version from 1 to STATE_VERSION that is not valid, or null. */
function invalidPart(state: Record<string, unknown>, version: number): string | null {
  const { settings, mappings, log } = state;
  if (!isRecord(settings)) return 'state.settings';
  const clean = sanitizeSettings(settings);
  for (const key of ['repName', 'bookingLink', 'deadlineDays'] as const) if (clean[key] !== settings[key]) return `state.settings.${key}`;
  // Added in version 2: absent from older files, text when present.
  for (const key of ['repCompany', 'repPhone'] as const) if (key in settings && typeof settings[key] !== 'string') return `state.settings.${key}`;
  if (settings['asOf'] !== null && clean.asOf !== settings['asOf']) return 'state.settings.asOf';
  if (!isRecord(mappings)) return 'state.mappings';
  for (const [key, m] of Object.entries(mappings)) {
    if (!isRecord(m) || !isRecord(m['mapping']) || typeof m['dayFirst'] !== 'boolean' || (m['decimal'] !== ',' && m['decimal'] !== '.')) return `state.mappings[${JSON.stringify(key)}]`;
    if (Object.keys(sanitizeMapping(m['mapping'])).length !== Object.keys(m['mapping']).length) return `state.mappings[${JSON.stringify(key)}].mapping`;
  }
  if (!isRecord(log)) return 'state.log';
  const ids = new Set<string>();
  for (const [key, entries] of Object.entries(log)) {
    // Client keys are `id:…` or `name:…` (tracker/table.ts): anything else was not written by the tracker.
    if (!Array.isArray(entries) || !/^(id|name):/.test(key)) return `state.log[${JSON.stringify(key)}]`;
    for (let i = 0; i < entries.length; i++) {
      const entry: unknown = entries[i];
      // Every value must already be what the tracker writes: nothing is coerced (a deadline "20784" is not a day).
      if (!isExactEntry(entry, version) || ids.has(entry.id)) return `state.log[${JSON.stringify(key)}][${i}]`;
      ids.add(entry.id);
    }
  }
  if ('removed' in state && !isStringArray(state['removed'])) return 'state.removed';
  return null;
}

function readSaved(m: unknown): SavedMapping | null | 'invalid' {
  if (m === null || m === undefined) return null;
  if (!isRecord(m) || !isRecord(m['mapping']) || typeof m['dayFirst'] !== 'boolean' || (m['decimal'] !== ',' && m['decimal'] !== '.')) return 'invalid';
  return { mapping: sanitizeMapping(m['mapping']), dayFirst: m['dayFirst'], decimal: m['decimal'] };
}

function readData(d: unknown, state: Record<string, unknown>): StateData | null | 'invalid' {
  if (d === null || d === undefined) return null;
  if (!isRecord(d) || typeof d['fileName'] !== 'string' || !isStringArray(d['headers']) || !Array.isArray(d['rows'])) return 'invalid';
  const rows = d['rows'];
  for (const row of rows) if (!isStringArray(row)) return 'invalid';
  // Version 1 kept the mapping of the last import under its header-set key.
  const lastKey = state['lastHeaderKey'];
  const legacy = typeof lastKey === 'string' && isRecord(state['mappings']) && Object.hasOwn(state['mappings'], lastKey) ? state['mappings'][lastKey] : null;
  const mapping = readSaved(Object.hasOwn(d, 'mapping') ? d['mapping'] : legacy);
  if (mapping === 'invalid') return 'invalid';
  return { fileName: d['fileName'], headers: d['headers'], rows: rows as string[][], mapping };
}

/**
 * Validates a state file's text; on success the state is migrated to the
 * current version, with a fresh epoch so it replaces the stored one whole.
 * readStateFile('{"kind":"adoption-playbook/tracker-state","version":1}') → { ok: false, code: 'invalid', path: 'state' }
 */
export function readStateFile(text: string, now = Date.now()): StateFileResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail({ code: 'notState' });
  }
  if (!isRecord(value) || value['kind'] !== STATE_FILE_KIND) return fail({ code: 'notState' });
  const version = value['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return invalid('version');
  if (version > STATE_VERSION) return fail({ code: 'newer', version });
  const state = value['state'];
  if (!isRecord(state)) return invalid('state');
  const bad = invalidPart(state, version);
  if (bad) return invalid(bad);
  const data = readData(value['data'], state);
  if (data === 'invalid') return invalid('data');
  const migrated = migratePersisted(state, version);
  const entries = Object.values(migrated.log).reduce((n, list) => n + list.length, 0);
    // Dated now, whatever the file says: a file's epoch from a fast clock would outrank every later clear.
  return { ok: true, state: { ...migrated, epoch: now, settingsAt: now }, data, entries };
}
