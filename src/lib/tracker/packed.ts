/**
 * Many strings as one string plus end offsets: crosses from a worker to the
 * page as one string and one transferable buffer, and reads back by index
 * without an object per value.
 */

export interface PackedStrings {
  /** The values joined; on a column that crossed from a worker, decoded from `units` on first read. */
  readonly data: string;
  /** value i = data.slice(i ? ends[i-1] : 0, ends[i]) */
  ends: Uint32Array;
  /** The UTF-16 code units of `data` (as bytes when all are below 256), when the column crossed as a buffer. */
  readonly units?: CodeUnits;
}

/** UTF-16 code units; a Uint8Array holds only units below 256 (Latin-1), one byte each. */
export type CodeUnits = Uint8Array | Uint16Array;

/**
 * A column as it crosses between threads: its code units in a buffer that is
 * transferred, not a string. The receiving thread decoded a string column in
 * one task of 3–7 ms per MB (300 ms for the 1,000,000-row table's names and
 * keys, measured in Chromium); a transferred buffer costs nothing, and only
 * the values read are decoded. Offsets are unchanged: `ends` count UTF-16 units.
 */
export interface WireStrings {
  units: CodeUnits;
  ends: Uint32Array;
}

/**
 * Packs strings, e.g. packStrings(['ab', '', 'c']) → { data: 'abc', ends: [2, 2, 3] }.
 * Written as code units into one buffer (bytes when every unit is below 256):
 * measured in Chromium on a 200,000-row export's columns, a plain loop took
 * 46 ms a column where `join('')` then encoding took 100–200 and encodeInto
 * per value 360; and the buffer crosses to the page as it is.
 */
export function packStrings(values: readonly string[]): PackedStrings & { decoded(): boolean } {
  const ends = new Uint32Array(values.length);
  let end = 0;
  for (let i = 0; i < values.length; i++) {
    end += values[i]!.length;
    ends[i] = end;
  }
  return new UnitStrings(unitsInto(new Uint8Array(end), values) ?? unitsInto(new Uint16Array(end), values)!, ends);
}

/**
 * The values' units written one after another into `units`; null when one
 * does not fit (a unit above 255 in bytes). Kept to one array type per call,
 * so the loop stays fast.
 */
function unitsInto<T extends CodeUnits>(units: T, values: readonly string[]): T | null {
  const max = units instanceof Uint8Array ? 0xff : 0xffff;
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    for (let j = 0; j < value.length; j++) {
      const unit = value.charCodeAt(j);
      if (unit > max) return null;
      units[at++] = unit;
    }
  }
  return units;
}

/** Value at an index, e.g. stringAt(packStrings(['ab', 'c']), 1) → 'c'; throws RangeError outside 0…length-1. */
export function stringAt(packed: PackedStrings, index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= packed.ends.length) {
    throw new RangeError(`stringAt: index ${index} outside 0…${packed.ends.length - 1}`);
  }
  const start = index === 0 ? 0 : packed.ends[index - 1]!;
  const end = packed.ends[index]!;
  return packed.units ? decodeUnits(packed.units, start, end) : packed.data.slice(start, end);
}

/** Longest run given to String.fromCharCode at once (an argument list has a limit). */
const SLICE = 8192;

/** The string of units start…end-1, e.g. decodeUnits(Uint8Array.of(0x41, 0xe9), 0, 2) → 'Aé'. */
function decodeUnits(units: CodeUnits, start: number, end: number): string {
  if (end - start <= SLICE) return String.fromCharCode.apply(null, units.subarray(start, end) as unknown as number[]);
  const parts: string[] = [];
  for (let at = start; at < end; at += SLICE) parts.push(decodeUnits(units, at, Math.min(end, at + SLICE)));
  return parts.join('');
}

/** A column received as units: values decode one by one; `data` whole, once, only if something asks for it. */
class UnitStrings implements PackedStrings {
  #data: string | null = null;
  constructor(
    readonly units: CodeUnits,
    readonly ends: Uint32Array,
  ) {}
  get data(): string {
    this.#data ??= decodeUnits(this.units, 0, this.units.length);
    return this.#data;
  }
  /** Whether `data` was decoded (for tests: reading values one by one must not). */
  decoded(): boolean {
    return this.#data !== null;
  }
}

/**
 * The wire form of a column: bytes when every unit is below 256, else UTF-16
 * units. packedToWire(packStrings(['Aé'])).units → Uint8Array [0x41, 0xe9]
 */
export function packedToWire(packed: PackedStrings): WireStrings {
  return { units: packed.units ?? unitsOf(packed.data), ends: packed.ends };
}

/** A copy with buffers of its own (the original's can then be transferred away): copyPacked(p) reads as p. */
export function copyPacked(packed: PackedStrings): PackedStrings {
  return packed.units ? new UnitStrings(packed.units.slice(), packed.ends.slice()) : { data: packed.data, ends: packed.ends.slice() };
}

/** The code units of a string, as bytes when all are below 256 (as packStrings writes them): unitsOf('Aé') → Uint8Array [0x41, 0xe9]. */
export function unitsOf(data: string): CodeUnits {
  return unitsInto(new Uint8Array(data.length), [data]) ?? unitsInto(new Uint16Array(data.length), [data])!;
}

/** The buffers of typed arrays, for a postMessage transfer list (a SharedArrayBuffer needs none, and cannot be listed). */
export function buffersOf(arrays: readonly ArrayBufferView[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const array of arrays) if (array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
  return [...buffers];
}

/** A column back from its wire form: packedFromWire(packedToWire(p)) reads as p, e.g. stringAt(…, 0). */
export function packedFromWire(wire: WireStrings): PackedStrings & { decoded(): boolean } {
  return new UnitStrings(wire.units, wire.ends);
}

/** Number of values, e.g. packedLength(packStrings(['a', 'b'])) → 2. */
export function packedLength(packed: PackedStrings): number {
  return packed.ends.length;
}

/**
 * Index of the first value equal to `value`, -1 when none: a native scan of
 * the packed string, so finding one client by key among 1,000,000 builds no
 * map. indexOfValue(packStrings(['ab', 'b', 'b']), 'b') → 1; (…, 'a') → -1
 */
export function indexOfValue(packed: PackedStrings, value: string): number {
  if (value === '') {
    for (let i = 0; i < packed.ends.length; i++) if (packed.ends[i] === (i === 0 ? 0 : packed.ends[i - 1])) return i;
    return -1;
  }
  const { ends } = packed;
  const find = packed.units ? unitSearch(packed.units, value) : (from: number) => packed.data.indexOf(value, from);
  for (let at = find(0); at !== -1; at = find(at + 1)) {
    // The value holding offset `at`: the first whose end is past it.
    let lo = 0;
    let hi = ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ends[mid]! > at) hi = mid;
      else lo = mid + 1;
    }
    const start = lo === 0 ? 0 : ends[lo - 1]!;
    // A hit inside a value, or across two, is not this value.
    if (start === at && ends[lo] === at + value.length) return lo;
  }
  return -1;
}

/** indexOf over code units, without decoding them: the first unit by the native indexOf, then the rest compared. */
function unitSearch(units: CodeUnits, value: string): (from: number) => number {
  const first = value.charCodeAt(0);
  return (from) => {
    for (let at = units.indexOf(first, from); at !== -1; at = units.indexOf(first, at + 1)) {
      let i = 1;
      while (i < value.length && units[at + i] === value.charCodeAt(i)) i++;
      if (i === value.length) return at;
    }
    return -1;
  };
}
