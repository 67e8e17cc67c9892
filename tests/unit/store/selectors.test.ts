import { describe, expect, test } from 'vitest';
import { deadlineDaysOf, factsOf, lastOutreachDaysOf, listFlagsOf, visibleOf } from '../../../src/store/selectors';
import { deadlineAt } from '../../../src/lib/tracker/view';
import { buildClientTable, stringAt } from '../../../src/lib/tracker/table';
import { bucketAt, computeBuckets } from '../../../src/lib/tracker/buckets';
import type { SortColumn } from '../../../src/store/slices/session';

// Four clients: name, seats purchased, seats assigned.
const { table } = buildClientTable(
  ['Client', 'Id', 'Seats', 'Assigned'],
  [['Delta', 'D-1', '10', '0'], ['alpha', 'A-1', '10', '10'], ['Charlie', 'C-1', '10', '5'], ['Bravo', 'B-1', '10', '0']],
  { client: 'Client', clientId: 'Id', seatsPurchased: 'Seats', seatsAssigned: 'Assigned' },
  { decimal: '.', dayFirst: false },
);
const columns = computeBuckets(table, 20_000);
const columnsBucket = (dimension: 'activation', row: number) => bucketAt(columns, dimension, row);
/** Ranks as the worker sends them: alpha 0, Bravo 1, Charlie 2, Delta 3. */
const rank = Uint32Array.from([3, 0, 2, 1]);
/** No step for anyone (rule 0), all on track (status 1). */
const steps = (rule: number[]) => ({ rule: Uint8Array.from(rule), status: Uint8Array.from(rule.map((r) => (r > 0 ? 0 : 1))) });
const nextSteps = steps([0, 0, 0, 0]);
const names = (rows: Int32Array) => [...rows].map((i) => ['Delta', 'alpha', 'Charlie', 'Bravo'][i]);

