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

/** Whole-file problems: the import stops and the previous data is kept. */
export type FileErrorCode =
  | 'empty' // no bytes, or only whitespace
  | 'binary' // NUL bytes / control characters: not a text export
  | 'headerOnly' // a header row and no data row
  | 'noClientColumn' // nothing maps to the required `client` field
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

export interface Detection {
  encoding: Encoding;
  /** True when the file began with a byte-order mark (removed from the text). */
  bom: boolean;
  delimiter: Delimiter;
}
