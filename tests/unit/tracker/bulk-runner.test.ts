import Papa from 'papaparse';
import { afterEach, describe, expect, test } from 'vitest';
import { bulkRunner } from '../../../src/lib/tracker/bulk-runner';
import { computeBuckets, DIMENSIONS } from '../../../src/lib/tracker/buckets';
import { computeNextSteps, RULES, type OutreachFacts } from '../../../src/lib/tracker/next-step';
import { buildClientTable, stringAt, tableToWire, transferablesOf, type ClientTable } from '../../../src/lib/tracker/table';
import { rankByName } from '../../../src/lib/tracker/order';
import { deadlineDaysOf, lastOutreachDaysOf, listFlagsOf, overdueRowsOf, visibleOf } from '../../../src/lib/tracker/view';
import { LIST_SLICE_ROWS, listCells, listColumnsOf, type ListLabels } from '../../../src/lib/tracker/list-export';
import type { BulkRequest, BulkResponse, ListJob, TableRef, TableShipment, ViewQuery } from '../../../src/lib/tracker/bulk-protocol';

const DAY = 20513;
const MAPPING = { client: 'Name', clientId: 'Id', adminEmail: 'Email', seatsPurchased: 'Seats' };
const LABELS: ListLabels = {
  head: ['Name', 'ID', 'Admin', 'Email', 'Phone'],
  dimension: Object.fromEntries(DIMENSIONS.map((d) => [d, d])) as ListLabels['dimension'],
  tail: ['Next step', 'Last outreach', 'Deadline'],
  bucket: Object.fromEntries(DIMENSIONS.map((d) => [d, {}])) as ListLabels['bucket'],
  step: {},
  status: { 'needs-data': 'Needs data', 'on-track': 'On track' },
};

/** A table of `count` clients named `<prefix> <i>`, with the job that exports all of them in file order. */
function importOf(prefix: string, count: number): { table: ClientTable; job: ListJob } {
  const rows = Array.from({ length: count }, (_, i) => [`${prefix} ${i}`, `T-${i}`, `${prefix.toLowerCase()}${i}@example.org`, '10']);
  const { table } = buildClientTable(['Name', 'Id', 'Email', 'Seats'], rows, MAPPING, { decimal: '.', dayFirst: false });
  const buckets = computeBuckets(table, DAY);
  const job: ListJob = { rows: Int32Array.from({ length: count }, (_, i) => i), buckets, facts: [], asOfDay: DAY, labels: LABELS, outreach: {}, delimiter: ',' };
  return { table, job };
}

const ports: MessagePort[] = [];
afterEach(() => { for (const port of ports.splice(0)) port.close(); });

/** A reference with a port the "import worker" sends `table` through (null: it no longer has that import). */
function shipped(epoch: number, table: ClientTable | null): TableRef {
  const channel = new MessageChannel();
  ports.push(channel.port1, channel.port2);
  // As the import worker ships it: the wire form, buffers transferred.
  const wire = table ? tableToWire(table) : null;
  channel.port1.postMessage({ table: wire } satisfies TableShipment, wire ? transferablesOf(wire) : []);
  return { epoch, from: channel.port2 };
}

/** A runner and the answers it posts; `settled(id)` resolves with a job's last answer. */
function harness(onPost: (message: BulkResponse) => void = () => {}) {
  const posted: BulkResponse[] = [];
  const waiters = new Map<number, (message: BulkResponse) => void>();
  const handle = bulkRunner((message) => {
    posted.push(message);
    onPost(message);
    if (message.type !== 'progress') waiters.get(message.id)?.(message);
  });
  const settled = (id: number) => new Promise<BulkResponse>((resolve) => {
    const last = posted.find((m) => m.id === id && m.type !== 'progress');
    if (last) resolve(last);
    else waiters.set(id, resolve);
  });
  return { handle, posted, settled };
}

const names = async (message: BulkResponse) => {
  if (message.type !== 'done') throw new Error(`expected a file, got ${message.type}`);
  const rows = Papa.parse<string[]>((await message.file.text()).replace(/^\uFEFF/, ''), { newline: '\r\n' }).data;
  return rows.slice(1).map((row) => row[0]);
};

