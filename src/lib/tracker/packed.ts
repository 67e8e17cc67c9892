/**
 * Many strings as one string plus end offsets: crosses from a worker to the
 * page as one string and one transferable buffer, and reads back by index
 * without an object per value.
 */

export interface PackedStrings {
  data: string;
  /** value i = data.slice(i ? ends[i-1] : 0, ends[i]) */
  ends: Uint32Array;
}

/** Packs strings, e.g. packStrings(['ab', '', 'c']) → { data: 'abc', ends: [2, 2, 3] }. */
export function packStrings(values: readonly string[]): PackedStrings {
  const ends = new Uint32Array(values.length);
  let end = 0;
  for (let i = 0; i < values.length; i++) {
    end += values[i]!.length;
    ends[i] = end;
  }
  return { data: values.join(''), ends };
}

/** Value at an index, e.g. stringAt(packStrings(['ab', 'c']), 1) → 'c'; throws RangeError outside 0…length-1. */
export function stringAt(packed: PackedStrings, index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= packed.ends.length) {
    throw new RangeError(`stringAt: index ${index} outside 0…${packed.ends.length - 1}`);
  }
  return packed.data.slice(index === 0 ? 0 : packed.ends[index - 1]!, packed.ends[index]!);
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
  const { data, ends } = packed;
  for (let at = data.indexOf(value); at !== -1; at = data.indexOf(value, at + 1)) {
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