describe('visibleOf', () => {
  const sort = (column: SortColumn, descending = false) => ({ column, descending });
  const cases: { description: string; input: Parameters<typeof visibleOf>; expected: string[] }[] = [
    { description: 'by name with the worker rank', input: [table, columns, nextSteps, {}, null, '', sort('client'), rank, 'en'], expected: ['alpha', 'Bravo', 'Charlie', 'Delta'] },
    { description: 'by name, descending', input: [table, columns, nextSteps, {}, null, '', sort('client', true), rank, 'en'], expected: ['Delta', 'Charlie', 'Bravo', 'alpha'] },
    { description: 'file order until the rank arrives', input: [table, columns, nextSteps, {}, null, '', sort('client'), null, 'en'], expected: ['Delta', 'alpha', 'Charlie', 'Bravo'] },
    { description: 'a rank for another table is ignored', input: [table, columns, nextSteps, {}, null, '', sort('client'), Uint32Array.from([0, 1]), 'en'], expected: ['Delta', 'alpha', 'Charlie', 'Bravo'] },
    {
      description: 'by deployment bucket, names in order within a bucket (none, partial, full)',
      input: [table, columns, nextSteps, {}, null, '', sort('deployment'), rank, 'en'],
      expected: ['Bravo', 'Delta', 'Charlie', 'alpha'],
    },
    {
      description: 'filtered to one bucket',
      input: [table, columns, nextSteps, { deployment: 'none' }, null, '', sort('client'), rank, 'en'],
      expected: ['Bravo', 'Delta'],
    },
    {
      description: 'two filters combine: a row must be in both buckets',
      input: [table, columns, nextSteps, { deployment: 'none', activation: columnsBucket('activation', 3) }, null, '', sort('client'), rank, 'en'],
      expected: ['Bravo', 'Delta'].filter((name) => columnsBucket('activation', ['Delta', 'alpha', 'Charlie', 'Bravo'].indexOf(name)) === columnsBucket('activation', 3)),
    },
    {
      description: 'the call list keeps only flagged rows, and combines with a filter',
      input: [table, columns, nextSteps, { deployment: 'none' }, Uint8Array.from([0, 0, 1, 1]), '', sort('client'), rank, 'en'],
      expected: ['Bravo'],
    },
    {
      description: 'the call list alone',
      input: [table, columns, nextSteps, {}, Uint8Array.from([0, 1, 1, 0]), '', sort('client'), rank, 'en'],
      expected: ['alpha', 'Charlie'],
    },
    { description: 'search matches the name, any case', input: [table, columns, nextSteps, {}, null, 'CHAR', sort('client'), rank, 'en'], expected: ['Charlie'] },
    { description: 'search matches the client id', input: [table, columns, nextSteps, {}, null, 'b-1', sort('client'), rank, 'en'], expected: ['Bravo'] },
    { description: 'search with no match', input: [table, columns, nextSteps, {}, null, 'zulu', sort('client'), rank, 'en'], expected: [] },
    {
      description: 'by next step: steps in rule order first, on track last',
      input: [table, columns, steps([0, 2, 0, 1]), {}, null, '', sort('nextStep'), rank, 'en'],
      expected: ['Bravo', 'alpha', 'Charlie', 'Delta'],
    },
  ];
  for (const { description, input, expected } of cases) test(description, () => expect(names(visibleOf(...input))).toEqual(expected));

  // Deadline days by row (Delta, alpha, Charlie, Bravo): alpha has none.
  const deadlines = Float64Array.from([20_010, NaN, 20_005, 20_010]);
  const byDeadline = (descending: boolean, days: Float64Array | null) =>
    names(visibleOf(table, columns, nextSteps, {}, null, '', sort('deadline', descending), rank, 'en', days));
  test('by deadline: soonest first, ties in name order, no deadline last', () => {
    expect(byDeadline(false, deadlines)).toEqual(['Charlie', 'Bravo', 'Delta', 'alpha']);
  });
  test('by deadline, descending: latest first, ties still in name order, no deadline still last', () => {
    expect(byDeadline(true, deadlines)).toEqual(['Bravo', 'Delta', 'Charlie', 'alpha']);
  });
  test('by deadline without any logged: name order', () => {
    expect(byDeadline(false, null)).toEqual(['alpha', 'Bravo', 'Charlie', 'Delta']);
  });
  // Last outreach days by row (Delta, alpha, Charlie, Bravo): Charlie was never contacted.
  const outreachDays = Float64Array.from([20_003, 20_001, NaN, 20_003]);
  const byOutreach = (descending: boolean, days: Float64Array | null) =>
    names(visibleOf(table, columns, nextSteps, {}, null, '', sort('lastOutreach', descending), rank, 'en', null, days));
  test('by last outreach: longest ago first, ties in name order, never contacted last', () => {
    expect(byOutreach(false, outreachDays)).toEqual(['alpha', 'Bravo', 'Delta', 'Charlie']);
  });
  test('by last outreach, descending: most recent first, never contacted still last', () => {
    expect(byOutreach(true, outreachDays)).toEqual(['Bravo', 'Delta', 'alpha', 'Charlie']);
  });
  test('by last outreach with nothing logged: name order', () => {
    expect(byOutreach(false, null)).toEqual(['alpha', 'Bravo', 'Charlie', 'Delta']);
  });
});

describe('lastOutreachDaysOf', () => {
  test('the day of each row’s latest log entry (email, call or note), NaN when none', () => {
    const log = {
      'id:C-1': [{ id: '1', kind: 'email', day: 20_001, template: 'welcome', deadlineDay: null, locale: 'en' }, { id: '2', kind: 'note', day: 20_009, text: 'x' }],
      'id:B-1': [{ id: '3', kind: 'call', day: 20_004, outcome: 'reached', note: '', deadlineDay: null }],
      'id:Z-9': [{ id: '4', kind: 'note', day: 20_002, text: 'a client not in this file' }],
    } as const;
    const days = lastOutreachDaysOf(table, log as never);
    expect(names(Int32Array.from([0, 1, 2, 3])).map((n, i) => [n, days[i]])).toEqual([['Delta', NaN], ['alpha', NaN], ['Charlie', 20_009], ['Bravo', 20_004]]);
  });
});

