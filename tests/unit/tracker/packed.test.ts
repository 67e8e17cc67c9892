import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { indexOfValue, packStrings, packedFromWire, packedLength, packedToWire, stringAt } from '../../../src/lib/tracker/packed';

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

describe('packed strings on the wire (code units in a buffer, never a string to decode)', () => {
  const cases = [
    { description: 'ASCII as bytes', values: ['Acme', '', 'id:T-1'], units: Uint8Array },
    { description: 'Latin-1 as bytes', values: ['Société Générale', 'São Paulo', 'ß'], units: Uint8Array },
    { description: 'beyond Latin-1 as UTF-16 units', values: ['株式会社', 'é', '😀', ''], units: Uint16Array },
    { description: 'no values', values: [], units: Uint8Array },
  ];
  test.each(cases)('$description', ({ values, units }) => {
    const wire = packedToWire(packStrings(values));
    expect(wire.units).toBeInstanceOf(units);
    expect(Object.values(wire).some((value) => typeof value === 'string')).toBe(false);
    const back = packedFromWire(structuredClone(wire, { transfer: [wire.units.buffer as ArrayBuffer, wire.ends.buffer as ArrayBuffer] }));
    expect(values.map((_, i) => stringAt(back, i))).toEqual(values);
    expect(back.data).toBe(values.join(''));
    expect(packedLength(back)).toBe(values.length);
  });
  test('read back by index and searched without joining the whole column', () => {
    const back = packedFromWire(packedToWire(packStrings(['Acme', 'Zed'])));
    expect(stringAt(back, 1)).toBe('Zed');
    expect(indexOfValue(back, 'Zed')).toBe(1);
    expect(back.decoded()).toBe(false);
    expect(back.data).toBe('AcmeZed');
    expect(back.decoded()).toBe(true);
  });
  test('same values and same search answers as the strings, for any strings', () => {
    const unit = fc.constantFrom('a', 'b', 'é', '合', '\ud83d', '\ude00');
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4, unit }), { maxLength: 12 }), fc.string({ maxLength: 4, unit }), (values, value) => {
        const back = packedFromWire(packedToWire(packStrings(values)));
        expect(values.map((_, i) => stringAt(back, i))).toEqual(values);
        expect(indexOfValue(back, value)).toBe(values.indexOf(value));
      }),
      { numRuns: 2000 },
    );
  });
  test('a long value reads back whole (decoded in slices)', () => {
    const long = 'é'.repeat(100_000) + '合';
    expect(stringAt(packedFromWire(packedToWire(packStrings(['x', long]))), 1)).toBe(long);
  });
});
