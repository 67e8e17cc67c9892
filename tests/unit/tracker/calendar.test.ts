import { describe, expect, test } from 'vitest';
import { civilDate, daysInMonth, epochDay, isLeapYear, isValidDate, isoDate } from '../../../src/lib/tracker/calendar';

describe('isLeapYear', () => {
  const cases = [
    { description: 'divisible by 4', input: 2024, expected: true },
    { description: 'not divisible by 4', input: 2026, expected: false },
    { description: 'century', input: 1900, expected: false },
    { description: 'every 400 years', input: 2000, expected: true },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(isLeapYear(input)).toBe(expected));
  }
});

describe('daysInMonth', () => {
  const cases = [
    { description: 'January', input: [2026, 1], expected: 31 },
    { description: 'April', input: [2026, 4], expected: 30 },
    { description: 'February', input: [2026, 2], expected: 28 },
    { description: 'February of a leap year', input: [2024, 2], expected: 29 },
    { description: 'month 13 has no days', input: [2026, 13], expected: 0 },
  ] as const;
  for (const { description, input, expected } of cases) {
    test(description, () => expect(daysInMonth(input[0], input[1])).toBe(expected));
  }
});

describe('isValidDate', () => {
  const cases: { description: string; input: [number, number, number]; expected: boolean }[] = [
    { description: 'a real day', input: [2026, 3, 1], expected: true },
    { description: '31 February', input: [2026, 2, 31], expected: false },
    { description: '29 February of a leap year', input: [2024, 2, 29], expected: true },
    { description: '29 February otherwise', input: [2026, 2, 29], expected: false },
    { description: 'month 0', input: [2026, 0, 1], expected: false },
    { description: 'month 13', input: [2026, 13, 1], expected: false },
    { description: 'day 0', input: [2026, 1, 0], expected: false },
    { description: 'a fractional day', input: [2026, 1, 1.5], expected: false },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(isValidDate(...input)).toBe(expected));
  }
});

describe('epochDay', () => {
  const cases: { description: string; input: [number, number, number]; expected: number }[] = [
    { description: 'the epoch', input: [1970, 1, 1], expected: 0 },
    { description: 'a March day', input: [2026, 3, 1], expected: 20513 },
    { description: 'a leap day', input: [2024, 2, 29], expected: 19782 },
    { description: 'before the epoch', input: [1900, 1, 1], expected: -25567 },
    { description: 'the last day Excel knows', input: [9999, 12, 31], expected: 2932896 },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => {
      expect(epochDay(...input)).toBe(expected);
      expect(epochDay(...input)).toBe(Date.UTC(input[0], input[1] - 1, input[2]) / 86_400_000);
    });
  }
});

describe('civilDate', () => {
  test('inverts epochDay over four centuries', () => {
    for (let day = -25567; day < 2932896; day += 97) {
      const { year, month, day: d } = civilDate(day);
      expect(epochDay(year, month, d)).toBe(day);
      expect(isValidDate(year, month, d)).toBe(true);
    }
  });
  test('a January day', () => expect(civilDate(20454)).toEqual({ year: 2026, month: 1, day: 1 }));
});

describe('isoDate', () => {
  const cases = [
    { description: 'pads month and day', input: 20513, expected: '2026-03-01' },
    { description: 'the epoch', input: 0, expected: '1970-01-01' },
    { description: 'end of a leap February', input: 19782, expected: '2024-02-29' },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(isoDate(input)).toBe(expected));
  }
});
