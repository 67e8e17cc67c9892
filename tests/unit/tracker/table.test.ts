import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { RowIssue } from '../../../src/lib/csv/types';
import type { Mapping } from '../../../src/lib/tracker/fields';
import {
  FLAG_BAD_LINK,
  FLAG_ROW_ISSUE,
  buildClientTable,
  clientAt,
  foldName,
  numberAt,
  stringAt,
  copyTable,
  transferablesOf,
  tableToWire,
  tableFromWire,
  valueColumn,
  dayAt,
  textAt,
  hasValueAt,
  hasIssueAt,
  splitTexts,
  LIST_TEXT_FIELDS,
  type BuildOptions,
  type ClientView,
  type ImportSummary,
} from '../../../src/lib/tracker/table';
import { TEXT_FIELDS } from '../../../src/lib/tracker/registry';

const DOT: BuildOptions = { decimal: '.', dayFirst: false };
const COMMA_DAY_FIRST: BuildOptions = { decimal: ',', dayFirst: true };

/** All clients of a build, as plain views. */
function views(headers: string[], rows: string[][], mapping: Mapping, options: BuildOptions = DOT): ClientView[] {
  const { table } = buildClientTable(headers, rows, mapping, options);
  return Array.from({ length: table.size }, (_, i) => clientAt(table, i));
}

function readFixture(name: string): { headers: string[]; rows: string[][] } {
  const text = readFileSync(new URL(`../fixtures/tracker/${name}`, import.meta.url), 'utf8');
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  const [headers = [], ...rows] = parsed.data;
  return { headers, rows };
}

describe('foldName', () => {
  const cases = [
    { description: 'trims and lower-cases', input: '  ACME Design ', expected: 'acme design' },
    { description: 'collapses whitespace', input: 'Acme \t  Design', expected: 'acme design' },
    { description: 'no-break spaces are spaces', input: 'Acme\u00a0Design', expected: 'acme design' },
    { description: 'full-width letters (NFKC)', input: 'ＡＣＭＥ Design', expected: 'acme design' },
    { description: 'accents are kept', input: 'Éditions Émile', expected: 'éditions émile' },
    { description: 'Japanese unchanged', input: '株式会社サクラ', expected: '株式会社サクラ' },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(foldName(input)).toBe(expected));
  }
});

const H = ['Client', 'Id', 'Seats', 'Assigned', 'Activated', 'Active', 'Act %', 'Dep %', 'Use %', 'Start', 'Link', 'Email'];
const M: Mapping = {
  client: 'Client',
  clientId: 'Id',
  seatsPurchased: 'Seats',
  seatsAssigned: 'Assigned',
  usersActivated: 'Activated',
  activeUsers: 'Active',
  activationPct: 'Act %',
  deploymentPct: 'Dep %',
  usagePct: 'Use %',
  startDate: 'Start',
  activationLink: 'Link',
  adminEmail: 'Email',
};
/** A row of H from the cells that matter, the others empty. */
function row(cells: Partial<Record<(typeof H)[number], string>>): string[] {
  return H.map((header) => cells[header] ?? '');
}

