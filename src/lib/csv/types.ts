/**
 * Shapes shared by the CSV reading code (decode → detect → parse).
 * Errors are data: codes the UI localizes, with line numbers where they apply.
 */

/** Encodings the tracker reads. Labels are WHATWG TextDecoder labels. */
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'shift_jis', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Delimiters the tracker detects. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * Longest cell kept (parse.ts). Longer ones are cut and reported: a name, a
 * number or a link is never this long, and a 1 MB cell copied into 20 row
 * issues made 21 MB of text on the page.
 */
export const MAX_CELL_CHARS = 10_000;

/** Whole-file problems: the import stops and the previous data is kept. */
export type FileErrorCode =
  | 'empty' // no bytes, or only whitespace
  | 'binary' // NUL bytes / control characters: not a text export
  | 'headerOnly' // a header row and no data row
  | 'noClientColumn' // nothing maps to the required `client` field
  | 'emptyClientColumn' // the client column chosen has no value on any row: the rep picks another
  | 'unreadableColumns' // columns guessed as figures or dates hold mostly words (lib/mapping/unreadable.ts): the rep picks
  | 'undecodable' // the chosen encoding cannot read the bytes
  | 'tooLarge'; // beyond what the browser can hold

/** Row problems: the row is flagged or skipped, the others load. */
export type RowIssueCode =
  | 'badNumber' // a count or percent cell that is not a number
  | 'badDate' // a start date that is not a date
  | 'ambiguousDate' // day/month order cannot be told
  | 'badLink' // activation link that is not https
  | 'noClient' // empty client cell: the row is skipped
  | 'totalRow' // "Total" / "Totaux" / "合計" summary row: skipped
  | 'raggedRow' // more or fewer cells than headers (still read)
  | 'malformedQuotes'; // a quoted cell never closed or a stray quote (still read)

export interface RowIssue {
  /** 1-based line number in the file (header = line 1). */
  line: number;
  code: RowIssueCode;
  /** The field concerned, when there is one. */
  field?: string;
  /** The offending cell text, for the message. */
  value?: string;
}

/**
 * Why the file was read in its encoding, said to the rep with any problem:
 * a byte-order mark, the byte pattern of the first 64 KiB, or the rep's choice.
 */
export type EncodingReason = 'bom' | 'utf16Pattern' | 'validUtf8' | 'japanese' | 'notUtf8' | 'chosen';

/**
 * Text lost or garbled on the way in (tracker.md §5): the import goes on, and
 * the rep is told loudly, with counts. Papa Parse style: a code, the record it
 * starts at (header = 1, like RowIssue.line) and how many it touched.
 */
export type ReadWarningCode =
  | 'swallowedLines' // a quote never closed (or closed far away) joined `count` lines into one cell of record `row`
  | 'literalQuote' // that quote was read as a plain character at the rep's request: `count` lines loaded as rows
  | 'replacementChars' // `count` characters could not be decoded and show as U+FFFD, the first in record `row`
  | 'longCells'; // `count` cells were longer than MAX_CELL_CHARS and were cut, the first in record `row`

export interface ReadWarning {
  code: ReadWarningCode;
  row: number;
  count: number;
}

export interface Detection {
  encoding: Encoding;
  /** True when the file began with a byte-order mark (removed from the text). */
  bom: boolean;
  delimiter: Delimiter;
  /** Why this encoding (absent in imports stored before it was recorded). */
  reason?: EncodingReason;
  /** What was lost or garbled while reading (absent in imports stored before it was recorded). */
  warnings?: ReadWarning[];
}
