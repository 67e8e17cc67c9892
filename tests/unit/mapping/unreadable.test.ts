import { describe, expect, test } from 'vitest';
import { unreadableFields } from '../../../src/lib/mapping/unreadable';
import type { RowIssue } from '../../../src/lib/csv/types';

const bad = (field: string, n: number, code: 'badNumber' | 'badDate' = 'badNumber'): RowIssue[] =>
  Array.from({ length: n }, (_, i) => ({ line: i + 2, code, field, value: 'Not activated' }));

describe('unreadableFields', () => {
  const cases: { description: string; input: [Record<string, string>, RowIssue[], number]; expected: string[] }[] = [
    { description: 'a count column of words', input: [{ client: 'Client', seatsActivated: 'Activation' }, bad('seatsActivated', 60), 60], expected: ['seatsActivated'] },
    { description: 'a date column of words', input: [{ client: 'Client', renewalDate: 'Renewal' }, bad('renewalDate', 31, 'badDate'), 60], expected: ['renewalDate'] },
    { description: 'half unreadable is not most', input: [{ seatsActivated: 'A' }, bad('seatsActivated', 30), 60], expected: [] },
    { description: 'a few bad cells are reported line by line, not refused', input: [{ seatsActivated: 'A' }, bad('seatsActivated', 2), 60], expected: [] },
    { description: 'issues of an unmapped field do not count', input: [{ client: 'Client' }, bad('seatsActivated', 60), 60], expected: [] },
    { description: 'other issue codes do not count', input: [{ activationLink: 'Link' }, Array.from({ length: 60 }, (_, i) => ({ line: i + 2, code: 'badLink' as const, field: 'activationLink' })), 60], expected: [] },
    { description: 'two columns, in mapping order', input: [{ renewalDate: 'R', seatsActivated: 'A' }, [...bad('seatsActivated', 9), ...bad('renewalDate', 9, 'badDate')], 10], expected: ['renewalDate', 'seatsActivated'] },
    { description: 'no rows', input: [{ seatsActivated: 'A' }, [], 0], expected: [] },
  ];
  test.each(cases)('$description', ({ input, expected }) => {
    expect(unreadableFields(...input)).toEqual(expected);
  });
});
