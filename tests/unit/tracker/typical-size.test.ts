import { describe, expect, test } from 'vitest';
import { typicalSize } from '../../../src/lib/tracker/typical-size';

describe('typicalSize: the estimate for rows not yet measured', () => {
  test('the initial estimate until a row is measured', () => {
    expect(typicalSize(64).estimate()).toBe(64);
  });
  test('the size most rows measured, not the last one: a wrapped row does not change it', () => {
    const sizes = typicalSize(64);
    for (const size of [103.109375, 103.109375, 140, 103.109375, 140]) sizes.record(size);
    expect(sizes.estimate()).toBe(103.109375);
  });
  test('follows the rows when another size becomes the most common (a narrower window wraps every row)', () => {
    const sizes = typicalSize(64);
    for (const size of [103, 103, 140, 140, 140]) sizes.record(size);
    expect(sizes.estimate()).toBe(140);
  });
});
