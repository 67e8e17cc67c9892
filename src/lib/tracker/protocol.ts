/**
 * Messages between the page and the parse worker. The worker keeps the raw
 * rows; the page receives only the columnar client table (typed arrays are
 * transferred, strings are packed) and small summaries.
 */
import type { Detection, Encoding, FileErrorCode, RowIssue } from '../csv/types';
import type { Mapping } from './fields';
import type { ClientTable, ImportSummary } from './table';
import type { ImportChanges } from './diff';
import type { BucketColumns } from './buckets';

export interface Hints {
  decimal: ',' | '.';
  dayFirst: boolean;
}

export type WorkerRequest =
  /** `literalQuotes`: read a quote that swallowed lines as a plain character (the rep asked, after the warning). */
  | { type: 'read'; id: number; file: Blob; fileName: string; encoding: Encoding | null; literalQuotes?: boolean }
  | { type: 'build'; id: number; mapping: Mapping; decimal: ',' | '.'; dayFirst: boolean | 'auto'; commit: boolean; locale: string; asOfDay: number }
  | { type: 'restore'; id: number; mapping: Mapping; decimal: ',' | '.'; dayFirst: boolean; locale: string; asOfDay: number }
  | { type: 'replace'; id: number; data: { fileName: string; headers: string[]; rows: string[][] } }
  | { type: 'export'; id: number }
  /** Forget a file read but not applied; answers with the loaded file's headers. */
  | { type: 'discard'; id: number }
  | { type: 'clear'; id: number };

export type WorkerResponse =
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'error'; id: number; code: FileErrorCode | 'unknown'; detail?: string; encoding?: Encoding }
  | { type: 'read'; id: number; fileName: string; headers: string[]; detection: Detection; hints: Hints }
  | { type: 'askDateOrder'; id: number }
  | {
      type: 'built';
      id: number;
      fileName: string;
      table: ClientTable;
      /** Bucket codes at the request's as-of day, so the page need not compute them before showing counts. */
      buckets: { asOfDay: number; columns: BucketColumns };
      summary: ImportSummary;
      issues: RowIssue[];
      changes: ImportChanges | null;
      detection: Detection | null;
      dayFirst: boolean;
    }
  /** After 'built' (never before): the comparison with the previous import. */
  | { type: 'changes'; id: number; changes: ImportChanges | null }
  /** After 'built': each client's rank in alphabetical order (see order.ts). */
  | { type: 'ranked'; id: number; rank: Uint32Array }
  | { type: 'empty'; id: number }
  | { type: 'discarded'; id: number; headers: string[] | null }
  | { type: 'exported'; id: number; data: { fileName: string; headers: string[]; rows: string[][] } | null }
  | { type: 'done'; id: number };

/** At most this many row issues cross to the page (the summary counts them all). */
export const MAX_ISSUES_SENT = 500;
