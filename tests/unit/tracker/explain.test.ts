import { describe, expect, test } from 'vitest';
import { explain, type Reason } from '../../../src/lib/tracker/explain';
import type { Dimension, Mapping } from '../../../src/lib/tracker/registry';
import { buildClientTable } from '../../../src/lib/tracker/table';

const AS_OF = 20513; // 2026-03-01
const H = ['Client', 'Licenses', 'Assigned', 'Active', 'Usage %', 'Start', 'Anniversary Date'];
const M: Mapping = { client: 'Client', seatsPurchased: 'Licenses', seatsAssigned: 'Assigned', activeUsers: 'Active', usagePct: 'Usage %', startDate: 'Start', renewalDate: 'Anniversary Date' };
const { table } = buildClientTable(
  H,
  [
    ['Counts', '40', '12', '30', '', '2026-02-19', '2026-02-28'],
    ['Percent', '', '', '', '45', '', '2026-04-16'],
    ['Zero', '0', '0', '0', '', 'soon', ''],
    ['Empty', '40', '', '', '', '', ''],
  ],
  M,
  { decimal: '.', dayFirst: false },
);

describe('explain', () => {
  const cases: { description: string; input: [Dimension, number]; expected: { bucket: string; reason: Reason } }[] = [
    {
      description: 'deployment from counts: 12 of 40 = 30 %',
      input: ['deployment', 0],
      expected: { bucket: 'partial', reason: { kind: 'counts', count: 12, total: 40, countField: 'seatsAssigned', totalField: 'seatsPurchased', ratio: 0.3 } },
    },
    {
      description: 'usage over licences purchased, not assigned: 30 of 40',
      input: ['usage', 0],
      expected: { bucket: 'good', reason: { kind: 'counts', count: 30, total: 40, countField: 'activeUsers', totalField: 'seatsPurchased', ratio: 0.75 } },
    },
    {
      description: 'usage from the export’s percentage',
      input: ['usage', 1],
      expected: { bucket: 'low', reason: { kind: 'percent', percent: 45, percentField: 'usagePct', ratio: 0.45 } },
    },
    { description: '0 licences purchased: no ratio', input: ['deployment', 2], expected: { bucket: 'unknown', reason: { kind: 'zeroTotal', totalField: 'seatsPurchased' } } },
    { description: 'an empty cell in a column the file has', input: ['deployment', 3], expected: { bucket: 'unknown', reason: { kind: 'missing', fields: ['seatsAssigned'] } } },
    { description: 'usage with neither count nor percentage', input: ['usage', 3], expected: { bucket: 'unknown', reason: { kind: 'missing', fields: ['activeUsers', 'usagePct'] } } },
    { description: 'a dimension the file has no column for', input: ['activation', 0], expected: { bucket: 'unknown', reason: { kind: 'notInFile', fields: ['usersActivated', 'activationPct'] } } },
    { description: 'stage: days since the start', input: ['stage', 0], expected: { bucket: 'weeks-2-3', reason: { kind: 'days', days: 10, day: AS_OF - 10, dateField: 'startDate', direction: 'since' } } },
    { description: 'renewal passed yesterday: lapsed', input: ['renewal', 0], expected: { bucket: 'lapsed', reason: { kind: 'days', days: -1, day: AS_OF - 1, dateField: 'renewalDate', direction: 'until' } } },
    { description: 'renewal in 46 days', input: ['renewal', 1], expected: { bucket: 'within-90', reason: { kind: 'days', days: 46, day: AS_OF + 46, dateField: 'renewalDate', direction: 'until' } } },
    { description: 'an unreadable start date', input: ['stage', 2], expected: { bucket: 'unknown', reason: { kind: 'missing', fields: ['startDate'] } } },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(explain(table, input[0], input[1], AS_OF)).toEqual({ dimension: input[0], ...expected }));
  }
});