describe('buildClientTable', () => {
  const cases: {
    description: string;
    input: { rows: string[][]; mapping?: Mapping; options?: BuildOptions; headers?: string[] };
    expected: { clients: Partial<ClientView>[]; summary?: Partial<ImportSummary>; issues?: RowIssue[] };
  }[] = [
    {
      description: 'one row, one client, every value read',
      input: {
        rows: [
          row({ Client: ' Acme ', Id: 'T-1', Seats: '10', Assigned: '8', Activated: '4', Active: '2', Start: '2026-03-01', Link: 'https://x.example/a', Email: 'a@x.example' }),
        ],
      },
      expected: {
        clients: [
          {
            index: 0, key: 'id:T-1', client: 'Acme', clientId: 'T-1', seatsPurchased: 10, seatsAssigned: 8, usersActivated: 4, activeUsers: 2,
            activationPct: null, startDate: 20513, activationLink: 'https://x.example/a', adminEmail: 'a@x.example', rows: 1, firstLine: 2, hasIssue: false, badLink: false,
          },
        ],
        summary: { rows: 1, clients: 1, merged: 0, skipped: 0, totalRows: 0 },
        issues: [],
      },
    },
    {
      description: 'same name, different case and spacing: one client, counts summed, first name kept',
      input: { rows: [row({ Client: 'Acme Design', Seats: '10' }), row({ Client: '  ACME   design ', Seats: '5' }), row({ Client: 'ａｃｍｅ design', Seats: '1' })] },
      expected: { clients: [{ key: 'name:acme design', client: 'Acme Design', seatsPurchased: 16, rows: 3, firstLine: 2 }], summary: { rows: 3, clients: 1, merged: 2, skipped: 0 } },
    },
    {
      description: 'keyed by id: same name with two ids is two clients, two names with one id is one',
      input: {
        rows: [row({ Client: 'Acme', Id: 'T-1', Seats: '1' }), row({ Client: 'Acme', Id: 'T-2', Seats: '2' }), row({ Client: 'Acme Corp', Id: 'T-1', Seats: '4' })],
      },
      expected: {
        clients: [
          { key: 'id:T-1', client: 'Acme', seatsPurchased: 5, rows: 2 },
          { key: 'id:T-2', client: 'Acme', seatsPurchased: 2, rows: 1, firstLine: 3 },
        ],
        summary: { rows: 3, clients: 2, merged: 1 },
      },
    },
    {
      description: 'ids are trimmed, not case-folded',
      input: { rows: [row({ Client: 'A', Id: ' t-1 ' }), row({ Client: 'B', Id: 't-1' }), row({ Client: 'C', Id: 'T-1' })] },
      expected: { clients: [{ key: 'id:t-1', client: 'A', rows: 2 }, { key: 'id:T-1', client: 'C' }] },
    },
    {
      description: 'a row without an id falls back to the name key',
      input: { rows: [row({ Client: 'Acme', Id: 'T-1' }), row({ Client: 'Acme' })] },
      expected: { clients: [{ key: 'id:T-1' }, { key: 'name:acme', clientId: '' }] },
    },
    {
      description: 'an id that looks like a name never merges with that name',
      input: { rows: [row({ Client: 'Other', Id: 'acme' }), row({ Client: 'Acme' })] },
      expected: { clients: [{ key: 'id:acme', client: 'Other' }, { key: 'name:acme', client: 'Acme' }] },
    },
    {
      description: 'missing + value = value, missing + missing = missing',
      input: { rows: [row({ Client: 'A', Seats: '', Assigned: '', Activated: 'n/a' }), row({ Client: 'A', Seats: '7', Assigned: '-' })] },
      expected: { clients: [{ seatsPurchased: 7, seatsAssigned: null, usersActivated: null, activeUsers: null }] },
    },
    {
      description: 'zero is a value, not missing',
      input: { rows: [row({ Client: 'A', Seats: '0' }), row({ Client: 'A', Seats: '' })] },
      expected: { clients: [{ seatsPurchased: 0 }] },
    },
    {
      description: 'percentages weighted by seats when every row with one has seats',
      input: { rows: [row({ Client: 'A', Seats: '100', 'Act %': '50' }), row({ Client: 'A', Seats: '300', 'Act %': '10 %' })] },
      expected: { clients: [{ activationPct: 20, seatsPurchased: 400 }] },
    },
    {
      description: 'rows without the percentage do not weigh',
      input: { rows: [row({ Client: 'A', Seats: '100', 'Dep %': '50' }), row({ Client: 'A', Seats: '300', 'Dep %': '' })] },
      expected: { clients: [{ deploymentPct: 50 }] },
    },
    {
      description: 'plain mean when a row with the percentage has no seats',
      input: { rows: [row({ Client: 'A', Seats: '100', 'Use %': '50' }), row({ Client: 'A', Seats: '', 'Use %': '10' })] },
      expected: { clients: [{ usagePct: 30 }] },
    },
    {
      description: 'plain mean when seats are not mapped',
      input: {
        headers: ['Client', 'Use %'],
        rows: [['A', '60'], ['A', '20'], ['A', '10']],
        mapping: { client: 'Client', usagePct: 'Use %' },
      },
      expected: { clients: [{ usagePct: 30, seatsPurchased: null }] },
    },
    {
      description: 'plain mean when every weight is 0',
      input: { rows: [row({ Client: 'A', Seats: '0', 'Act %': '40' }), row({ Client: 'A', Seats: '0', 'Act %': '20' })] },
      expected: { clients: [{ activationPct: 30 }] },
    },
    {
      description: 'plain mean when a row has negative seats',
      input: { rows: [row({ Client: 'A', Seats: '10', 'Act %': '40' }), row({ Client: 'A', Seats: '-5', 'Act %': '20' })] },
      expected: { clients: [{ activationPct: 30, seatsPurchased: 5 }] },
    },
    {
      description: 'text takes the first non-empty value; the start day the earliest',
      input: {
        rows: [
          row({ Client: 'A', Email: '', Start: '2026-03-01' }),
          row({ Client: 'A', Email: 'b@x.example', Start: '2026-02-01' }),
          row({ Client: 'A', Email: 'c@x.example', Start: '2026-04-01' }),
          row({ Client: 'A', Start: '' }),
        ],
      },
      expected: { clients: [{ adminEmail: 'b@x.example', startDate: 20485 }] },
    },
    {
      description: 'total rows in English, French and Japanese are skipped and reported',
      input: {
        rows: [
          row({ Client: 'A', Seats: '1' }),
          row({ Client: 'Total', Seats: '1' }),
          row({ Client: 'Totaux', Seats: '1' }),
          row({ Client: 'Total général', Seats: '1' }),
          row({ Client: '合計', Seats: '1' }),
        ],
      },
      expected: {
        clients: [{ client: 'A', seatsPurchased: 1 }],
        summary: { rows: 5, clients: 1, merged: 0, skipped: 4, totalRows: 4 },
        issues: [
          { line: 3, code: 'totalRow', value: 'Total' },
          { line: 4, code: 'totalRow', value: 'Totaux' },
          { line: 5, code: 'totalRow', value: 'Total général' },
          { line: 6, code: 'totalRow', value: '合計' },
        ],
      },
    },
    {
      description: 'a total label in the first cell, with the client column elsewhere',
      input: {
        headers: ['Region', 'Client', 'Seats'],
        rows: [['EU', 'A', '1'], [' TOTAL ', '', '9']],
        mapping: { client: 'Client', seatsPurchased: 'Seats' },
      },
      expected: { clients: [{ client: 'A' }], summary: { skipped: 1, totalRows: 1 }, issues: [{ line: 3, code: 'totalRow', value: 'TOTAL' }] },
    },
    {
      description: 'rows without a client are skipped; blank rows silently',
      input: { rows: [row({ Client: '', Seats: '5' }), row({ Client: 'A' }), row({}), ['', ' ', ''], row({ Client: '   ', Id: 'T-9' })] },
      expected: {
        clients: [{ client: 'A', firstLine: 3 }],
        summary: { rows: 5, clients: 1, merged: 0, skipped: 4, totalRows: 0 },
        issues: [{ line: 2, code: 'noClient' }, { line: 6, code: 'noClient' }],
      },
    },
    {
      description: 'an unparsable number is reported, read as missing, and the row still loads',
      input: { rows: [row({ Client: 'A', Seats: '12abc', Assigned: '3', 'Dep %': 'lots' }), row({ Client: 'B', Seats: '2' })] },
      expected: {
        clients: [
          { client: 'A', seatsPurchased: null, seatsAssigned: 3, deploymentPct: null, hasIssue: true, badLink: false },
          { client: 'B', seatsPurchased: 2, hasIssue: false },
        ],
        summary: { rows: 2, clients: 2, skipped: 0 },
        issues: [
          { line: 2, code: 'badNumber', field: 'seatsPurchased', value: '12abc' },
          { line: 2, code: 'badNumber', field: 'deploymentPct', value: 'lots' },
        ],
      },
    },
    {
      description: 'a bad number on a merged row flags the whole client',
      input: { rows: [row({ Client: 'A', Seats: '2' }), row({ Client: 'A', Seats: 'x' })] },
      expected: { clients: [{ seatsPurchased: 2, hasIssue: true }], issues: [{ line: 3, code: 'badNumber', field: 'seatsPurchased', value: 'x' }] },
    },
    {
      description: 'an unparsable start date is reported and read as missing',
      input: { rows: [row({ Client: 'A', Start: '31/02/2026' }), row({ Client: 'B', Start: 'soon' })] },
      expected: {
        clients: [{ startDate: null, hasIssue: true }, { startDate: null, hasIssue: true }],
        issues: [
          { line: 2, code: 'badDate', field: 'startDate', value: '31/02/2026' },
          { line: 3, code: 'badDate', field: 'startDate', value: 'soon' },
        ],
      },
    },
    {
      description: 'links that are not https are reported, flagged and never stored',
      input: {
        rows: [
          row({ Client: 'A', Link: 'javascript:alert(1)' }),
          row({ Client: 'B', Link: 'http://x.example/b' }),
          row({ Client: 'C', Link: '' }),
        ],
      },
      expected: {
        clients: [
          { activationLink: '', badLink: true, hasIssue: true },
          { activationLink: '', badLink: true, hasIssue: true },
          { activationLink: '', badLink: false, hasIssue: false },
        ],
        issues: [
          { line: 2, code: 'badLink', field: 'activationLink', value: 'javascript:alert(1)' },
          { line: 3, code: 'badLink', field: 'activationLink', value: 'http://x.example/b' },
        ],
      },
    },
    {
      description: 'a safe link on a later row is kept, the bad one still flagged',
      input: { rows: [row({ Client: 'A', Link: 'data:text/html,x' }), row({ Client: 'A', Link: 'https://x.example/ok' })] },
      expected: { clients: [{ activationLink: 'https://x.example/ok', badLink: true }] },
    },
    {
      description: 'decimal comma and day-first dates',
      input: {
        rows: [row({ Client: 'A', Seats: '1.200', 'Use %': '45,5 %', Start: '01/03/2026' })],
        options: COMMA_DAY_FIRST,
      },
      expected: { clients: [{ seatsPurchased: 1200, usagePct: 45.5, startDate: 20513 }] },
    },
    {
      description: 'decimal point and month-first dates read the same cells differently',
      input: { rows: [row({ Client: 'A', Seats: '1.200', Start: '01/03/2026' })], options: DOT },
      expected: { clients: [{ seatsPurchased: 1.2, startDate: 20456 }] },
    },
    {
      description: 'short rows read their missing cells as empty',
      input: { rows: [['A', 'T-1', '5']] },
      expected: { clients: [{ key: 'id:T-1', seatsPurchased: 5, seatsAssigned: null, startDate: null, activationLink: '' }] },
    },
    {
      description: 'a mapping to a header absent from the file is ignored',
      input: { headers: ['Client', 'Seats'], rows: [['A', '5']], mapping: { client: 'Client', seatsPurchased: 'Licences', clientId: 'Nope' } },
      expected: { clients: [{ key: 'name:a', seatsPurchased: null }] },
    },
    {
      description: 'no client column: every row is skipped as having no client',
      input: { headers: ['Seats'], rows: [['5'], ['6']], mapping: { seatsPurchased: 'Seats' } },
      expected: { clients: [], summary: { rows: 2, clients: 0, skipped: 2 }, issues: [{ line: 2, code: 'noClient' }, { line: 3, code: 'noClient' }] },
    },
    {
      description: 'no rows',
      input: { rows: [] },
      expected: { clients: [], summary: { rows: 0, clients: 0, merged: 0, skipped: 0, totalRows: 0 }, issues: [] },
    },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => {
      const { table, summary, issues } = buildClientTable(input.headers ?? H, input.rows, input.mapping ?? M, input.options ?? DOT);
      const clients = Array.from({ length: table.size }, (_, i) => clientAt(table, i));
      expect(clients).toHaveLength(expected.clients.length);
      expected.clients.forEach((client, i) => expect(clients[i]).toMatchObject(client));
      if (expected.summary) expect(summary).toMatchObject(expected.summary);
      if (expected.issues) expect(issues).toEqual(expected.issues);
      expect(summary.rows).toBe(summary.clients + summary.merged + summary.skipped);
    });
  }

  test('Partner Center fixture: products merged per customer, total and empty rows skipped', () => {
    const { headers, rows } = readFixture('pc-analytics-merged.csv');
    const mapping: Mapping = {
      client: 'customerName',
      clientId: 'customerId',
      product: 'productName',
      seatsPurchased: 'licensesSold',
      seatsAssigned: 'licensesDeployed',
      deploymentPct: 'deploymentPercent',
      activeUsers: 'licensesActive',
      usagePct: 'usagePercent',
      startDate: 'startDate',
    };
    const { table, summary, issues } = buildClientTable(headers, rows, mapping, DOT);
    expect(summary).toEqual({ rows: 9, clients: 4, merged: 3, skipped: 2, totalRows: 1 });
    expect(issues).toEqual([
      { line: 8, code: 'badDate', field: 'startDate', value: 'soon' },
      { line: 9, code: 'noClient' },
      { line: 10, code: 'totalRow', value: 'Total' },
    ]);
    const [contoso, fabrikam, northwind, tailspin] = Array.from({ length: table.size }, (_, i) => clientAt(table, i));
    expect(contoso).toMatchObject({ key: 'id:c-001', client: 'Contoso Ltd', product: 'Microsoft 365 E3', seatsPurchased: 1200, seatsAssigned: 1000, activeUsers: 550, startDate: 20680, rows: 2 });
    expect(contoso!.deploymentPct).toBeCloseTo((80 * 1000 + 100 * 200) / 1200, 12);
    expect(contoso!.usagePct).toBeCloseTo((50 * 1000 + 75 * 200) / 1200, 12);
    expect(fabrikam).toMatchObject({ key: 'id:c-002', client: 'Fabrikam', seatsPurchased: 60, seatsAssigned: null, deploymentPct: 20, usagePct: 40, startDate: 20727, rows: 2 });
    expect(northwind).toMatchObject({ key: 'name:northwind traders', client: 'Northwind Traders', seatsPurchased: 30, seatsAssigned: 30, deploymentPct: 100, activeUsers: 30, usagePct: 120, rows: 2, firstLine: 6 });
    expect(tailspin).toMatchObject({ client: 'Tailspin Toys', seatsPurchased: 12.5, startDate: null, hasIssue: true });
  });

  test('Japanese fixture: full-width digits, Japanese dates, 合計 row', () => {
    const { headers, rows } = readFixture('ja-merged.csv');
    const mapping: Mapping = { client: '顧客名', clientId: 'テナントID', seatsPurchased: '購入ライセンス数', seatsAssigned: '割り当て済み', activeUsers: 'アクティブユーザー', startDate: '開始日' };
    const { table, summary, issues } = buildClientTable(headers, rows, mapping, { decimal: '.', dayFirst: false });
    expect(summary).toEqual({ rows: 4, clients: 2, merged: 1, skipped: 1, totalRows: 1 });
    expect(issues).toEqual([{ line: 5, code: 'totalRow', value: '合計' }]);
    expect(clientAt(table, 0)).toMatchObject({ client: '株式会社サクラ', seatsPurchased: 20, seatsAssigned: 15, activeUsers: 10, startDate: 20485, rows: 2 });
    expect(clientAt(table, 1)).toMatchObject({ client: 'ミドリ商事', seatsPurchased: 20, activeUsers: null, startDate: 20527 });
  });

  test('200,000 rows with repeated clients merge correctly', () => {
    const headers = ['Customer', 'Tenant', 'Sold', 'Assigned', 'Activated', 'Active', 'Start', 'Link', 'Language'];
    const rows: string[][] = [];
    for (let i = 0; i < 200_000; i++) {
      const sold = 1 + (i % 97);
      rows.push([
        `Customer ${i % 150_000}`,
        i % 3 === 0 ? '' : `T-${i % 150_000}`,
        i % 5 === 0 ? `1,${String(sold).padStart(3, '0')}` : String(sold),
        String(sold - (i % 2)),
        String(i % 7),
        i % 11 === 0 ? 'n/a' : String(i % 5),
        i % 4 === 0 ? `${String(1 + (i % 28)).padStart(2, '0')}/0${1 + (i % 9)}/2026` : `2026-0${1 + (i % 9)}-1${i % 10}`,
        `https://example.org/activate/${i}`,
        'fr-FR',
      ]);
    }
    const mapping: Mapping = {
      client: 'Customer', clientId: 'Tenant', seatsPurchased: 'Sold', seatsAssigned: 'Assigned', usersActivated: 'Activated',
      activeUsers: 'Active', startDate: 'Start', activationLink: 'Link', language: 'Language',
    };
    // Speed is measured by `npm run bench`, not here: this checks the large merge is right.
    const { table, summary, issues } = buildClientTable(headers, rows, mapping, { decimal: '.', dayFirst: true });
    expect(issues).toEqual([]);
    // Customers j < 50,000 appear twice (rows j and j + 150,000), with the same kind of key both times.
    expect(summary).toEqual({ rows: 200_000, clients: 150_000, merged: 50_000, skipped: 0, totalRows: 0 });
    expect(table.rows[0]).toBe(2);
    expect(table.rows[149_999]).toBe(1);
    // Correctness, not speed (npm run bench measures that): room for a 2-core machine shared by several jobs.
  }, 30_000);
});

