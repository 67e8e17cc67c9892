/**
 * Searching 1,000,000 client names without a string per client: the name and
 * id columns are lower-cased once as two packed strings (one call each), and
 * a search is a few `indexOf` scans of them, each hit mapped to its row by a
 * binary search of the end offsets. Same matches as testing every row's
 * lower-cased "name id" with `includes`.
 */
import { packStrings, stringAt, type PackedStrings } from './packed';

/** Lower-cased name and id columns, offsets valid for both. */
export interface SearchIndex {
  names: PackedStrings;
  ids: PackedStrings;
}

/** A column lower-cased in one call; per value only when lower-casing changed a length (e.g. 'İ' → 'i̇'). */
function lowered(column: PackedStrings, locale: string): PackedStrings {
  const data = column.data.toLocaleLowerCase(locale);
  if (data.length === column.data.length) return { data, ends: column.ends };
  const values = new Array<string>(column.ends.length);
  for (let i = 0; i < values.length; i++) values[i] = stringAt(column, i).toLocaleLowerCase(locale);
  return packStrings(values);
}

/**
 * The data of searchIndexOf's two columns, for a worker that no longer holds
 * their offsets (the page has them): null when lower-casing changed a length,
 * since then the offsets change too and only searchIndexOf can say how.
 * loweredData('AcmeBeta', 'T-1T-2', 'en') → { names: 'acmebeta', ids: 't-1t-2' }
 */
export function loweredData(names: string, ids: string, locale: string): { names: string; ids: string } | null {
  const out = { names: names.toLocaleLowerCase(locale), ids: ids.toLocaleLowerCase(locale) };
  return out.names.length === names.length && out.ids.length === ids.length ? out : null;
}

/** searchIndexOf(names ['Acme'], ids ['T-1'], 'en') → { names: { data: 'acme', … }, ids: { data: 't-1', … } } */
export function searchIndexOf(names: PackedStrings, ids: PackedStrings, locale: string): SearchIndex {
  return { names: lowered(names, locale), ids: lowered(ids, locale) };
}

/**
 * Row holding character `at`: the first row whose end is past it, searched
 * from row `from` on (hits come in order): galloping, so a needle found in
 * most rows costs a step or two per hit, not a binary search of them all.
 */
function rowAt(ends: Uint32Array, at: number, from = 0): number {
  let lo = from;
  let step = 1;
  while (lo + step < ends.length && ends[lo + step]! <= at) {
    lo += step;
    step *= 2;
  }
  let hi = Math.min(ends.length - 1, lo + step);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ends[mid]! > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const startOf = (ends: Uint32Array, row: number) => (row === 0 ? 0 : ends[row - 1]!);

/** Calls `hit(row)` once for each row whose value contains `needle` (not empty); a hit across two values counts for neither. */
function scan(column: PackedStrings, needle: string, hit: (row: number) => void): void {
  const { data, ends } = column;
  if (ends.length === 0) return;
  let from = 0;
  let row = 0;
  for (let at = data.indexOf(needle); at >= 0; at = data.indexOf(needle, from)) {
    row = rowAt(ends, at, row);
    if (at + needle.length <= ends[row]!) {
      hit(row);
      // The rest of this row cannot add anything: go on from the next one.
      from = ends[row]!;
    } else {
      from = at + 1;
    }
  }
}

/**
 * 1 for each row whose lower-cased "name id" contains the lower-cased needle, else 0.
 * matchRows(index of ['Acme'] / ['T-1'], 'me t') → Uint8Array [1]
 */
export function matchRows(index: SearchIndex, needle: string): Uint8Array {
  const { names, ids } = index;
  const size = names.ends.length;
  const flags = new Uint8Array(size);
  if (needle === '') return flags.fill(1);
  const mark = (row: number) => { flags[row] = 1; };
  scan(names, needle, mark);
  scan(ids, needle, mark);
  // Across the space that joins them: the end of the name, ' ', the start of the id.
  for (let k = needle.indexOf(' '); k >= 0; k = needle.indexOf(' ', k + 1)) {
    const head = needle.slice(0, k);
    const tail = needle.slice(k + 1);
    const idStarts = (row: number) => ids.data.startsWith(tail, startOf(ids.ends, row)) && startOf(ids.ends, row) + tail.length <= ids.ends[row]!;
    if (head === '') {
      for (let row = 0; row < size; row++) if (!flags[row] && idStarts(row)) flags[row] = 1;
      continue;
    }
    const nameLength = (row: number) => names.ends[row]! - startOf(names.ends, row);
    scanAll(names, head, (offset, row) => offset + head.length === nameLength(row) && idStarts(row), mark);
  }
  return flags;
}

/** Like scan, but sees every hit (a row may hold the head more than once and only the last one ends the name). */
function scanAll(column: PackedStrings, needle: string, accept: (offset: number, row: number) => boolean, hit: (row: number) => void): void {
  const { data, ends } = column;
  if (ends.length === 0) return;
  let row = 0;
  for (let at = data.indexOf(needle); at >= 0; at = data.indexOf(needle, at + 1)) {
    row = rowAt(ends, at, row);
    if (at + needle.length <= ends[row]! && accept(at - startOf(ends, row), row)) hit(row);
  }
}