describe('deadlineDaysOf', () => {
  test('the deadline of the latest activation email per row, NaN when none', () => {
    const facts = new Map([
      ['id:C-1', { emailLogged: true, deadlineDay: 20_005 }],
      ['id:B-1', { emailLogged: true, deadlineDay: null }],
    ]);
    const keys = Array.from({ length: table.size }, (_, i) => stringAt(table.key, i));
    const days = deadlineDaysOf(table, facts);
    expect(keys.map((k, i) => [k, days[i]])).toEqual(keys.map((k) => [k, k === 'id:C-1' ? 20_005 : NaN]));
  });
  test('no log: no array per client, every row reads NaN (deadlineAt)', () => {
    const days = deadlineDaysOf(table, new Map());
    expect(days.length).toBe(0);
    expect(Array.from({ length: table.size }, (_, i) => deadlineAt(days, i)).every(Number.isNaN)).toBe(true);
  });
  test('no log: the deadline sort keeps name order both ways (every row without a deadline)', () => {
    const byName = visibleOf(table, columns, nextSteps, {}, null, '', { column: 'client', descending: false }, null, 'en');
    for (const descending of [false, true]) {
      const rows = visibleOf(table, columns, nextSteps, {}, null, '', { column: 'deadline', descending }, null, 'en', deadlineDaysOf(table, new Map()));
      expect([...rows]).toEqual([...byName]);
    }
  });
});

describe('factsOf', () => {
  const email = (id: string, day: number, deadlineDay: number | null, template: 'activation-request' | 'welcome' = 'activation-request') =>
    ({ id, kind: 'email', day, template, deadlineDay, locale: 'en' }) as const;
  const call = (id: string, day: number, deadlineDay: number | null) => ({ id, kind: 'call', day, outcome: 'reached', note: '', deadlineDay }) as const;
  const cases: { description: string; input: Parameters<typeof factsOf>[0]; expected: Record<string, { emailLogged: boolean; deadlineDay: number | null }> }[] = [
    { description: 'the latest activation email gives the deadline', input: { a: [email('1', 10, 17), email('2', 20, 27)] }, expected: { a: { emailLogged: true, deadlineDay: 27 } } },
    { description: 'other templates do not count', input: { a: [email('1', 10, 17, 'welcome')] }, expected: {} },
    { description: 'a later call with a new deadline supersedes the email’s', input: { a: [email('1', 10, 17), call('2', 18, 30)] }, expected: { a: { emailLogged: true, deadlineDay: 30 } } },
    { description: 'a call without a deadline changes nothing', input: { a: [email('1', 10, 17), call('2', 18, null)] }, expected: { a: { emailLogged: true, deadlineDay: 17 } } },
    { description: 'a later email supersedes an earlier call’s deadline', input: { a: [call('1', 10, 30), email('2', 12, 19)] }, expected: { a: { emailLogged: true, deadlineDay: 19 } } },
    { description: 'a call with a deadline and no email: the client was asked, the deadline counts', input: { a: [call('1', 10, 30)] }, expected: { a: { emailLogged: true, deadlineDay: 30 } } },
  ];
  for (const { description, input, expected } of cases) test(description, () => expect(Object.fromEntries(factsOf(input))).toEqual(expected));
});

describe('listFlagsOf', () => {
  const keys = Array.from({ length: table.size }, (_, i) => stringAt(table.key, i));
  test('no set of clients: the call list flags as they are (or null)', () => {
    const overdue = Uint8Array.of(1, 0, 1, 0);
    expect(listFlagsOf(table, overdue, null)).toBe(overdue);
    expect(listFlagsOf(table, null, null)).toBeNull();
  });
  test('a set of clients alone flags exactly those rows', () =>
    expect([...listFlagsOf(table, null, new Set([keys[1]!, keys[3]!]))!]).toEqual([0, 1, 0, 1]));
  test('a set of clients and the call list combine with AND', () =>
    expect([...listFlagsOf(table, Uint8Array.of(1, 1, 0, 0), new Set([keys[1]!, keys[3]!]))!]).toEqual([0, 1, 0, 0]));
  test('the flags keep only rows of the set through visibleOf', () =>
    expect(names(visibleOf(table, columns, nextSteps, {}, listFlagsOf(table, null, new Set([keys[2]!])), '', { column: 'client', descending: false }, rank, 'en'))).toEqual(['Charlie']));
});
