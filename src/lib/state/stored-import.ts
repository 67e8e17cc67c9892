/**
 * The import as the worker keeps it in IndexedDB: the raw table with the
 * mapping it is shown with, written in one transaction with its snapshot and
 * comparison (tracker.md §5: an import is committed as one unit or not at
 * all). Versioned like the page's persisted state, and read back through a
 * validator, never a bare cast.
 */
import type { Detection } from '../csv/types';
import { isRecord, sanitizeMapping, type SavedMapping } from './persisted';

/** 2: the mapping is stored with the import. 1 (no `version` field): raw table only. */
export const STORED_IMPORT_VERSION = 2;

export interface StoredImport {
  version: typeof STORED_IMPORT_VERSION;
  fileName: string;
  headers: string[];
  rows: string[][];
  detection: Detection | null;
  /** null only for an import stored by version 1: the page supplies the remembered mapping. */
  saved: SavedMapping | null;
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * The stored import, migrated to the current version, or null when the value
 * is missing or not an import (a restore then shows nothing and says so).
 * readStoredImport({ fileName: 'a.csv', headers: ['Client'], rows: [['Acme']], detection: null })
 *   → { version: 2, …, saved: null }
 */
export function readStoredImport(value: unknown): StoredImport | null {
  if (!isRecord(value) || typeof value['fileName'] !== 'string' || !isStringArray(value['headers']) || !Array.isArray(value['rows'])) return null;
  // Rows are checked on their shape only: a full check of 200,000 rows would cost the restore its speed.
  const rows = value['rows'] as unknown[];
  if (rows.length > 0 && !isStringArray(rows[0])) return null;
  const detection = isRecord(value['detection']) ? (value['detection'] as unknown as Detection) : null;
  const base = { version: STORED_IMPORT_VERSION, fileName: value['fileName'], headers: value['headers'], rows: rows as string[][], detection } as const;
  if (value['version'] === undefined) return { ...base, saved: null };
  if (value['version'] !== STORED_IMPORT_VERSION) return null;
  const saved = value['saved'];
  if (!isRecord(saved) || typeof saved['dayFirst'] !== 'boolean' || (saved['decimal'] !== ',' && saved['decimal'] !== '.')) return null;
  return { ...base, saved: { mapping: sanitizeMapping(saved['mapping']), dayFirst: saved['dayFirst'], decimal: saved['decimal'] } };
}
