/**
 * Messages between the page and the bulk-output worker (bulk.worker.ts):
 * one job at a time, progress after each slice, cancel between two slices.
 */
import type { ListExport } from './list-export';
import type { MergeInput, MergeScan } from '../email/merge-export';
import type { AddressCheck } from '../email/export';

/** The mail-merge CSV of `rows` (table row indices, in list order). */
export interface MergeCsvJob {
  input: MergeInput;
  rows: Int32Array;
  checkLabels: Record<Exclude<AddressCheck, null>, string>;
  delimiter: ',' | ';';
}

export type BulkRequest =
  | { type: 'listCsv'; id: number; input: ListExport }
  | { type: 'mergeCsv'; id: number; input: MergeCsvJob }
  /** Counts a bulk email's languages and gaps (the composer's summary); answers 'scanned'. */
  | { type: 'mergeScan'; id: number; input: MergeInput; rows: Int32Array }
  /** Stops job `id` before its next slice; it answers 'cancelled'. */
  | { type: 'cancel'; id: number };

export type BulkResponse =
  | { type: 'progress'; id: number; done: number; total: number }
  /** The finished file (a Blob crosses threads by reference, not by copy). */
  | { type: 'done'; id: number; file: Blob }
  | { type: 'cancelled'; id: number }
  | { type: 'scanned'; id: number; scan: MergeScan }
  | { type: 'error'; id: number; detail: string };
