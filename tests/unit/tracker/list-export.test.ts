import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { computeBuckets, DIMENSIONS, BUCKETS } from '../../../src/lib/tracker/buckets';
import { computeNextSteps } from '../../../src/lib/tracker/next-step';
import { buildClientTable } from '../../../src/lib/tracker/table';
import { csvRow } from '../../../src/lib/email/export';
import { LIST_SLICE_ROWS, listCells, listCsv, listCsvParts, type ListExport, type ListLabels } from '../../../src/lib/tracker/list-export';

const DAY = 20513; // 2026-03-01
const HEADERS = ['Name', 'Id', 'Admin', 'Email', 'Phone', 'Seats', 'Assigned', 'Activated', 'Start'];
const ROWS = [
  ['Acme', 'T-1', 'Ana', 'ana@acme.com', '+33 1', '10', '10', '0', '2026-02-20'],
  ['=HYPERLINK("x")', 'T-2', 'Bo, Jr.', 'bo@b.co', '', '10', '10', '10', '2025-01-01'],
  ['Cito', 'T-3', 'Ci', 'ci@c.co', '', '', '', '', ''],
];
const MAPPING = { client: 'Name', clientId: 'Id', adminName: 'Admin', adminEmail: 'Email', adminPhone: 'Phone', seatsPurchased: 'Seats', seatsAssigned: 'Assigned', usersActivated: 'Activated', startDate: 'Start' };

const LABELS: ListLabels = {
  head: ['Name', 'ID', 'Admin', 'Email', 'Phone'],
  dimension: Object.fromEntries(DIMENSIONS.map((d) => [d, `D:${d}`])) as ListLabels['dimension'],
  tail: ['Next step', 'Last outreach', 'Deadline'],
  // Every bucket labelled but deployment's: those fall back to the bucket name.
  bucket: Object.fromEntries(DIMENSIONS.map((d) => [d, d === 'deployment' ? {} : Object.fromEntries((BUCKETS[d] as readonly string[]).map((b) => [b, `${d}:${b}`]))])) as ListLabels['bucket'],
  step: { 'activation/email-admins': 'Email the admins' },
  status: { 'needs-data': 'Needs data', 'on-track': 'On track' },
};

function input(overrides: Partial<ListExport> = {}): ListExport {
  const { table } = buildClientTable(HEADERS, ROWS, MAPPING, { decimal: '.', dayFirst: false });
  const buckets = computeBuckets(table, DAY);
  const steps = computeNextSteps(buckets, table, new Map(), DAY);
  return {
    rows: Int32Array.from([2, 0, 1]),
    columns: { key: table.key, client: table.text.client, clientId: table.text.clientId, adminName: table.text.adminName, adminEmail: table.text.adminEmail, adminPhone: table.text.adminPhone },
    buckets,
    steps,
    labels: LABELS,
    outreach: { 'id:T-1': { last: 'Email sent on 1 Mar', deadline: '2026-03-08' } },
    delimiter: ',',
    ...overrides,
  };
}

const parse = (csv: string, delimiter = ',') => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter, newline: '\r\n' }).data;

describe('listCells', () => {
  test('a client with a step and a logged email: texts, bucket labels, step title, outreach', () => {
    const cells = listCells(input(), 0);
    expect(cells.slice(0, 5)).toEqual(['Acme', 'T-1', 'Ana', 'ana@acme.com', '+33 1']);
    expect(cells[5]).toBe('activation:none');
    expect(cells.slice(-3)).toEqual(['Email the admins', 'Email sent on 1 Mar', '2026-03-08']);
  });
  test('a bucket without a label reads as its name', () => {
    const cells = listCells(input(), 0);
    expect(cells[5 + DIMENSIONS.indexOf('deployment')]).toBe('full');
  });
  test('a step without a title reads as its reference; no log entry leaves the outreach cells empty', () => {
    const cells = listCells(input({ labels: { ...LABELS, step: {} } }), 0);
    expect(cells.at(-3)).toBe('activation/email-admins');
    expect(listCells(input(), 1).slice(-2)).toEqual(['', '']);
  });
  test('no step: the status says why (needs data / on track)', () => {
    const base = input();
    // Client 2 (Cito) has no numbers: needs data. Forge an on-track client by clearing its status code.
    expect(listCells(base, 2).at(-3)).toBe('Needs data');
    const steps = { rule: new Uint8Array(3), status: Uint8Array.from([1, 1, 1]) };
    expect(listCells(input({ steps }), 2).at(-3)).toBe('On track');
  });
  test('an outreach entry is read by own key only (no prototype keys)', () => {
    const outreach = Object.create({ 'id:T-3': { last: 'inherited', deadline: 'x' } }) as ListExport['outreach'];
    expect(listCells(input({ outreach }), 2).slice(-2)).toEqual(['', '']);
  });
});

describe('listCsvParts / listCsv', () => {
  test('header then the rows in the order shown, BOM first, CRLF between rows', () => {
    const csv = listCsv(input());
    expect(csv.startsWith('\uFEFFName,ID,Admin,Email,Phone,D:activation')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(parse(csv).slice(1).map((row) => row[1])).toEqual(['T-3', 'T-1', 'T-2']);
  });
  test('a cell starting with = is neutralized, a comma is quoted', () => {
    const rows = parse(listCsv(input()));
    expect(rows[3]![0]).toBe('\'=HYPERLINK("x")');
    expect(rows[3]![2]).toBe('Bo, Jr.');
  });
  test('the ; delimiter for fr/pt spreadsheets', () => {
    const csv = listCsv(input({ delimiter: ';' }));
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${csvRow([...LABELS.head, ...DIMENSIONS.map((d) => `D:${d}`), ...LABELS.tail], ';')}`);
    expect(parse(csv, ';')[3]![2]).toBe('Bo, Jr.');
  });
  test('slices: one piece per sliceRows rows after the header, joined = the whole file', () => {
    const whole = listCsv(input());
    for (const size of [1, 2, 3, 50]) {
      const parts = [...listCsvParts(input(), size)];
      expect(parts).toHaveLength(1 + Math.ceil(3 / size));
      expect(parts.map((p) => p.text).join('')).toBe(whole);
      expect(parts.map((p) => p.rows)).toEqual([0, ...Array.from({ length: Math.ceil(3 / size) }, (_, k) => Math.min(size, 3 - k * size))]);
    }
  });
  test('a slice size below 1 still makes progress (one row per slice)', () => {
    expect([...listCsvParts(input(), 0)]).toHaveLength(4);
  });
  test('no rows shown: the header alone', () => {
    expect([...listCsvParts(input({ rows: new Int32Array(0) }))]).toHaveLength(1);
  });
  test('the default slice is large enough to keep the message count low', () => {
    expect(LIST_SLICE_ROWS).toBeGreaterThanOrEqual(1000);
  });
});
