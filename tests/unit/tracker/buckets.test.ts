import { describe, expect, test } from 'vitest';
import {
  BUCKETS,
  bucketAt,
  bucketCode,
  bucketOf,
  bucketsAt,
  computeBuckets,
  countBuckets,
  ratio,
  ratiosAt,
  valueAt,
  type BucketColumns,
} from '../../../src/lib/tracker/buckets';
import type { Mapping } from '../../../src/lib/tracker/fields';
import { buildClientTable, clientAt } from '../../../src/lib/tracker/table';
import { SAMPLE_AS_OF, englishSample, frenchSample } from '../fixtures/tracker/samples';

describe('ratio', () => {
  const cases: { description: string; input: [number | null, number | null, number | null]; expected: number | null }[] = [
    { description: 'counts', input: [3, 4, null], expected: 0.75 },
    { description: 'counts win over the percent', input: [3, 4, 10], expected: 0.75 },
    { description: 'zero count', input: [0, 4, null], expected: 0 },
    { description: 'count above the denominator', input: [6, 4, null], expected: 1.5 },
    { description: 'zero denominator, no percent', input: [3, 0, null], expected: null },
    { description: 'zero denominator falls back to the percent', input: [3, 0, 50], expected: 0.5 },
    { description: 'missing count falls back to the percent', input: [null, 4, 45.5], expected: 0.455 },
    { description: 'missing denominator falls back to the percent', input: [3, null, 100], expected: 1 },
    { description: 'percent only', input: [null, null, 120], expected: 1.2 },
    { description: 'percent 0', input: [null, null, 0], expected: 0 },
    { description: 'nothing', input: [null, null, null], expected: null },
    { description: 'a negative count is not a count', input: [-1, 4, null], expected: null },
    { description: 'a negative denominator is not a count', input: [1, -4, null], expected: null },
    { description: 'a negative percent is not a percent', input: [null, null, -5], expected: null },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(ratio(...input)).toBe(expected));
  }
});

describe("bucketOf('activation')", () => {
  const cases: { description: string; input: number | null; expected: string }[] = [
    { description: '0 is none', input: 0, expected: 'none' },
    { description: 'just above 0 is partial', input: 1e-9, expected: 'partial' },
    { description: '0.996 (shown 99.6 %, or 100 % rounded) is partial', input: 0.996, expected: 'partial' },
    { description: 'just below 1 is partial', input: 1 - Number.EPSILON, expected: 'partial' },
    { description: 'exactly 1 is full', input: 1, expected: 'full' },
    { description: 'above 1 is full', input: 1.3, expected: 'full' },
    { description: 'missing is unknown', input: null, expected: 'unknown' },
    { description: 'negative is unknown', input: -0.1, expected: 'unknown' },
    { description: 'NaN is unknown', input: NaN, expected: 'unknown' },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(bucketOf('activation', input)).toBe(expected));
  }
});

describe("bucketOf('deployment')", () => {
  const cases: { description: string; input: number | null; expected: string }[] = [
    { description: '0 is none', input: 0, expected: 'none' },
    { description: 'between 0 and 1 is partial', input: 0.5, expected: 'partial' },
    { description: '0.996 is partial', input: 0.996, expected: 'partial' },
    { description: 'exactly 1 is full', input: 1, expected: 'full' },
    { description: 'just above 1 is over', input: 1 + Number.EPSILON, expected: 'over' },
    { description: 'above 1 is over', input: 2, expected: 'over' },
    { description: 'missing is unknown', input: null, expected: 'unknown' },
    { description: 'negative is unknown', input: -1, expected: 'unknown' },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(bucketOf('deployment', input)).toBe(expected));
  }
});

