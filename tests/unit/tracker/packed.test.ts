import { describe, expect, test } from 'vitest';
import { packStrings, packedLength, stringAt } from '../../../src/lib/tracker/packed';

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