describe('transferablesOf', () => {
  const { table } = buildClientTable(H, [row({ Client: 'A', Seats: '1' }), row({ Client: 'B', Seats: '2' })], M, DOT);
  test('lists one distinct buffer per typed array', () => {
    const buffers = transferablesOf(table);
    // key, 9 text columns, 7 number columns, 2 date columns, rows/firstLine/flags, and the code units of
    // the columns packed from values (key and the four mapped ones: client, id, link, email; the others are empty)
    expect(buffers).toHaveLength(1 + 9 + 7 + 2 + 3 + 5);
    expect(new Set(buffers).size).toBe(buffers.length);
    expect(buffers.every((buffer) => buffer instanceof ArrayBuffer)).toBe(true);
  });
  test('the table crosses a structured clone with its buffers transferred', () => {
    const copy = structuredClone(table, { transfer: transferablesOf(table) });
    expect(clientAt(copy, 1)).toMatchObject({ client: 'B', seatsPurchased: 2 });
    expect(table.num.seatsPurchased.length).toBe(0); // detached in the sender
  });
});

describe('tableToWire / tableFromWire', () => {
  test('the table crosses as buffers only (no string column to decode) and every client reads back', () => {
    const { table } = buildClientTable(H, [row({ Client: 'Société A', Seats: '1', Email: 'a@x.fr' }), row({ Client: '株式会社B', Seats: '2' })], M, DOT);
    const before = [clientAt(table, 0), clientAt(table, 1)];
    const wire = tableToWire(table);
    const strings = [wire.key, ...Object.values(wire.text)].filter((column) => 'data' in column);
    expect(strings).toEqual([]);
    const landed = tableFromWire(structuredClone(wire, { transfer: transferablesOf(wire) }));
    expect([clientAt(landed, 0), clientAt(landed, 1)]).toEqual(before);
    expect(wire.num.seatsPurchased.length).toBe(0); // detached in the sender
    expect(wire.key.units.length).toBe(0);
  });
});