describe("bucketOf('usage')", () => {
  const cases: { description: string; input: number | null; expected: string }[] = [
    { description: '0 is none', input: 0, expected: 'none' },
    { description: 'just above 0 is low', input: 0.01, expected: 'low' },
    { description: 'just below 0.5 is low', input: 0.4999, expected: 'low' },
    { description: 'exactly 0.5 is good', input: 0.5, expected: 'good' },
    { description: '0.996 is good', input: 0.996, expected: 'good' },
    { description: 'exactly 1 is good', input: 1, expected: 'good' },
    { description: 'above 1 is inflated', input: 1.0001, expected: 'inflated' },
    { description: 'missing is unknown', input: null, expected: 'unknown' },
    { description: 'negative is unknown', input: -0.5, expected: 'unknown' },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(bucketOf('usage', input)).toBe(expected));
  }
});

describe("bucketOf('stage')", () => {
  const cases: { description: string; input: number | null; expected: string }[] = [
    { description: 'day -1', input: -1, expected: 'upcoming' },
    { description: 'day 0', input: 0, expected: 'week-1' },
    { description: 'day 6', input: 6, expected: 'week-1' },
    { description: 'day 7', input: 7, expected: 'weeks-2-3' },
    { description: 'day 20', input: 20, expected: 'weeks-2-3' },
    { description: 'day 21', input: 21, expected: 'week-4' },
    { description: 'day 27', input: 27, expected: 'week-4' },
    { description: 'day 28', input: 28, expected: 'weeks-5-6' },
    { description: 'day 41', input: 41, expected: 'weeks-5-6' },
    { description: 'day 42', input: 42, expected: 'weeks-7-10' },
    { description: 'day 69', input: 69, expected: 'weeks-7-10' },
    { description: 'day 70', input: 70, expected: 'ongoing' },
    { description: 'day 1000', input: 1000, expected: 'ongoing' },
    { description: 'missing', input: null, expected: 'unknown' },
    { description: 'NaN', input: NaN, expected: 'unknown' },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(bucketOf('stage', input)).toBe(expected));
  }
});

describe("bucketOf('renewal')", () => {
  // n = days from the as-of date to the renewal date.
  const cases: { description: string; input: number | null; expected: string }[] = [
    { description: 'day -1 (yesterday) is lapsed', input: -1, expected: 'lapsed' },
    { description: 'day 0 (today) is within 45', input: 0, expected: 'within-45' },
    { description: 'day 45 is within 45', input: 45, expected: 'within-45' },
    { description: 'day 46 is within 90', input: 46, expected: 'within-90' },
    { description: 'day 90 is within 90', input: 90, expected: 'within-90' },
    { description: 'day 91 is later', input: 91, expected: 'later' },
    { description: 'missing is unknown', input: null, expected: 'unknown' },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(bucketOf('renewal', input)).toBe(expected));
  }
});

describe('BUCKETS', () => {
  test('lists each dimension in display order, unknown last', () => {
    expect(Object.keys(BUCKETS)).toEqual(['activation', 'deployment', 'usage', 'stage', 'renewal']);
    for (const names of Object.values(BUCKETS)) expect(names.at(-1)).toBe('unknown');
  });
  test('bucketCode is the place in that order, -1 for a bucket of another dimension', () => {
    expect(bucketCode('usage', 'good')).toBe(2);
    expect(bucketCode('renewal', 'within-90')).toBe(2);
    expect(bucketCode('usage', 'lapsed')).toBe(-1);
    expect(bucketCode('usage', 'toString')).toBe(-1);
  });
});

const HEADERS = ['Client', 'Sold', 'Assigned', 'Activated', 'Active', 'Act %', 'Dep %', 'Use %', 'Start', 'Renewal'];
const MAPPING: Mapping = {
  client: 'Client',
  seatsPurchased: 'Sold',
  seatsAssigned: 'Assigned',
  usersActivated: 'Activated',
  activeUsers: 'Active',
  activationPct: 'Act %',
  deploymentPct: 'Dep %',
  usagePct: 'Use %',
  startDate: 'Start',
  renewalDate: 'Renewal',
};
const AS_OF = 20513; // 2026-03-01

