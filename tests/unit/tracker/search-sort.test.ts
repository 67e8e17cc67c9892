import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { packStrings } from '../../../src/lib/tracker/packed';
import { loweredData, matchRows, searchIndexOf } from '../../../src/lib/tracker/search';
import { sortByValue } from '../../../src/lib/tracker/sort';

/** The rule the index must give the same answers as: every row's lower-cased "name id" tested whole. */
function naiveMatch(names: string[], ids: string[], needle: string, locale = 'en'): number[] {
  const lower = needle.toLocaleLowerCase(locale);
  return names.map((name, i) => (`${name} ${ids[i]}`.toLocaleLowerCase(locale).includes(lower) ? 1 : 0));
}
const match = (names: string[], ids: string[], needle: string, locale = 'en') =>
  [...matchRows(searchIndexOf(packStrings(names), packStrings(ids), locale), needle.toLocaleLowerCase(locale))];

describe('matchRows', () => {
  const names = ['Acme Design', 'Bravo', '', 'acme', 'Zed Co'];
  const ids = ['T-1', '', 'X-9', 'T-10', 'Z 1'];
  const cases = [
    { description: 'inside a name, any case', needle: 'ACME', expected: [1, 0, 0, 1, 0] },
    { description: 'inside an id', needle: 't-1', expected: [1, 0, 0, 1, 0] },
    { description: 'across name and id', needle: 'design t-', expected: [1, 0, 0, 0, 0] },
    { description: 'across: a name ending with a space-less head only when it ends there', needle: 'acme t-10', expected: [0, 0, 0, 1, 0] },
    { description: 'a leading space: ids starting with the rest (empty names too)', needle: ' x-', expected: [0, 0, 1, 0, 0] },
    { description: 'a trailing space: names ending with the head', needle: 'bravo ', expected: [0, 1, 0, 0, 0] },
    { description: 'spaces inside a value and across', needle: 'zed co z 1', expected: [0, 0, 0, 0, 1] },
    { description: 'not across two rows', needle: 'designbravo', expected: [0, 0, 0, 0, 0] },
    { description: 'an empty needle matches every row', needle: '', expected: [1, 1, 1, 1, 1] },
  ];
  for (const { description, needle, expected } of cases) {
    test(description, () => {
      expect(match(names, ids, needle)).toEqual(expected);
      expect(naiveMatch(names, ids, needle)).toEqual(expected);
    });
  }
  test('no rows', () => expect(match([], [], 'a')).toEqual([]));
  test('lower-casing that changes a length (Turkish İ) still maps hits to their rows', () => {
    const turkish = ['İstanbul Ltd', 'Ankara'];
    expect(match(turkish, ['A', 'B'], 'ankara b')).toEqual(naiveMatch(turkish, ['A', 'B'], 'ankara b'));
    expect(match(turkish, ['A', 'B'], 'ltd a')).toEqual([1, 0]);
  });
  test('property: the same rows as testing "name id" of every row', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'A', ' ', '-', 'İ', 'é'), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { maxLength: 8 }), text, (rows, needle) => {
        const names = rows.map(([n]) => n);
        const ids = rows.map(([, i]) => i);
        const lower = needle.trim();
        expect(match(names, ids, lower)).toEqual(naiveMatch(names, ids, lower));
      }),
      { numRuns: 400 },
    );
  });
});

describe('search over many rows (hits found in order, each mapped to its row from the previous one)', () => {
  const names = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? '' : `Client ${i}, Inc.`));
  const ids = Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? `T-${i}` : ''));
  for (const needle of ['1', 'client 4', '99', 'inc. t-', ' t-12', 'zzz', 'c']) {
    test(`'${needle}': the same rows as testing every row`, () => expect(match(names, ids, needle)).toEqual(naiveMatch(names, ids, needle)));
  }
});

describe('loweredData (the import worker lower-cases for the page)', () => {
  test('the same data as searchIndexOf, for the offsets the page holds', () => {
    const names = packStrings(['Acme Design', 'ÉLAN', 'Zed']);
    const ids = packStrings(['T-1', '', 'X']);
    const index = searchIndexOf(names, ids, 'fr-FR');
    expect(loweredData(names.data, ids.data, 'fr-FR')).toEqual({ names: index.names.data, ids: index.ids.data });
    expect(index.names.ends).toBe(names.ends);
  });
  test('null when lower-casing changes a length (Turkish İ): offsets would move', () => {
    expect(loweredData('İstanbul', 'A', 'en')).toBeNull();
  });
});

/** Stable sort by value, NaN last, with a comparator: the reference. */
const naiveSort = (rows: number[], values: number[]) =>
  [...rows].sort((a, b) => (Number.isNaN(values[a]!) ? Infinity : values[a]!) - (Number.isNaN(values[b]!) ? Infinity : values[b]!) || 0);

describe('sortByValue', () => {
  const cases = [
    { description: 'days ascending, missing last, ties in row order', rows: [0, 1, 2, 3, 4], values: [20, NaN, 10, 20, NaN], expected: [2, 0, 3, 1, 4] },
    { description: 'negative days (a "since" measure)', rows: [0, 1, 2], values: [-5, -20, 0], expected: [1, 0, 2] },
    { description: 'only the rows given, in their given order for ties', rows: [3, 0], values: [7, 9, 9, 7], expected: [3, 0] },
    { description: 'all missing', rows: [1, 0], values: [NaN, NaN], expected: [1, 0] },
    { description: 'fractions fall back to a comparator sort', rows: [0, 1, 2], values: [0.5, NaN, 0.25], expected: [2, 0, 1] },
    { description: 'a range far wider than the rows falls back', rows: [0, 1], values: [1e12, 1], expected: [1, 0] },
    { description: 'Infinity falls back', rows: [0, 1], values: [Infinity, 3], expected: [1, 0] },
    { description: 'no rows', rows: [], values: [], expected: [] },
  ];
  for (const { description, rows, values, expected } of cases) {
    test(description, () => {
      expect([...sortByValue(Int32Array.from(rows), Float64Array.from(values))]).toEqual(expected);
      expect(naiveSort(rows, values)).toEqual(expected);
    });
  }
  test('property: the same order as a stable comparator sort', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: -50, max: 50 }), fc.constant(NaN)), { maxLength: 40 }), (values) => {
        const rows = values.map((_, i) => i).reverse();
        expect([...sortByValue(Int32Array.from(rows), Float64Array.from(values))]).toEqual(naiveSort(rows, values));
      }),
      { numRuns: 300 },
    );
  });
});