describe('copyTable', () => {
  test('the copy stays whole when the original’s buffers are transferred away, and shares none of them', () => {
    const { table } = buildClientTable(H, [row({ Client: 'A', Seats: '1' }), row({ Client: 'B', Seats: '2' })], M, DOT);
    const before = [clientAt(table, 0), clientAt(table, 1)];
    const copy = copyTable(table);
    const theirs = new Set(transferablesOf(table));
    expect(transferablesOf(copy).some((buffer) => theirs.has(buffer))).toBe(false);
    structuredClone(table, { transfer: transferablesOf(table) });
    expect(table.num.seatsPurchased.length).toBe(0);
    expect([clientAt(copy, 0), clientAt(copy, 1)]).toEqual(before);
  });
  test('shared text columns are kept as they are (the import worker copies them later, for the page)', () => {
    const { table } = buildClientTable(H, [row({ Client: 'A', Email: 'a@x.example' })], M, DOT);
    const { shown, later } = splitTexts(table);
    const copy = copyTable(table, later);
    expect(copy.text.adminEmail).toBe(table.text.adminEmail);
    expect(copy.text.client).not.toBe(table.text.client);
    // What 'built' takes away leaves the copy whole.
    structuredClone(shown, { transfer: transferablesOf(shown) });
    expect(clientAt(copy, 0)).toMatchObject({ client: 'A', adminEmail: 'a@x.example' });
  });
});