/** Bucket names of client 0 of a one-row table. */
function bucketsOf(cells: string[], asOfDay = AS_OF): Record<string, string> {
  const { table } = buildClientTable(HEADERS, [['A', ...cells]], MAPPING, { decimal: '.', dayFirst: false });
  const { renewal: _renewal, ...rest } = bucketsAt(computeBuckets(table, asOfDay), 0);
  return rest;
}

describe('computeBuckets', () => {
  // cells: Sold, Assigned, Activated, Active, Act %, Dep %, Use %, Start
  const cases: { description: string; input: string[]; expected: Record<string, string> }[] = [
    {
      description: 'all from counts',
      input: ['10', '5', '10', '5', '', '', '', '2026-02-20'],
      expected: { activation: 'full', deployment: 'partial', usage: 'good', stage: 'weeks-2-3' },
    },
    {
      description: 'zeros',
      input: ['10', '0', '0', '0', '', '', '', '2026-03-01'],
      expected: { activation: 'none', deployment: 'none', usage: 'none', stage: 'week-1' },
    },
    {
      description: '249 of 250 is partial, not full (99.6 %)',
      input: ['250', '249', '249', '249', '', '', '', '2026-03-02'],
      expected: { activation: 'partial', deployment: 'partial', usage: 'good', stage: 'upcoming' },
    },
    {
      description: 'above the seats',
      input: ['10', '12', '11', '13', '', '', '', '2025-01-01'],
      expected: { activation: 'full', deployment: 'over', usage: 'inflated', stage: 'ongoing' },
    },
    {
      description: 'zero seats and no percent: unknown',
      input: ['0', '0', '0', '0', '', '', '', ''],
      expected: { activation: 'unknown', deployment: 'unknown', usage: 'unknown', stage: 'unknown' },
    },
    {
      description: 'percent fallback when counts are missing',
      input: ['', '', '', '', '99.6', '100', '49.9', '2026-01-25'],
      expected: { activation: 'partial', deployment: 'full', usage: 'low', stage: 'weeks-5-6' },
    },
    {
      description: 'percent fallback when the denominator is 0',
      input: ['0', '0', '0', '0', '100', '0', '150', '2026-02-08'],
      expected: { activation: 'full', deployment: 'none', usage: 'inflated', stage: 'week-4' },
    },
    {
      // Microsoft's usage %: active entitlements / total entitlements. Was active / assigned (0.5, good) before tracker.md §3 changed.
      description: 'usage divides by seats purchased, not assigned',
      input: ['100', '10', '', '10', '', '', '', '2026-01-01'],
      expected: { activation: 'unknown', deployment: 'partial', usage: 'low', stage: 'weeks-7-10' },
    },
    {
      description: 'nothing at all',
      input: ['', '', '', '', '', '', '', ''],
      expected: { activation: 'unknown', deployment: 'unknown', usage: 'unknown', stage: 'unknown' },
    },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(bucketsOf(input)).toEqual(expected));
  }

  test('an empty table gives empty columns', () => {
    const { table } = buildClientTable(HEADERS, [], MAPPING, { decimal: '.', dayFirst: false });
    expect(countBuckets(computeBuckets(table, AS_OF)).stage).toEqual(
      Object.fromEntries(BUCKETS.stage.map((name) => [name, 0])),
    );
  });

  test('English sample: whole-file counts and a few clients worked out by hand', () => {
    const { headers, rows, mapping, options } = englishSample();
    const { table, summary, issues } = buildClientTable(headers, rows, mapping, options);
    expect(summary).toEqual({ rows: 60, clients: 60, merged: 0, skipped: 0, totalRows: 0 });
    expect(issues).toEqual([]);
    const columns = computeBuckets(table, SAMPLE_AS_OF);
    expect(countBuckets(columns)).toEqual({
      activation: { none: 23, partial: 13, full: 24, unknown: 0 },
      deployment: { none: 15, partial: 19, full: 26, over: 0, unknown: 0 },
      // Usage over licences purchased (tracker.md §3), recounted from the file: 0 active → none.
      usage: { none: 34, low: 10, good: 16, inflated: 0, unknown: 0 },
      stage: { upcoming: 0, 'week-1': 3, 'weeks-2-3': 7, 'week-4': 2, 'weeks-5-6': 5, 'weeks-7-10': 5, ongoing: 38, unknown: 0 },
      // Renewal dates: one lapsed (Meridian Build), three within 45 days, two within 90, the rest a year after the start.
      renewal: { lapsed: 1, 'within-45': 3, 'within-90': 2, later: 54, unknown: 0 },
    });
    const byName = (name: string) => {
      const index = Array.from({ length: table.size }, (_, i) => clientAt(table, i).client).indexOf(name);
      const { renewal: _renewal, ...rest } = bucketsAt(columns, index);
      return rest;
    };
    // 10 sold, 10 assigned, 0 activated, 1 active, started 2026-10-30 (21 days before 2026-11-20).
    expect(byName('Acme Design')).toEqual({ activation: 'none', deployment: 'full', usage: 'low', stage: 'week-4' });
    // 5 sold, 0 assigned, 0 active: no usage (the denominator is the 5 sold).
    expect(byName('Cobalt Media')).toEqual({ activation: 'none', deployment: 'none', usage: 'none', stage: 'ongoing' });
    // 120 sold, 9 assigned, 120 activated, 5 active (5/120 < 0.5), 86 days.
    expect(byName('Kestrel Video')).toEqual({ activation: 'full', deployment: 'partial', usage: 'low', stage: 'ongoing' });
    // 50/50/50 with 18 active of 50 purchased, started 2026-11-05 (15 days).
    expect(byName('Iris Motion')).toEqual({ activation: 'full', deployment: 'full', usage: 'low', stage: 'weeks-2-3' });
    // 20 sold, 12 assigned, 2 activated, 0 active, started 2026-10-22 (29 days).
    expect(byName('Oakridge Partners II')).toEqual({ activation: 'partial', deployment: 'partial', usage: 'none', stage: 'weeks-5-6' });
  });

  test('French sample: day-first dates, no activation column', () => {
    const { headers, rows, mapping, options } = frenchSample();
    const { table, summary, issues } = buildClientTable(headers, rows, mapping, options);
    expect(summary).toEqual({ rows: 20, clients: 20, merged: 0, skipped: 0, totalRows: 0 });
    expect(issues).toEqual([]);
    const columns = computeBuckets(table, SAMPLE_AS_OF);
    expect(countBuckets(columns)).toEqual({
      activation: { none: 0, partial: 0, full: 0, unknown: 20 },
      deployment: { none: 6, partial: 5, full: 9, over: 0, unknown: 0 },
      usage: { none: 11, low: 4, good: 5, inflated: 0, unknown: 0 },
      stage: { upcoming: 0, 'week-1': 0, 'weeks-2-3': 1, 'week-4': 1, 'weeks-5-6': 2, 'weeks-7-10': 2, ongoing: 14, unknown: 0 },
      renewal: { lapsed: 0, 'within-45': 0, 'within-90': 0, later: 0, unknown: 20 },
    });
    // "30/10/2026" is 30 October: 21 days before the as-of date.
    expect(clientAt(table, 0)).toMatchObject({ client: 'Acme Design', startDate: SAMPLE_AS_OF - 21 });
    expect(bucketAt(columns, 'stage', 0)).toBe('week-4');
  });
});

