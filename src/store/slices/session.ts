import type { StateCreator } from 'zustand';
import type { Detection, RowIssue } from '../../lib/csv/types';
import type { Mapping } from '../../lib/tracker/fields';
import type { ClientTable, ImportSummary } from '../../lib/tracker/table';
import type { ImportChanges } from '../../lib/tracker/diff';
import type { BucketColumns, BucketCounts, Dimension } from '../../lib/tracker/buckets';
import type { SaveError } from '../../lib/state/import-storage';
import type { TrackerState } from '../index';

export type ImportStatus = 'idle' | 'reading' | 'mapping' | 'building' | 'ready';
export type { SortColumn } from '../../lib/tracker/registry';
export type { ListFilters } from '../../lib/tracker/view';
import type { ListFilters } from '../../lib/tracker/view';
import type { SortColumn } from '../../lib/tracker/registry';

/** A localized message: a dictionary key and its values. */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

export interface LoadedImport {
  fileName: string;
  /** The mapping the table is shown with (the worker stored it with the import): names the source columns. */
  mapping: Mapping;
  table: ClientTable;
  summary: ImportSummary;
  issues: RowIssue[];
  /** null until the worker's comparison with the previous import arrives (just after the table). */
  changes: ImportChanges | null;
  detection: Detection | null;
  /** Alphabetical rank of each client; null until the worker sends it (file order meanwhile). */
  rank: Uint32Array | null;
  /** Bucket codes the worker computed with the table, valid for that as-of day only. */
  buckets: { asOfDay: number; columns: BucketColumns; counts: BucketCounts } | null;
}

/** What the page shows now: not persisted (the import lives in the worker's storage). */
export interface SessionSlice {
  hydrated: boolean;
  status: ImportStatus;
  progress: number | null;
  readingFile: string;
  error: Message | null;
  /**
   * Saves that failed, one slot each: the log (the page's own store) and the
   * import (the worker's). Each stays until the rep acts (retry, export): a
   * later successful write of the other does not clear it.
   */
  saveErrors: { log: SaveError | null; import: SaveError | null };
  /** True from 'built' until the worker confirms the import is stored. */
  saving: boolean;
  /** True while a write of the log or settings waits or runs: closing the tab then asks first. */
  savingLog: boolean;
  /** A state file read and valid, waiting for the rep to confirm it may replace a non-empty log. */
  stateConfirm: { entries: number; incoming: number; clients: number } | null;
  /** Headers of the file being mapped (the pending one, or the loaded one when editing). */
  headers: string[];
  draft: { mapping: Mapping; dayFirst: boolean; decimal: ',' | '.'; askDateOrder: boolean } | null;
  loaded: LoadedImport | null;
  /** The list's filters: at most one bucket per dimension; dimensions combine with AND. */
  filters: ListFilters;
  /** The call list: only clients whose activation deadline passed (combines with the filters). */
  overdue: boolean;
  /**
   * A set of clients the changes panel put on the list ("show in list": who
   * activated, whose deployment moved), named by its label; never in the URL.
   */
  keysFilter: { label: Message; keys: ReadonlySet<string> } | null;
  search: string;
  sort: { column: SortColumn; descending: boolean };
  /**
   * The bulk or single email being written: rows of `table` (the list's, or
   * one client's). Rows, not keys: mapping 1,000,000 keys back to rows took
   * the page 400 ms when the composer opened.
   */
  composer: { table: ClientTable; rows: Int32Array } | null;
  detailKey: string | null;
  /** The client whose "Log call" dialog is open (from a list row or the call sheet). */
  callKey: string | null;
  /** True while the call sheet (the list laid out for printing) is open. */
  callSheet: boolean;
  patchSession: (patch: Partial<Omit<SessionSlice, 'patchSession' | 'toggleFilter' | 'clearFilters'>>) => void;
  /** Filters on a bucket, or clears it when it is the dimension's filter already; another dimension's filter stays. */
  toggleFilter: (dimension: Dimension, bucket: string) => void;
  clearFilters: () => void;
}

/** The filters after a click on a bucket: toggleFilters({ usage: 'low' }, 'usage', 'low') → {} */
export function toggleFilters(filters: ListFilters, dimension: Dimension, bucket: string): ListFilters {
  const next: ListFilters = { ...filters };
  if (next[dimension] === bucket) delete next[dimension];
  else next[dimension] = bucket;
  return next;
}

export const createSessionSlice: StateCreator<TrackerState, [], [], SessionSlice> = (set) => ({
  hydrated: false,
  status: 'idle',
  progress: null,
  readingFile: '',
  error: null,
  saveErrors: { log: null, import: null },
  saving: false,
  savingLog: false,
  stateConfirm: null,
  headers: [],
  draft: null,
  loaded: null,
  filters: {},
  overdue: false,
  keysFilter: null,
  search: '',
  sort: { column: 'client', descending: false },
  composer: null,
  detailKey: null,
  callKey: null,
  callSheet: false,
  patchSession: (patch) => set(patch),
  toggleFilter: (dimension, bucket) => set((s) => ({ filters: toggleFilters(s.filters, dimension, bucket) })),
  clearFilters: () => set({ filters: {}, overdue: false, keysFilter: null }),
});