describe('clientAt', () => {
  const { table } = buildClientTable(H, [row({ Client: 'A', Link: 'ftp://x' })], M, DOT);
  test('a full plain view', () => {
    expect(clientAt(table, 0)).toEqual({
      index: 0, key: 'name:a', client: 'A', clientId: '', product: '', vendor: '', adminName: '', adminEmail: '', adminPhone: '', language: '', activationLink: '',
      seatsPurchased: null, seatsAssigned: null, usersActivated: null, activeUsers: null, activationPct: null, deploymentPct: null,
      usagePct: null, startDate: null, renewalDate: null, rows: 1, firstLine: 2, hasIssue: true, badLink: true,
    });
    expect(table.flags[0]).toBe(FLAG_ROW_ISSUE | FLAG_BAD_LINK);
  });
  const outside = [
    { description: 'negative index', input: -1 },
    { description: 'index = size', input: 1 },
    { description: 'fractional index', input: 0.5 },
  ];
  for (const { description, input } of outside) {
    test(`${description} is a programmer error`, () => expect(() => clientAt(table, input)).toThrow(RangeError));
  }
});

describe('numberAt', () => {
  const { table } = buildClientTable(H, [row({ Client: 'A', Seats: '3' })], M, DOT);
  const cases = [
    { description: 'a value', input: 'seatsPurchased' as const, expected: 3 },
    { description: 'missing is null', input: 'activeUsers' as const, expected: null },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(numberAt(table, input, 0)).toBe(expected));
  }
  test('outside the table is missing', () => expect(numberAt(table, 'seatsPurchased', 7)).toBeNull());
  test('keys read back with stringAt', () => expect(stringAt(table.key, 0)).toBe('name:a'));
});