describe('countBuckets', () => {
  const columns: BucketColumns = {
    activation: Uint8Array.from([0, 0, 2, 3]),
    deployment: Uint8Array.from([3, 3, 3, 4]),
    usage: Uint8Array.from([1, 2, 2, 2]),
    stage: Uint8Array.from([6, 6, 6, 7]),
    renewal: Uint8Array.from([0, 1, 1, 4]),
  };
  const cases = [
    { description: 'activation', input: 'activation' as const, expected: { none: 2, partial: 0, full: 1, unknown: 1 } },
    { description: 'deployment', input: 'deployment' as const, expected: { none: 0, partial: 0, full: 0, over: 3, unknown: 1 } },
    { description: 'usage', input: 'usage' as const, expected: { none: 0, low: 1, good: 3, inflated: 0, unknown: 0 } },
    {
      description: 'stage',
      input: 'stage' as const,
      expected: { upcoming: 0, 'week-1': 0, 'weeks-2-3': 0, 'week-4': 0, 'weeks-5-6': 0, 'weeks-7-10': 0, ongoing: 3, unknown: 1 },
    },
    { description: 'renewal', input: 'renewal' as const, expected: { lapsed: 1, 'within-45': 2, 'within-90': 0, later: 0, unknown: 1 } },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(countBuckets(columns)[input]).toEqual(expected));
  }
  test('an out-of-range code is not counted anywhere', () => {
    const broken: BucketColumns = { ...columns, usage: Uint8Array.from([2, 99]) };
    expect(countBuckets(broken).usage).toEqual({ none: 0, low: 0, good: 1, inflated: 0, unknown: 0 });
  });
});

