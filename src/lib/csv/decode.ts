/**
 * Bytes → text. Detects the encoding from the first bytes (BOM, UTF-16 NUL
 * pattern, strict UTF-8, then Shift_JIS vs Windows-1252), and decodes a file
 * as a stream with ONE TextDecoder, so a multibyte character split between two
 * chunks is never corrupted (Papa Parse's own file reader decodes each slice
 * on its own and breaks such characters: its issues #626 and #908).
 */
import type { Encoding } from './types';

export type Sniffed = { ok: true; encoding: Encoding; bom: boolean } | { ok: false; code: 'empty' | 'binary' };

/** Bytes looked at for the NUL and control-character checks. */
const PROBE = 4096;

function isWhitespaceByte(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

/** C0 controls that never appear in a text export (tab, LF, CR, FF, ESC, SUB excepted). */
function isStrayControl(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b && b !== 0x1a;
}

/** UTF-16 without a BOM: ASCII text has a NUL in every other byte. */
function utf16Order(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(head.length, PROBE) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenNul++;
    if (head[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** True when the bytes decode under the encoding; a sequence cut at the end of the sample is allowed. */
function decodesAs(head: Uint8Array, encoding: Encoding): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Japanese text in Shift_JIS is mostly kana and punctuation (lead bytes 0x81–
 * 0x83) and common kanji (0x88–0x9F). Western text read as Shift_JIS falls on
 * rare kanji and private-use leads (0xE0–0xFC, the accented letters), and a
 * curly apostrophe or quote (0x91–0x94) lands between two ASCII letters
 * ("O’Neil"), which Japanese never does. Kana, Japanese punctuation or a
 * few kanji are required; the Western patterns count against.
 */
function looksJapanese(head: Uint8Array): boolean {
  let kana = 0;
  let common = 0;
  let western = 0;
  const isLetter = (b: number | undefined) => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!;
    if (b < 0x80 || (b >= 0xa1 && b <= 0xdf)) continue; // ASCII or half-width katakana
    if (b >= 0xe0) western++;
    else if (isLetter(head[i - 1]) && isLetter(head[i + 2])) western++;
    else if (b <= 0x83) kana++;
    else common++;
    i++; // skip the trail byte
  }
  return (kana > 0 || common >= 4) && kana + common >= 2 * western;
}

/**
 * The encoding of a file from its first bytes.
 * sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])) → { ok: true, encoding: 'utf-8', bom: true }
 */
export function sniffEncoding(head: Uint8Array): Sniffed {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
    return head.subarray(3).every(isWhitespaceByte) ? { ok: false, code: 'empty' } : { ok: true, encoding: 'utf-8', bom: true };
  }
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { ok: true, encoding: 'utf-16le', bom: true };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { ok: true, encoding: 'utf-16be', bom: true };
  if (head.every(isWhitespaceByte)) return { ok: false, code: 'empty' };
  const utf16 = utf16Order(head);
  if (utf16) return { ok: true, encoding: utf16, bom: false };
  // Binary files (spreadsheets, images, archives) are full of NULs and
  // control bytes; a text export may carry one or two by accident (a NUL
  // pasted into a name): a real proportion is needed to refuse the file.
  const probe = head.subarray(0, PROBE);
  let suspicious = 0;
  for (const b of probe) if (b === 0 || isStrayControl(b)) suspicious++;
  if (suspicious > Math.max(2, probe.length * 0.01)) return { ok: false, code: 'binary' };
  if (decodesAs(head, 'utf-8')) return { ok: true, encoding: 'utf-8', bom: false };
  if (decodesAs(head, 'shift_jis') && looksJapanese(head)) return { ok: true, encoding: 'shift_jis', bom: false };
  return { ok: true, encoding: 'windows-1252', bom: false };
}

/**
 * Decodes chunks as one stream, dropping a leading byte-order mark.
 * decodeStream([[0xe3, 0x81], [0x82]], 'utf-8') yields 'あ' (split character kept whole).
 */
export async function* decodeStream(chunks: AsyncIterable<Uint8Array>, encoding: Encoding, options: { fatal?: boolean } = {}): AsyncIterable<string> {
  // ignoreBOM: true keeps U+FEFF in the text so it is removed here the same
  // way for every encoding (and a BOM-less file keeps its first character).
  // fatal: an invalid byte throws instead of becoming U+FFFD. The import
  // reads without it: an invalid byte becomes U+FFFD, which parseCsv counts
  // and the rep is told about (re-reading a whole UTF-8 file as another
  // encoding for one bad byte garbled every other name).
  const decoder = new TextDecoder(encoding, { ignoreBOM: true, fatal: options.fatal ?? false });
  let first = true;
  for await (const chunk of chunks) {
    let text = decoder.decode(chunk, { stream: true });
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (text.length > 0) yield text;
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch (error) {
    // A UTF-16 file with an odd byte count ends in half a character: drop it.
    if (!encoding.startsWith('utf-16')) throw error;
    rest = '';
  }
  // Without fatal, that half character flushes as U+FFFD: dropped the same way.
  if (encoding.startsWith('utf-16') && rest === '\uFFFD') rest = '';
  // The flush only ends a character cut by the end of the file: never a BOM.
  if (rest.length > 0) yield rest;
}

/** Decodes a whole buffer: decodeAll(bytes, 'windows-1252') → 'Café'. */
export async function decodeAll(bytes: Uint8Array, encoding: Encoding): Promise<string> {
  let text = '';
  async function* one() {
    yield bytes;
  }
  for await (const part of decodeStream(one(), encoding)) text += part;
  return text;
}
