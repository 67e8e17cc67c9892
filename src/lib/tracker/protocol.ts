/**
 * Messages between the page and the parse worker. The worker keeps the raw
 * rows; the page receives only the columnar client table (typed arrays are
 * transferred, strings are packed) and small summaries.
 */
import type { Detection, Encoding, FileErrorCode, RowIssue } from '../csv/types';
import type { Mapping } from './fields';
import type { ImportSummary, WireTable } from './table';
import type { CodeUnits } from './packed';
import type { ImportChanges } from './diff';
import type { BucketColumns, BucketCounts } from './buckets';
import type { PersistedState, SavedMapping } from '../state/persisted';
import type { SaveError } from '../state/import-storage';
import type { StateData, StateFileError } from '../state/state-file';

export interface Hints {
  decimal: ',' | '.';
  dayFirst: boolean;
}

export type WorkerRequest =
  /** `literalQuotes`: read a quote that swallowed lines as a plain character (the rep asked, after the warning). */
  | { type: 'read'; id: number; file: Blob; fileName: string; encoding: Encoding | null; literalQuotes?: boolean }
  /** `guessed`: the mapping was guessed from the headers, not chosen by the rep: columns of the wrong kind send it back to the rep. */
  | { type: 'build'; id: number; mapping: Mapping; decimal: ',' | '.'; dayFirst: boolean | 'auto'; commit: boolean; locale: string; asOfDay: number; guessed?: boolean }
  /** Shows the stored import with its stored mapping; `saved` only answers a 'needsMapping'. */
  | { type: 'restore'; id: number; saved: SavedMapping | null; locale: string; asOfDay: number }
  /** Tries again to store the import whose save failed. */
  | { type: 'retrySave'; id: number }
  /** Reads and validates a state file, builds its data; nothing changes until 'commitState'. */
  | { type: 'readState'; id: number; file: Blob; mappings: Record<string, SavedMapping> }
  | { type: 'commitState'; id: number; locale: string; asOfDay: number }
  | { type: 'export'; id: number }
  /**
   * Sends the table of import `epoch` (a 'built' id) through `port` to the
   * bulk worker ({ table } or { table: null } when that import is no longer
   * the worker's); nothing is answered to the page.
   */
  | { type: 'shipTable'; id: number; epoch: number; port: MessagePort }
  /** Forget a file read but not applied; answers with the loaded file's headers. */
  | { type: 'discard'; id: number }
  | { type: 'clear'; id: number };

export type WorkerResponse =
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'error'; id: number; code: FileErrorCode | 'unknown'; detail?: string; encoding?: Encoding; fields?: string[] }
  | { type: 'read'; id: number; fileName: string; headers: string[]; detection: Detection; hints: Hints }
  | { type: 'askDateOrder'; id: number }
  | {
      type: 'built';
      id: number;
      fileName: string;
      table: WireTable;
      /** Bucket codes at the request's as-of day, so the page need not compute them before showing counts. */
      buckets: { asOfDay: number; columns: BucketColumns; counts: BucketCounts };
      summary: ImportSummary;
      issues: RowIssue[];
      changes: ImportChanges | null;
      detection: Detection | null;
      dayFirst: boolean;
      /** The file's headers and the mapping it is shown with (for "Edit mapping"). */
      headers: string[];
      saved: SavedMapping;
    }
  /** After 'built' of a new import: stored as one unit ('saveFailed' otherwise). */
  | { type: 'committed'; id: number }
  | { type: 'saveFailed'; id: number; error: SaveError }
  /** The stored import was written by version 1, without its mapping: the page sends the remembered one. */
  | { type: 'needsMapping'; id: number; headers: string[] }
  /** The stored import's mapping no longer yields any client: nothing is shown, the rep is told. */
  | { type: 'restoreFailed'; id: number; fileName: string }
  | { type: 'stateRead'; id: number; state: PersistedState; entries: number; clients: number }
  | { type: 'stateInvalid'; id: number; error: StateFileError | { code: 'noClients' } }
  /** After 'built' (never before): the comparison with the previous import. */
  | { type: 'changes'; id: number; changes: ImportChanges | null }
  /**
   * Just after 'built': the text columns only the composer, the detail panel
   * and the exports read (admin, language, link…). 'built' carries them
   * empty, so the message that lands the table is smaller and decodes faster.
   */
  | { type: 'texts'; id: number; text: Partial<WireTable['text']>; /** The last of them: the page re-renders once, then. */ last: boolean }
  /**
   * After 'built': the name and id columns lower-cased in the page's locale,
   * offsets those of the table's columns (sent only when lower-casing kept
   * every length), so the first search does not lower-case 200,000 names on the page.
   */
  | { type: 'searchIndex'; id: number; locale: string; names: CodeUnits; ids: CodeUnits }
  /** After 'built': each client's rank in alphabetical order (see order.ts). */
  | { type: 'ranked'; id: number; rank: Uint32Array; /** orderOfRank(rank): the plain list's rows, so the page computes no array per client. */ order: Int32Array }
  | { type: 'empty'; id: number }
  | { type: 'discarded'; id: number; headers: string[] | null }
  | { type: 'exported'; id: number; data: StateData | null }
  | { type: 'done'; id: number };

/** At most this many row issues cross to the page (the summary counts them all). */
export const MAX_ISSUES_SENT = 500;
