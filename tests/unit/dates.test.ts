import { describe, expect, test } from 'vitest';
import { addDays, dayFromIso, isoFromDay, todayDay } from '../../src/lib/dates';

describe('addDays', () => {
  const cases = [
    { description: 'two weeks later', input: [20513, 14], expected: 20527 },
    { description: 'backwards', input: [20513, -1], expected: 20512 },
    { description: 'none', input: [20513, 0], expected: 20513 },
  ] as const;
  for (const { description, input, expected } of cases) {
    test(description, () => expect(addDays(input[0], input[1])).toBe(expected));
  }
});

describe('dayFromIso', () => {
  const cases: { description: string; input: string; expected: number | null }[] = [
    { description: 'a date input value', input: '2026-03-01', expected: 20513 },
    { description: 'the epoch', input: '1970-01-01', expected: 0 },
    { description: 'a leap day', input: '2024-02-29', expected: 19782 },
    { description: 'surrounding spaces', input: ' 2026-03-01 ', expected: 20513 },
    { description: 'empty (a cleared date input)', input: '', expected: null },
    { description: 'not a real day', input: '2026-02-29', expected: null },
    { description: 'month 13', input: '2026-13-01', expected: null },
    { description: 'slashes', input: '2026/03/01', expected: null },
    { description: 'day first', input: '01-03-2026', expected: null },
    { description: 'with a time', input: '2026-03-01T10:00', expected: null },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(dayFromIso(input)).toBe(expected));
  }
});

describe('isoFromDay', () => {
  const cases = [
    { description: 'a March day', input: 20513, expected: '2026-03-01' },
    { description: 'the epoch', input: 0, expected: '1970-01-01' },
    { description: 'before the epoch', input: -1, expected: '1969-12-31' },
    { description: 'a fraction is the day it falls in', input: 20513.75, expected: '2026-03-01' },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(isoFromDay(input)).toBe(expected));
  }

  test('round-trips with dayFromIso', () => {
    for (const day of [-719468, -1, 0, 19782, 20513, 2932896]) expect(dayFromIso(isoFromDay(day))).toBe(day);
  });

  test('a non-number is a programmer error', () => {
    expect(() => isoFromDay(Number.NaN)).toThrow(RangeError);
  });
});

describe('todayDay', () => {
  const cases = [
    { description: 'late evening is still that day for the rep', input: new Date(2026, 2, 1, 23, 30), expected: 20513 },
    { description: 'early morning is already that day for the rep', input: new Date(2026, 2, 1, 0, 30), expected: 20513 },
    { description: 'the last day of a leap February', input: new Date(2024, 1, 29, 12), expected: 19782 },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(todayDay(input)).toBe(expected));
  }

  test('defaults to now', () => {
    const local = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const before = local(new Date());
    const day = isoFromDay(todayDay());
    const after = local(new Date()); // the test may straddle midnight
    expect([before, after]).toContain(day);
  });
});