test('views helper reads every client', () => {
  expect(views(H, [row({ Client: 'A' }), row({ Client: 'B' })], M).map((v) => v.client)).toEqual(['A', 'B']);
});

describe('valueColumn', () => {
  const { table } = buildClientTable(['Client', 'Seats', 'Renewal'], [['A', '5', '2026-03-01']], { client: 'Client', seatsPurchased: 'Seats', renewalDate: 'Renewal' }, { decimal: '.', dayFirst: false });
  test('a count column', () => expect([...valueColumn(table, 'seatsPurchased')]).toEqual([5]));
  test('a date column, in epoch days', () => expect([...valueColumn(table, 'renewalDate')]).toEqual([20513]));
  test('a text field has no number column', () => expect(() => valueColumn(table, 'client')).toThrow(TypeError));
});

describe('accessors by field name', () => {
  const { table } = buildClientTable(
    ['Client', 'Phone', 'Seats', 'Renewal'],
    [['A', '+33 1 23', '5', '2026-03-01'], ['B', '', 'x', '']],
    { client: 'Client', adminPhone: 'Phone', seatsPurchased: 'Seats', renewalDate: 'Renewal' },
    { decimal: '.', dayFirst: false },
  );
  const cases: { description: string; input: () => unknown; expected: unknown }[] = [
    { description: 'textAt reads a text field', input: () => textAt(table, 'adminPhone', 0), expected: '+33 1 23' },
    { description: 'dayAt reads a date, null when missing', input: () => [dayAt(table, 'renewalDate', 0), dayAt(table, 'renewalDate', 1)], expected: [20513, null] },
    { description: 'hasValueAt: text', input: () => [hasValueAt(table, 'adminPhone', 0), hasValueAt(table, 'adminPhone', 1)], expected: [true, false] },
    { description: 'hasValueAt: number (an unreadable one is missing)', input: () => [hasValueAt(table, 'seatsPurchased', 0), hasValueAt(table, 'seatsPurchased', 1)], expected: [true, false] },
    { description: 'hasValueAt: date', input: () => [hasValueAt(table, 'renewalDate', 0), hasValueAt(table, 'renewalDate', 1)], expected: [true, false] },
    { description: 'hasIssueAt: the unreadable number flags its client', input: () => [hasIssueAt(table, 0), hasIssueAt(table, 1)], expected: [false, true] },
    { description: 'the fields the file maps', input: () => table.mapped, expected: ['client', 'adminPhone', 'seatsPurchased', 'renewalDate'] },
  ];
  for (const { description, input, expected } of cases) test(description, () => expect(input()).toEqual(expected));
});

