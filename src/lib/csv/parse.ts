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
  /** Characters of the source parsed so far, after each chunk. */
  onProgress?: (charsRead: number) => void;
  /**
   * Smallest piece of text handed to Papa (default 1 MiB). Papa re-parses an
   * unfinished record with every new piece, so small pieces make a file with
   * an unclosed quote quadratic; tests lower it to cut records anywhere.
   */
  minChunkChars?: number;
}

const MIN_CHUNK_CHARS = 1 << 20;

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
 * Joins pieces of text into chunks of at least `min` characters with LF line
 * endings. A CR at the end of a chunk may be the first half of a CRLF, so it
 * waits for the next piece. `fed(n)` counts the source characters handed on.
 */
async function* chunksOf(text: AsyncIterable<string>, min: number, fed: (n: number) => void): AsyncIterable<string> {
  let pending = '';
  for await (const part of text) {
    pending += part;
    if (pending.length < min) continue;
    const carry = pending.endsWith('\r');
    const whole = carry ? pending.slice(0, -1) : pending;
    pending = carry ? '\r' : '';
    fed(whole.length);
    yield lf(whole);
  }
  fed(pending.length);
  // A lone final CR is a line end like any other.
  if (pending.length > 0) yield lf(pending);
}

/** Papa settings shared by string and stream input. */
function papaConfig(delimiter: Delimiter) {
  return {
    delimiter,
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    // Blank lines are skipped here rather than by Papa's skipEmptyLines:
    // Papa numbers its quote errors by row before it drops blank rows, so
    // its numbers would no longer match the rows left.
    skipEmptyLines: false,
    // Line endings are made LF first (see lf()), so Papa need not guess.
    newline: '\n',
  } as const;
}

/**
 * Parses delimited text into headers and rows; never throws on content (a
 * source that fails rejects with its own error).
 * parseCsv('a,b\n1,2', { delimiter: ',' }) → { headers: ['a', 'b'], rows: [['1', '2']], issues: [] }
 */
export function parseCsv(source: string | AsyncIterable<string>, options: ParseOptions): Promise<RawTable> {
  return new Promise((resolve, reject) => {
    let headers: string[] | null = null;
    let width = 0;
    const rows: string[][] = [];
    const issues: RowIssue[] = [];
    /** Non-blank records so far, header included: the header is line 1, data row r is line r + 2. */
    let records = 0;

    /**
     * Takes what Papa parsed. Its errors point at rows of `data`; an error
     * at or past `data.length` belongs to an unfinished record that Papa parses
     * again, errors included, with the next chunk: it is counted then.
     */
    const take = (data: string[][], errors: readonly Papa.ParseError[]) => {
      let e = 0;
      for (let r = 0; r < data.length; r++) {
        // Every error here is a quote error: the delimiter is given and
        // header: false rules out field-count errors. One issue per record.
        let badQuotes = false;
        while (e < errors.length && errors[e]!.row! <= r) {
          badQuotes = true;
          e++;
        }
        const cells = data[r]!;
        let blank = true;
        for (let c = 0; c < cells.length; c++) {
          const cell = cells[c]!.trim();
          cells[c] = cell;
          if (cell !== '') blank = false;
        }
        // Blank and whitespace-only lines (and Excel's ";;;;") are not records.
        if (blank) continue;
        records++;
        if (badQuotes) issues.push({ line: records, code: 'malformedQuotes' });
        if (headers === null) {
          headers = cleanHeaders(cells);
          width = headers.length;
          continue;
        }
        const n = cells.length;
        if (n !== width) {
          issues.push({ line: records, code: 'raggedRow', value: String(n) });
          cells.length = width; // truncates, or pads with holes filled next
          for (let c = n; c < width; c++) cells[c] = '';
        }
        rows.push(cells);
      }
    };
    const done = () => resolve({ headers: headers ?? [], rows, issues });

    if (typeof source === 'string') {
      const result = Papa.parse<string[]>(lf(source), papaConfig(options.delimiter));
      take(result.data, result.errors);
      options.onProgress?.(source.length);
      done();
      return;
    }
    let fed = 0;
    const stream = new TextStream(chunksOf(source, options.minChunkChars ?? MIN_CHUNK_CHARS, (n) => (fed += n)));
    // Papa takes anything with `readable`, `read` and `on` for a Node stream.
    Papa.parse(stream as unknown as NodeJS.ReadableStream, {
      ...papaConfig(options.delimiter),
      chunk: (results: Papa.ParseResult<string[]>) => {
        take(results.data, results.errors);
        options.onProgress?.(fed);
      },
      complete: done,
      error: (error: Error) => reject(error),
    });
    stream.start();
  });
}