describe('ratiosAt', () => {
  const { table } = buildClientTable(
    HEADERS,
    [
      ['A', '4', '2', '1', '3', '', '', '', '', ''],
      ['B', '', '', '', '', '50', '', '120', '', ''],
    ],
    MAPPING,
    { decimal: '.', dayFirst: false },
  );
  const cases = [
    { description: 'from counts (usage over the 4 purchased)', input: 0, expected: { activation: 0.25, deployment: 0.5, usage: 0.75 } },
    { description: 'from percents, missing when neither', input: 1, expected: { activation: 0.5, deployment: null, usage: 1.2 } },
    { description: 'outside the table: all missing', input: 5, expected: { activation: null, deployment: null, usage: null } },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(ratiosAt(table, input)).toEqual(expected));
  }
});

describe('renewal from the renewal date column', () => {
  // cells: Sold, Assigned, Activated, Active, Act %, Dep %, Use %, Start, Renewal; as of 2026-03-01.
  const cases: { description: string; input: string; expected: { bucket: string; days: number | null } }[] = [
    { description: 'yesterday: lapsed', input: '2026-02-28', expected: { bucket: 'lapsed', days: -1 } },
    { description: 'today: within 45', input: '2026-03-01', expected: { bucket: 'within-45', days: 0 } },
    { description: '45 days: within 45', input: '2026-04-15', expected: { bucket: 'within-45', days: 45 } },
    { description: '46 days: within 90', input: '2026-04-16', expected: { bucket: 'within-90', days: 46 } },
    { description: '90 days: within 90', input: '2026-05-30', expected: { bucket: 'within-90', days: 90 } },
    { description: '91 days: later', input: '2026-05-31', expected: { bucket: 'later', days: 91 } },
    { description: 'empty: unknown', input: '', expected: { bucket: 'unknown', days: null } },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => {
      const { table } = buildClientTable(HEADERS, [['A', '', '', '', '', '', '', '', '', input]], MAPPING, { decimal: '.', dayFirst: false });
      const columns = computeBuckets(table, AS_OF);
      expect({ bucket: bucketAt(columns, 'renewal', 0), days: valueAt(table, 'renewal', 0, AS_OF) }).toEqual(expected);
    });
  }

  test('merged rows keep the nearest renewal date', () => {
    const rows = [['A', '', '', '', '', '', '', '', '', '2026-09-01'], ['a', '', '', '', '', '', '', '', '', '2026-04-01']];
    const { table } = buildClientTable(HEADERS, rows, MAPPING, { decimal: '.', dayFirst: false });
    expect(valueAt(table, 'renewal', 0, AS_OF)).toBe(31);
  });
});