describe('list export', () => {
  test('each row’s next step is the worker’s, from the log’s facts: the same file as with the page’s steps', async () => {
    // Nobody activated: the step depends on the activation email logged and its deadline.
    const build = () => buildClientTable(['Name', 'Id', 'Email', 'Seats', 'Activated'], Array.from({ length: 6 }, (_, i) => [`Acme ${i}`, `T-${i}`, `acme${i}@example.org`, '10', '0']), { ...MAPPING, usersActivated: 'Activated' }, { decimal: '.', dayFirst: false }).table;
    const page = build();
    const buckets = computeBuckets(page, DAY);
    const a = { table: build(), job: { ...importOf('Acme', 6).job, buckets } };
    const facts: [string, OutreachFacts][] = [['id:T-1', { emailLogged: true, deadlineDay: DAY - 3 }], ['id:T-4', { emailLogged: true, deadlineDay: DAY + 5 }]];
    const labels: ListLabels = { ...LABELS, step: Object.fromEntries(RULES.map((rule) => [rule.step, `step ${rule.step}`])) };
    const job: ListJob = { ...a.job, facts, labels };
    const { handle, settled } = harness();
    handle({ type: 'listCsv', id: 1, table: shipped(5, a.table), input: job });
    const message = await settled(1);
    if (message.type !== 'done') throw new Error(`expected a file, got ${message.type}`);
    const file = Papa.parse<string[]>((await message.file.text()).replace(/^\uFEFF/, ''), { newline: '\r\n' }).data.slice(1).filter((row) => row.length > 1);
    const steps = computeNextSteps(job.buckets, page, new Map(facts), DAY);
    const expected = [...job.rows].map((i) => listCells({ ...job, steps, columns: listColumnsOf(page) }, i));
    expect(file).toEqual(expected);
    // The log changes some steps: the test would not see a worker that ignored it.
    expect(new Set(file.map((row) => row[row.length - 3])).size).toBeGreaterThan(1);
  });
});

describe('bulk worker keeps the table', () => {
  test('the table comes once, through the port; the next job sends only its rows and reads the same table', async () => {
    const a = importOf('Acme', 3);
    const { handle, settled } = harness();
    handle({ type: 'listCsv', id: 1, table: shipped(5, a.table), input: a.job });
    expect(await names(await settled(1))).toEqual(['Acme 0', 'Acme 1', 'Acme 2']);
    handle({ type: 'listCsv', id: 2, table: { epoch: 5 }, input: { ...a.job, rows: Int32Array.of(2, 0) } });
    expect(await names(await settled(2))).toEqual(['Acme 2', 'Acme 0']);
  });

  test('a job for an older import than the latest the worker has seen is refused, not written with the newer table', async () => {
    const older = importOf('Old', 2);
    const newer = importOf('New', 2);
    const { handle, settled, posted } = harness();
    handle({ type: 'listCsv', id: 1, table: shipped(5, older.table), input: older.job });
    await settled(1);
    handle({ type: 'mergeScan', id: 2, table: shipped(7, newer.table), input: { templates: {} as never, fieldLabels: {} as never, localeChoice: '', pageLocale: 'en', deadlineDay: null, rep: { repName: '', repCompany: '', repPhone: '', bookingLink: '' } }, rows: new Int32Array(0) });
    await settled(2);
    handle({ type: 'listCsv', id: 3, table: { epoch: 5 }, input: older.job });
    expect(await settled(3)).toEqual({ type: 'stale', id: 3 });
    expect(posted.filter((m) => m.id === 3 && m.type === 'progress')).toEqual([]);
  });

  test('a newer import announced mid-export stops the export: no file mixes two imports', async () => {
    const older = importOf('Old', LIST_SLICE_ROWS * 2 + 1);
    const newer = importOf('New', 1);
    let announced = false;
    const { handle, settled } = harness((message) => {
      // After the first slice of rows, a job for a newer table arrives (its table on its way).
      if (message.type === 'progress' && message.id === 1 && message.done > 0 && !announced) {
        announced = true;
        handle({ type: 'listCsv', id: 2, table: shipped(9, newer.table), input: newer.job });
      }
    });
    handle({ type: 'listCsv', id: 1, table: shipped(5, older.table), input: older.job });
    expect(await settled(1)).toEqual({ type: 'stale', id: 1 });
    expect(await names(await settled(2))).toEqual(['New 0']);
  });

  test('after the tracker is cleared the worker refuses a job for the table it held', async () => {
    const a = importOf('Acme', 1);
    const { handle, settled } = harness();
    handle({ type: 'listCsv', id: 1, table: shipped(5, a.table), input: a.job });
    await settled(1);
    handle({ type: 'forget' } satisfies BulkRequest);
    handle({ type: 'listCsv', id: 2, table: { epoch: 5 }, input: a.job });
    expect(await settled(2)).toEqual({ type: 'stale', id: 2 });
  });

  test('an import worker that no longer has the import (null) makes the job stale; a job naming a table never sent too', async () => {
    const a = importOf('Acme', 1);
    const { handle, settled } = harness();
    handle({ type: 'listCsv', id: 1, table: shipped(5, null), input: a.job });
    expect(await settled(1)).toEqual({ type: 'stale', id: 1 });
    handle({ type: 'listCsv', id: 2, table: { epoch: 6 }, input: a.job });
    expect(await settled(2)).toEqual({ type: 'stale', id: 2 });
  });

  test('cancel still stops a job between two slices', async () => {
    const a = importOf('Acme', LIST_SLICE_ROWS * 2 + 1);
    const { handle, settled } = harness((message) => {
      if (message.type === 'progress' && message.done > 0) handle({ type: 'cancel', id: 1 });
    });
    handle({ type: 'listCsv', id: 1, table: shipped(5, a.table), input: a.job });
    expect(await settled(1)).toEqual({ type: 'cancelled', id: 1 });
  });
});

