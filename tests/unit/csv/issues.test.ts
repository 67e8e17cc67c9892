import { describe, expect, test } from 'vitest';
import { ISSUE_EXCERPT_CHARS, excerpt, excerptIssues } from '../../../src/lib/csv/issues';

describe('excerpt', () => {
  const cases: { description: string; input: [string, number]; expected: string }[] = [
    { description: 'short text unchanged', input: ['abc', 4], expected: 'abc' },
    { description: 'exactly the limit unchanged', input: ['abcd', 4], expected: 'abcd' },
    { description: 'longer text cut with an ellipsis, the limit kept', input: ['abcdef', 4], expected: 'abc…' },
    { description: 'never half an emoji', input: ['ab😀cd', 4], expected: 'ab…' },
  ];
  for (const { description, input, expected } of cases) test(description, () => expect(excerpt(...input)).toBe(expected));
});

describe('excerptIssues', () => {
  test('a 1 MB bad number in 20 rows becomes 20 short excerpts', () => {
    const huge = '9'.repeat(1_000_000);
    const issues = Array.from({ length: 20 }, (_, i) => ({ line: i + 2, code: 'badNumber' as const, field: 'seatsPurchased', value: huge }));
    const out = excerptIssues(issues);
    expect(out.map((i) => i.value!.length)).toEqual(Array(20).fill(ISSUE_EXCERPT_CHARS));
    expect(out[0]).toMatchObject({ line: 2, code: 'badNumber', field: 'seatsPurchased' });
    expect(out.reduce((n, i) => n + i.value!.length, 0)).toBeLessThan(2_000);
  });
  test('issues without a value, or a short one, are unchanged', () => {
    const issues = [{ line: 2, code: 'noClient' as const }, { line: 3, code: 'badNumber' as const, value: 'abc' }];
    expect(excerptIssues(issues)).toEqual(issues);
  });
});
