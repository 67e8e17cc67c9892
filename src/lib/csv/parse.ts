/**
 * Text → raw table, with Papa Parse streaming. Text arrives already decoded
 * (see decode.ts) through a small readable-stream shim, so Papa never reads
 * bytes itself. Rows stay string arrays (no row objects: 200,000 of them
 * would cost the worker time and memory for nothing).
 */
import Papa from 'papaparse';
import type { Delimiter, RowIssue } from './types';
import { TextStream } from './text-stream';

export interface RawTable {
  /** Trimmed, unique, never empty (an empty header becomes `Column N`). */
  headers: string[];
  /** Data rows, each exactly `headers.length` trimmed cells. */
  rows: string[][];
  issues: RowIssue[];
}

export interface ParseOptions {
  delimiter: Delimiter;
  /** Characters parsed so far, after each chunk. */
  onProgress?: (charsRead: number) => void;
}

/**
 * Clean header names: trimmed, BOM and repeated spaces removed, empty ones
 * named by position, duplicates numbered.
 * cleanHeaders([' Client ', '', 'Client']) → ['Client', 'Column 2', 'Client (2)']
 */
export function cleanHeaders(cells: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, i) => {
    const name = cell.replace(/\uFEFF/g, '').replace(/\s+/g, ' ').trim() || `Column ${i + 1}`;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}

/** CRLF and lone CR → LF: files that mix line endings still split into the right records. */
function lf(text: string): string {
  return text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
}

/**
 * Parses delimited text into headers and rows; never throws on content.
 * parseCsv('a,b\n1,2', { delimiter: ',' }) → { headers: ['a', 'b'], rows: [['1', '2']], issues: [] }
 */
export function parseCsv(source: string | AsyncIterable<string>, options: ParseOptions): Promise<RawTable> {
  return new Promise((resolve, reject) => {
    let headers: string[] | null = null;
    let width = 0;
    const rows: string[][] = [];
    const issues: RowIssue[] = [];
    /** Records seen so far, header included: the next record's number is records + 1. */
    let records = 0;

    const take = (data: string[][], errors: Papa.ParseError[]) => {
      const base = records;
      for (const error of errors) {
        if (error.type === 'Quotes') issues.push({ line: base + (error.row ?? 0) + 1, code: 'malformedQuotes' });
      }
      for (let r = 0; r < data.length; r++) {
        const cells = data[r]!;
        records++;
        if (headers === null) {
          headers = cleanHeaders(cells);
          width = headers.length;
          continue;
        }
        const n = cells.length;
        if (n !== width) {
          issues.push({ line: records, code: 'raggedRow', value: String(n) });
          cells.length = width; // pads with holes or truncates
        }
        for (let c = 0; c < width; c++) {
          const cell = cells[c];
          cells[c] = cell === undefined ? '' : cell.trim();
        }
        rows.push(cells);
      }
    };

    const base = {
      delimiter: options.delimiter,
      quoteChar: '"',
      escapeChar: '"',
      header: false,
      dynamicTyping: false,
      skipEmptyLines: 'greedy',
      // Line endings are made LF first (see lf()), so Papa need not guess.
      newline: '\n',
    } as const;

    if (typeof source === 'string') {
      const result = Papa.parse<string[]>(lf(source), base);
      take(result.data, result.errors);
      options.onProgress?.(source.length);
      resolve({ headers: headers ?? [], rows, issues });
      return;
    }
    let read = 0;
    async function* counted(text: AsyncIterable<string>) {
      // A CR at the end of a piece may be the first half of a CRLF: hold it.
      let carry = '';
      for await (const part of text) {
        read += part.length;
        const joined = carry + part;
        carry = joined.endsWith('\r') ? '\r' : '';
        const whole = carry ? joined.slice(0, -1) : joined;
        if (whole.length > 0) yield lf(whole);
      }
      if (carry) yield '\n';
    }
    const stream = new TextStream(counted(source));
    // Papa takes anything with `readable`, `read` and `on` for a Node stream.
    Papa.parse(stream as unknown as NodeJS.ReadableStream, {
      ...base,
      chunk: (results: Papa.ParseResult<string[]>) => {
        take(results.data, results.errors);
        options.onProgress?.(read);
      },
      complete: () => resolve({ headers: headers ?? [], rows, issues }),
      error: (error: Error) => reject(error),
    });
    stream.start();
  });
}
