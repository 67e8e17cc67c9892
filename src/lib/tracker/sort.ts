/**
 * Sorting 1,000,000 row indices by a day without a comparator: epoch days
 * are small integers, so a stable counting sort over their range is linear.
 * Anything else (fractions, a range far wider than the rows) falls back to
 * a comparator sort of the same result.
 */

/** Widest day range counted (about 2,900 years of days); wider falls back. */
const MAX_RANGE = 1 << 20;

/**
 * Rows stably sorted by `values[row]` ascending, missing (NaN) last.
 * sortByValue([0, 1, 2], Float64Array [20, NaN, 10]) → [2, 0, 1]
 */
export function sortByValue(rows: Int32Array, values: Float64Array): Int32Array {
  let min = Infinity;
  let max = -Infinity;
  let integers = true;
  for (let p = 0; p < rows.length; p++) {
    const v = values[rows[p]!]!;
    if (Number.isNaN(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
    if (!Number.isInteger(v)) integers = false;
  }
  const range = max - min + 1;
  if (!integers || !(range <= Math.max(MAX_RANGE, rows.length * 4))) return comparatorSort(rows, values);
  // Slot of each value; NaN (and an empty range) in the last slot.
  const slots = Number.isFinite(range) ? range : 0;
  const starts = new Int32Array(slots + 2);
  const slotOf = (v: number) => (Number.isNaN(v) ? slots : v - min);
  for (let p = 0; p < rows.length; p++) starts[slotOf(values[rows[p]!]!) + 1]!++;
  for (let s = 1; s < starts.length; s++) starts[s]! += starts[s - 1]!;
  const out = new Int32Array(rows.length);
  for (let p = 0; p < rows.length; p++) {
    const row = rows[p]!;
    out[starts[slotOf(values[row]!)]!++] = row;
  }
  return out;
}

function comparatorSort(rows: Int32Array, values: Float64Array): Int32Array {
  const key = (i: number) => (Number.isNaN(values[i]!) ? Infinity : values[i]!);
  return Int32Array.from(Array.from(rows).sort((a, b) => key(a) - key(b) || 0));
}
