/**
 * Reading an export end to end, as the worker runs it and the tests call it:
 * sniff the encoding, decode as a stream, detect the delimiter on the first
 * text, parse with Papa Parse, and check the result is a client list.
 * Errors are data (`{ ok: false, code }`); nothing here throws on user input.
 */
import { decodeStream, sniffEncoding } from '../csv/decode';
import { detectDelimiter, detectLocaleHints, excelSeparator } from '../csv/detect';
import { parseCsv, type ParsedTable, type RawTable } from '../csv/parse';
import type { Detection, Encoding, EncodingReason, FileErrorCode } from '../csv/types';
import type { Mapping } from './fields';
import type { Hints } from './protocol';
import { dateOrderOf } from './values';

export interface ByteSource {
  size: number;
  /** The first bytes (up to 64 KiB), for sniffing. */
  head: Uint8Array;
  /** The whole content, chunk by chunk. */
  chunks: () => AsyncIterable<Uint8Array>;
}

export type ReadResult =
  | { ok: true; raw: ParsedTable; detection: Detection; hints: Hints }
  | { ok: false; code: FileErrorCode; encoding?: Encoding };

const SAMPLE_CHARS = 64 * 1024;

/**
 * Largest export read. A 20 MB file of 200,000 rows takes about 150 MB in the
 * worker; past this size a tab would run out of memory halfway, losing
 * nothing but time, so the rep is told to split the export instead.
 */
export const MAX_EXPORT_BYTES = 256 * 1024 * 1024;

/** Counts bytes as they pass, to report progress. */
async function* counted(chunks: AsyncIterable<Uint8Array>, size: number, onProgress?: (fraction: number) => void) {
  let read = 0;
  for await (const chunk of chunks) {
    read += chunk.byteLength;
    onProgress?.(size > 0 ? Math.min(1, read / size) : 1);
    yield chunk;
  }
}

/** Buffers the first text until a sample is long enough, then replays it ahead of the rest. */
async function peekText(text: AsyncIterable<string>): Promise<{ sample: string; all: AsyncIterable<string> }> {
  const iterator = text[Symbol.asyncIterator]();
  const buffered: string[] = [];
  let length = 0;
  let done = false;
  while (length < SAMPLE_CHARS) {
    const next = await iterator.next();
    if (next.done) { done = true; break; }
    buffered.push(next.value);
    length += next.value.length;
  }
  async function* all() {
    yield* buffered;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { sample: buffered.join(''), all: all() };
}

/** The text without its first `count` characters (Excel's "sep=" line). */
async function* skipChars(text: AsyncIterable<string>, count: number): AsyncIterable<string> {
  let left = count;
  for await (const part of text) {
    if (left >= part.length) {
      left -= part.length;
      continue;
    }
    yield left > 0 ? part.slice(left) : part;
    left = 0;
  }
}

/** Why the sniffer chose an encoding, for the rep: sniffedReason('utf-8', true) → 'bom'. */
export function sniffedReason(encoding: Encoding, bom: boolean): EncodingReason {
  if (bom) return 'bom';
  if (encoding === 'utf-8') return 'validUtf8';
  if (encoding === 'shift_jis') return 'japanese';
  if (encoding === 'windows-1252') return 'notUtf8';
  return 'utf16Pattern';
}

/**
 * Reads an export. readExport({ size: 0, … }) → { ok: false, code: 'empty' }
 * `literalQuotes`: read a quote that swallowed lines as a plain character (see parseCsv).
 */
export async function readExport(
  source: ByteSource,
  options: { encoding?: Encoding | null; literalQuotes?: boolean; onProgress?: (fraction: number) => void } = {},
): Promise<ReadResult> {
  if (source.size === 0) return { ok: false, code: 'empty' };
  if (source.size > MAX_EXPORT_BYTES) return { ok: false, code: 'tooLarge' };
  const sniffed = sniffEncoding(source.head);
  if (!sniffed.ok) return { ok: false, code: sniffed.code };
  const encoding = options.encoding ?? sniffed.encoding;
  const reason = options.encoding ? 'chosen' : sniffedReason(sniffed.encoding, sniffed.bom);
  // A guessed UTF-8 is only known for the first 64 KiB. An invalid byte
  // further on becomes U+FFFD and is counted and reported (parseCsv), never a
  // silent re-reading of the whole file in another encoding: that turned
  // every accent and Japanese name of a UTF-8 file into mojibake for one bad byte.
  return readAs(source, encoding, sniffed.bom, { reason, chosen: Boolean(options.encoding), literalQuotes: options.literalQuotes ?? false, onProgress: options.onProgress });
}

/** One reading of the whole file in one encoding. */
async function readAs(
  source: ByteSource,
  encoding: Encoding,
  bom: boolean,
  options: { reason: EncodingReason; chosen: boolean; literalQuotes: boolean; onProgress?: ((fraction: number) => void) | undefined },
): Promise<ReadResult> {
  const text = decodeStream(counted(source.chunks(), source.size, options.onProgress), encoding);
  const { sample, all } = await peekText(text);
  if (sample.trim() === '') return { ok: false, code: 'empty' };
  // A rep-chosen encoding that cannot read the bytes shows replacement characters.
  if (options.chosen && sample.includes('\uFFFD')) return { ok: false, code: 'undecodable', encoding };
  const sep = excelSeparator(sample);
  const delimiter = sep?.delimiter ?? detectDelimiter(sample);
  const raw = await parseCsv(sep ? skipChars(all, sep.length) : all, { delimiter, literalQuotes: options.literalQuotes });
  if (raw.headers.length === 0) return { ok: false, code: 'empty' };
  if (raw.rows.length === 0) return { ok: false, code: 'headerOnly' };
  const hints = detectLocaleHints(raw.headers, delimiter);
  return { ok: true, raw, detection: { encoding, bom, delimiter, reason: options.reason, warnings: raw.warnings }, hints };
}

/**
 * Day order for the start-date column: certain from the values when a part is
 * above 12, else the file's hint; `ask` when the column is truly ambiguous and
 * nothing in the file says day first.
 */
export function resolveDayFirst(raw: RawTable, mapping: Mapping, hints: Hints): boolean | 'ask' {
  const header = mapping.startDate;
  const column = header === undefined ? -1 : raw.headers.indexOf(header);
  if (column < 0) return hints.dayFirst;
  const values: string[] = [];
  for (let i = 0; i < raw.rows.length && values.length < 5000; i++) values.push(raw.rows[i]![column] ?? '');
  const order = dateOrderOf(values);
  if (order === 'dayFirst') return true;
  if (order === 'monthFirst') return false;
  if (order === 'ambiguous') return hints.dayFirst ? true : 'ask';
  return hints.dayFirst;
}
