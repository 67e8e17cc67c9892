import { describe, expect, test } from 'vitest';
import { rowWindow } from '../../../src/lib/tracker/row-window';

describe('rowWindow', () => {
  const cases = [
    { description: 'the doc example', input: { count: 1000, rowHeight: 50, scrollTop: 500, viewport: 200, overscan: 2 }, expected: { from: 8, to: 16, padTop: 400, padBottom: 49200 } },
    { description: 'top of the list: overscan below only', input: { count: 1000, rowHeight: 50, scrollTop: 0, viewport: 200, overscan: 2 }, expected: { from: 0, to: 6, padTop: 0, padBottom: 49700 } },
    { description: 'bottom: clamped to the count', input: { count: 10, rowHeight: 50, scrollTop: 400, viewport: 200, overscan: 2 }, expected: { from: 6, to: 10, padTop: 300, padBottom: 0 } },
    { description: 'scrolled past the end (the list shrank)', input: { count: 3, rowHeight: 50, scrollTop: 5000, viewport: 200, overscan: 2 }, expected: { from: 3, to: 3, padTop: 150, padBottom: 0 } },
    { description: 'empty list', input: { count: 0, rowHeight: 50, scrollTop: 0, viewport: 200, overscan: 2 }, expected: { from: 0, to: 0, padTop: 0, padBottom: 0 } },
    { description: 'a negative scroll (rubber band) reads as 0', input: { count: 5, rowHeight: 50, scrollTop: -30, viewport: 100, overscan: 0 }, expected: { from: 0, to: 2, padTop: 0, padBottom: 150 } },
    { description: 'a million rows in constant work', input: { count: 1_000_000, rowHeight: 56, scrollTop: 56 * 500_000, viewport: 560, overscan: 12 }, expected: { from: 499_988, to: 500_022, padTop: 499_988 * 56, padBottom: 499_978 * 56 } },
    { description: 'a zero row height is taken as 1 px', input: { count: 4, rowHeight: 0, scrollTop: 0, viewport: 2, overscan: 0 }, expected: { from: 0, to: 2, padTop: 0, padBottom: 2 } },
  ];
  for (const { description, input, expected } of cases) test(description, () => expect(rowWindow(input)).toEqual(expected));
});
