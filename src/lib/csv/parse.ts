/**
 * Text → raw table, with Papa Parse streaming. Text arrives already decoded
 * (see decode.ts) through a small readable-stream shim, so Papa never reads
 * bytes itself. Rows stay string arrays (no row objects: 200,000 of them
 * would cost the worker time and memory for nothing).
 */
import Papa from 'papaparse';
import { MAX_CELL_CHARS, type Delimiter, type ReadWarning, type RowIssue } from './types';

export { MAX_CELL_CHARS };
import { TextStream } from './text-stream';

export interface RawTable {
  /** Trimmed, unique, never empty (an empty header becomes `Column N`). */
  headers: string[];
  /** Data rows, each exactly `headers.length` trimmed cells. */
  rows: string[][];
  issues: RowIssue[];
}

/** A parsed file: the table, and what was lost or garbled reading it. */
export interface ParsedTable extends RawTable {
  warnings: ReadWarning[];
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
  /**
   * Read a quote that swallowed lines (see SWALLOW_LINES) as a plain
   * character, so the lines after it load as rows: the rep's choice after
   * being told, never the default (a cell may hold line breaks on purpose).
   */
  literalQuotes?: boolean;
}

const MIN_CHUNK_CHARS = 1 << 20;

/**
 * A cell with this many line breaks has swallowed lines even when Papa found
 * no quote error (a stray quote closed by another one far below); with a
 * quote error, one line break is enough. Real multi-line cells (addresses,
 * notes) have a few.
 */
export const SWALLOW_LINES = 20;

/** Quotes read as plain characters in one file at most: each costs a parse of the rest of the file. */
const MAX_LITERAL_QUOTES = 20;

/** Warnings of one code kept at most (swallowed lines are reported per record). */
const MAX_WARNINGS_PER_CODE = 20;

function lineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function replacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
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
 * parseCsv('a,b\n1,2', { delimiter: ',' }) → { headers: ['a', 'b'], rows: [['1', '2']], issues: [], warnings: [] }
 */
export function parseCsv(source: string | AsyncIterable<string>, options: ParseOptions): Promise<ParsedTable> {
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
    const warnings: ReadWarning[] = [];
    let literalQuotesLeft = MAX_LITERAL_QUOTES;
    /** Adds `count` to the warning of this code (the first record that had it keeps its number). */
    const tally = (code: 'replacementChars' | 'longCells', row: number, count: number) => {
      const found = warnings.find((w) => w.code === code);
      if (found) found.count += count;
      else warnings.push({ code, row, count });
    };
    const warnOnce = (warning: ReadWarning) => {
      if (warnings.filter((w) => w.code === warning.code).length < MAX_WARNINGS_PER_CODE) warnings.push(warning);
    };

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
        let unclosed = false;
        while (e < errors.length && errors[e]!.row! <= r) {
          badQuotes = true;
          if (errors[e]!.code === 'MissingQuotes') unclosed = true;
          e++;
        }
        record(data[r]!, badQuotes, unclosed);
      }
    };

    /** One record: trimmed, checked for swallowed lines, long cells and undecodable characters, then kept. */
    const record = (cells: string[], badQuotes: boolean, unclosed: boolean) => {
      let blank = true;
      let widest = -1;
      let widestBreaks = 0;
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c]!.trim();
        cells[c] = cell;
        if (cell !== '') blank = false;
        if (cell.indexOf('\n') >= 0) {
          const breaks = lineBreaks(cell);
          if (breaks > widestBreaks) {
            widest = c;
            widestBreaks = breaks;
          }
        }
      }
      // Blank and whitespace-only lines (and Excel's ";;;;") are not records.
      if (blank) return;
      const row = records + 1;
      if (widest >= 0 && (badQuotes || widestBreaks >= SWALLOW_LINES)) {
        if (options.literalQuotes && literalQuotesLeft > 0) {
          literalQuotesLeft--;
          warnOnce({ code: 'literalQuote', row, count: widestBreaks });
          return literal(cells, widest, unclosed);
        }
        warnOnce({ code: 'swallowedLines', row, count: widestBreaks });
      }
      for (let c = 0; c < cells.length; c++) {
        let cell = cells[c]!;
        if (cell.length > MAX_CELL_CHARS) {
          cell = cell.slice(0, MAX_CELL_CHARS);
          cells[c] = cell;
          tally('longCells', row, 1);
        }
        if (cell.indexOf('\uFFFD') >= 0) tally('replacementChars', row, replacements(cell));
      }
      records++;
      if (badQuotes) issues.push({ line: records, code: 'malformedQuotes' });
      if (headers === null) {
        headers = cleanHeaders(cells);
        width = headers.length;
        return;
      }
      const n = cells.length;
      if (n !== width) {
        issues.push({ line: records, code: 'raggedRow', value: String(n) });
        cells.length = width; // truncates, or pads with holes filled next
        for (let c = n; c < width; c++) cells[c] = '';
      }
      rows.push(cells);
    };

    /**
     * The record again with the quote that opened cell `c` read as a plain
     * character: that cell's text is parsed as the lines it really was, the
     * first joined to the cells before it, the last to the cells after it.
     */
    const literal = (cells: string[], c: number, unclosed: boolean) => {
      const parsed = Papa.parse<string[]>(cells[c]!, papaConfig(options.delimiter));
      const lines = parsed.data.length > 0 ? parsed.data : [['']];
      lines[0] = [...cells.slice(0, c), `"${lines[0]![0] ?? ''}`, ...lines[0]!.slice(1)];
      const last = lines[lines.length - 1]!;
      // A quote that Papa did close (far below) is a plain character too.
      if (!unclosed) last[last.length - 1] = `${last[last.length - 1] ?? ''}"`;
      lines[lines.length - 1] = [...last, ...cells.slice(c + 1)];
      take(lines, parsed.errors);
    };
    const done = () => resolve({ headers: headers ?? [], rows, issues, warnings });

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
