import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { indexOfValue, packStrings, packedLength, stringAt } from '../../../src/lib/tracker/packed';

describe('packStrings', () => {
  const cases = [
    { description: 'no values', input: [], expected: { data: '', ends: [] } },
    { description: 'empty values keep their place', input: ['ab', '', 'c'], expected: { data: 'abc', ends: [2, 2, 3] } },
    { description: 'non-ASCII counts UTF-16 units', input: ['合計', 'é', '😀'], expected: { data: '合計é😀', ends: [2, 3, 5] } },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => {
      const packed = packStrings(input);
      expect(packed.data).toBe(expected.data);
      expect([...packed.ends]).toEqual(expected.ends);
    });
  }
});

describe('stringAt', () => {
  const values = ['ab', '', 'c', '合計', '😀'];
  const packed = packStrings(values);
  for (const [index, expected] of values.entries()) {
    test(`reads value ${index} back`, () => expect(stringAt(packed, index)).toBe(expected));
  }
  const outside = [
    { description: 'negative index', input: -1 },
    { description: 'index = length', input: values.length },
    { description: 'fractional index', input: 1.5 },
  ];
  for (const { description, input } of outside) {
    test(`${description} is a programmer error`, () => expect(() => stringAt(packed, input)).toThrow(RangeError));
  }
});

describe('packedLength', () => {
  test('counts values, empty ones included', () => expect(packedLength(packStrings(['a', '', 'b']))).toBe(3));
});

describe('indexOfValue', () => {
  const cases: { description: string; values: string[]; value: string; expected: number }[] = [
    { description: 'a whole value', values: ['ab', 'b', 'b'], value: 'b', expected: 1 },
    { description: 'inside another value only', values: ['ab', 'c'], value: 'a', expected: -1 },
    { description: 'across two values only', values: ['ab', 'cd'], value: 'bc', expected: -1 },
    { description: 'after a partial hit', values: ['xab', 'ab'], value: 'ab', expected: 1 },
    { description: 'the first of equal values', values: ['k', 'k'], value: 'k', expected: 0 },
    { description: 'after empty values', values: ['', '', 'a'], value: 'a', expected: 2 },
    { description: 'an empty value', values: ['a', '', 'b'], value: '', expected: 1 },
    { description: 'none', values: [], value: 'a', expected: -1 },
  ];
  test.each(cases)('$description', ({ values, value, expected }) => {
    expect(indexOfValue(packStrings(values), value)).toBe(expected);
  });
  test('same answer as a search of the array, for any strings', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4, unit: fc.constantFrom('a', 'b', 'c') }), { maxLength: 12 }), fc.string({ maxLength: 4, unit: fc.constantFrom('a', 'b', 'c') }), (values, value) => {
        expect(indexOfValue(packStrings(values), value)).toBe(values.indexOf(value));
      }),
      { numRuns: 2000 },
    );
  });
});
