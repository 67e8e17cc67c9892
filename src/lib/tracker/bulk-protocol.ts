/**
 * Messages between the page and the bulk-output worker (bulk.worker.ts):
 * one job at a time, progress after each slice, cancel between two slices.
 * The worker keeps the client table: it gets it once per import, straight
 * from the import worker through a MessageChannel (the page never clones
 * 200,000 rows of text), and a job sends only its row indices and settings.
 */
import type { ListExport } from './list-export';
import type { WireTable } from './table';
import type { MergeInput, MergeScan } from '../email/merge-export';
import type { AddressCheck } from '../email/export';
import type { OutreachFacts } from './next-step';
import type { ListFilters } from './view';
import type { SortColumn } from './registry';

/** A list export without its text columns: the worker reads them from the table it keeps. */
/**
 * A list export's settings without the table (the worker's own) nor the steps:
 * the worker computes each row's step as it writes it, from the log's facts
 * (the page computing them all first took one long task at 200,000 clients).
 */
export type ListJob = Omit<ListExport, 'columns' | 'steps'> & { facts: [string, OutreachFacts][]; asOfDay: number };

/** A bulk email's settings without the table (the worker's own). */
export type MergeSettings = Omit<MergeInput, 'table'>;

/** The mail-merge CSV of `rows` (table row indices, in list order). */
export interface MergeCsvJob {
  input: MergeSettings;
  rows: Int32Array;
  checkLabels: Record<Exclude<AddressCheck, null>, string>;
  delimiter: ',' | ';';
}

/**
 * The table a job reads: its epoch (the id of the import request that built
 * it) and, when the worker does not hold it yet, the port the import worker
 * sends it through.
 */
export interface TableRef {
  epoch: number;
  from?: MessagePort;
}

/** What the import worker sends through a TableRef's port: the table, or null when it no longer has that import. */
export interface TableShipment {
  table: WireTable | null;
}

/**
 * What the list shows, asked of the view worker for a large table (the page
 * then never filters or sorts 1,000,000 rows itself). Large parts travel
 * once: the log's facts by version, the name rank once per table.
 */
export interface ViewQuery {
  asOfDay: number;
  /** factsOf(log): `entries` when the worker may not have this version yet, else null. */
  facts: { version: number; entries: [string, OutreachFacts][] | null };
  /** lastDaysOf(log), the latest outreach day per key, the same way. */
  lastDays: { version: number; entries: [string, number][] | null };
  /** Each row's rank by name (the import worker's): sent once per table, null after (or before it is known). */
  rank: Uint32Array | null;
  filters: ListFilters;
  /** Only the call list's clients (activation deadline passed). */
  callList: boolean;
  /** Only these clients ("show in list" of the changes panel), by key. */
  keys: string[] | null;
  search: string;
  sort: { column: SortColumn; descending: boolean };
  locale: string;
}

export type BulkRequest =
  | { type: 'listCsv'; id: number; table: TableRef; input: ListJob }
  | { type: 'mergeCsv'; id: number; table: TableRef; input: MergeCsvJob }
  /** Counts a bulk email's languages and gaps (the composer's summary); answers 'scanned'. */
  | { type: 'mergeScan'; id: number; table: TableRef; input: MergeSettings; rows: Int32Array }
  /** Takes the table now (a view will follow); answers nothing. */
  | { type: 'hold'; id: number; table: TableRef }
  /** The list's rows for a view; answers 'viewed' (not a job: it never waits behind one, nor shows progress). */
  | { type: 'view'; id: number; table: TableRef; query: ViewQuery }
  /** Stops job `id` before its next slice; it answers 'cancelled'. */
  | { type: 'cancel'; id: number }
  /** The tracker was cleared: drop the table, refuse jobs for it. */
  | { type: 'forget' };

export type BulkResponse =
  | { type: 'progress'; id: number; done: number; total: number }
  /** The finished file (a Blob crosses threads by reference, not by copy). */
  | { type: 'done'; id: number; file: Blob }
  | { type: 'cancelled'; id: number }
  | { type: 'scanned'; id: number; scan: MergeScan }
  /**
   * The rows the list shows, in order; the call list's rows in file order
   * (for its names and count); each row's activation deadline (deadlineDaysOf).
   */
  | { type: 'viewed'; id: number; rows: Int32Array; callList: Int32Array; deadlines: Float64Array }
  /** The job's table is not the worker's latest (a newer import, or cleared): nothing written, nothing mixed. */
  | { type: 'stale'; id: number }
  | { type: 'error'; id: number; detail: string };