describe('view worker', () => {
  /** Clients with assigned seats 0–9 of 10 (deployment none, partial, full) and names out of order. */
  function tableOf(count: number): ClientTable {
    // Every third client has not activated anyone (activation none).
    const rows = Array.from({ length: count }, (_, i) => [`Client ${(i * 7) % count}`, `T-${i}`, `c${i}@example.org`, '10', String(i % 11), String(i % 3 ? 5 : 0)]);
    return buildClientTable(['Name', 'Id', 'Email', 'Seats', 'Assigned', 'Activated'], rows, { ...MAPPING, seatsAssigned: 'Assigned', usersActivated: 'Activated' }, { decimal: '.', dayFirst: false }).table;
  }
  const query = (over: Partial<ViewQuery> = {}): ViewQuery => ({
    asOfDay: DAY, facts: { version: 1, entries: [] }, lastDays: { version: 1, entries: [] }, rank: null, filters: {}, callList: false, keys: null, search: '', sort: { column: 'client', descending: false }, locale: 'en', ...over,
  });

  test('answers the rows the page would show (filters, search, sort, call list, set of clients) and the call list', async () => {
    const page = tableOf(300);
    const rank = rankByName(page, 'en');
    const columns = computeBuckets(page, DAY);
    // Two clients emailed with a deadline 5 days ago: on the call list when not activated.
    const facts = new Map([[stringAt(page.key, 3), { emailLogged: true, deadlineDay: DAY - 5 }], [stringAt(page.key, 40), { emailLogged: true, deadlineDay: DAY - 5 }]]);
    const steps = computeNextSteps(columns, page, facts, DAY);
    const overdue = overdueRowsOf(page, columns, facts, DAY);
    const keys = [stringAt(page.key, 3), stringAt(page.key, 7), stringAt(page.key, 8)];
    // Three clients contacted, on different days.
    const lastDays = new Map([[stringAt(page.key, 9), DAY - 1], [stringAt(page.key, 2), DAY - 9], [stringAt(page.key, 30), DAY - 4]]);
    const { handle, settled } = harness();
    const cases: { over: Partial<ViewQuery>; flags: Uint8Array | null }[] = [
      { over: { rank: rank.slice(), facts: { version: 2, entries: [...facts] }, lastDays: { version: 2, entries: [...lastDays] } }, flags: null },
      { over: { sort: { column: 'lastOutreach', descending: true } }, flags: null },
      { over: { filters: { deployment: 'partial' } }, flags: null },
      { over: { search: 'client 1', sort: { column: 'deployment', descending: true } }, flags: null },
      { over: { sort: { column: 'nextStep', descending: false } }, flags: null },
      { over: { callList: true }, flags: overdue },
      { over: { keys }, flags: listFlagsOf(page, null, new Set(keys)) },
    ];
    let id = 1;
    for (const { over, flags } of cases) {
      const q = query({ facts: { version: 2, entries: null }, lastDays: { version: 2, entries: null }, ...over });
      handle({ type: 'view', id, table: id === 1 ? shipped(5, tableOf(300)) : { epoch: 5 }, query: q });
      const answer = await settled(id++);
      if (answer.type !== 'viewed') throw new Error(`expected rows, got ${answer.type}`);
      const expected = visibleOf(page, columns, steps, q.filters, flags, q.search, q.sort, rank, 'en', deadlineDaysOf(page, facts), lastOutreachDaysOf(page, lastDays));
      expect([...answer.rows]).toEqual([...expected]);
      expect([...answer.callList]).toEqual([...overdue.keys()].filter((i) => overdue[i]));
      expect([...answer.deadlines]).toEqual([...deadlineDaysOf(page, facts)]);
    }
    expect([...overdue].filter(Boolean).length).toBeGreaterThan(0);
  });

  test('a view of an older import than the worker holds is stale', async () => {
    const { handle, settled } = harness();
    handle({ type: 'view', id: 1, table: shipped(6, tableOf(3)), query: query() });
    expect((await settled(1)).type).toBe('viewed');
    handle({ type: 'view', id: 2, table: { epoch: 5 }, query: query() });
    expect(await settled(2)).toEqual({ type: 'stale', id: 2 });
  });
});