describe('splitTexts', () => {
  const { table } = buildClientTable(['Name', 'Id', 'Email'], [['Acme', 'T-1', 'a@acme.com'], ['Beta', '', 'b@beta.com']], { client: 'Name', clientId: 'Id', adminEmail: 'Email' }, { decimal: '.', dayFirst: false });
  const { shown, later } = splitTexts(table);
  test('the list columns stay, every other text column is empty but sized', () => {
    expect(textAt(shown, 'client', 1)).toBe('Beta');
    expect(textAt(shown, 'clientId', 0)).toBe('T-1');
    expect(textAt(shown, 'adminEmail', 0)).toBe('');
    expect(shown.text.adminEmail.ends).toHaveLength(2);
    expect(shown.size).toBe(2);
  });
  test('the others come apart, whole, and fill the shown table back', () => {
    expect(Object.keys(later).sort()).toEqual(TEXT_FIELDS.filter((f) => !LIST_TEXT_FIELDS.includes(f)).sort());
    expect(later.client).toBeUndefined();
    Object.assign(shown.text, later);
    expect(clientAt(shown, 1)).toEqual(clientAt(table, 1));
  });
  test('the original table is left whole', () => expect(textAt(table, 'adminEmail', 1)).toBe('b@beta.com'));
});

describe('the table’s columns and the build’s memory', () => {
  test('mostly distinct clients: the columns are the build’s own arrays (no second copy of each)', () => {
    const { table } = buildClientTable(H, [row({ Client: 'A', Seats: '1' }), row({ Client: 'B', Seats: '2' }), row({ Client: 'C', Seats: '3' }), row({ Client: 'a', Seats: '4' })], M, DOT);
    expect(table.size).toBe(3);
    expect(table.num.seatsPurchased.length).toBe(3);
    expect(table.num.seatsPurchased.buffer.byteLength).toBe(4 * 8);
    // Sent as it is: the view keeps its length on the other side.
    const landed = structuredClone(table, { transfer: transferablesOf(table) });
    expect([...landed.num.seatsPurchased]).toEqual([5, 2, 3]);
  });
  test('mostly merged rows: the columns are copied to their size (the unused capacity is not kept)', () => {
    const rows = Array.from({ length: 8 }, (_, i) => row({ Client: i < 6 ? 'A' : 'B', Seats: '1' }));
    const { table } = buildClientTable(H, rows, M, DOT);
    expect(table.size).toBe(2);
    expect(table.num.seatsPurchased.buffer.byteLength).toBe(2 * 8);
    expect([...table.num.seatsPurchased]).toEqual([6, 2]);
  });
});
