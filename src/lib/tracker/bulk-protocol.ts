/**
 * Messages between the page and the bulk-output worker (bulk.worker.ts):
 * one job at a time, progress after each slice, cancel between two slices.
 */
import type { ListExport } from './list-export';

export type BulkRequest =
  | { type: 'listCsv'; id: number; input: ListExport }
  /** Stops job `id` before its next slice; it answers 'cancelled'. */
  | { type: 'cancel'; id: number };

export type BulkResponse =
  | { type: 'progress'; id: number; done: number; total: number }
  /** The finished file (a Blob crosses threads by reference, not by copy). */
  | { type: 'done'; id: number; file: Blob }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; detail: string };
