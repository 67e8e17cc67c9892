/** Test helpers: text in a given encoding as bytes, and bytes as chunk streams. */

/** UTF-16 bytes of a string, little or big endian, with an optional BOM. */
export function utf16(text: string, order: 'le' | 'be', bom = false): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[2 * i + (order === 'le' ? 0 : 1)] = u & 0xff;
    out[2 * i + (order === 'le' ? 1 : 0)] = u >> 8;
  }
  return out;
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  const arrays = parts.map((p) => (p instanceof Uint8Array ? p : new Uint8Array(p)));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}

/** Bytes of ASCII text (every char < 0x80). */
export const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** The bytes in chunks of `size`. */
export async function* chunked(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

export async function* strings(parts: readonly string[]): AsyncIterable<string> {
  yield* parts;
}

export async function collect(text: AsyncIterable<string>): Promise<string> {
  let all = '';
  for await (const part of text) all += part;
  return all;
}

/** Shift_JIS bytes of a few known strings (written by hand: no encoder in the platform). */
export const SJIS = {
  /** 顧客 */
  kokyaku: [0x8c, 0xda, 0x8b, 0x71],
  /** 名 */
  mei: [0x96, 0xbc],
  /** ア */
  a: [0x83, 0x41],
  /** あ */
  hiraA: [0x82, 0xa0],
  /** 日本語 */
  nihongo: [0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea],
};
