import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cleanHeaders, parseCsv, type RawTable } from '../../../src/lib/csv/parse';
import type { Delimiter } from '../../../src/lib/csv/types';
import { strings } from './bytes';

const SAMPLES = '/work/shared/samples';

describe('cleanHeaders', () => {
  const cases: { description: string; input: string[]; expected: string[] }[] = [
    { description: 'trims and collapses spaces', input: ['  Customer   Name ', 'Seats\t'], expected: ['Customer Name', 'Seats'] },
    { description: 'removes a BOM left in the first header', input: ['\uFEFFClient', 'Seats'], expected: ['Client', 'Seats'] },
    { description: 'names empty headers by position', input: ['Client', '', '  '], expected: ['Client', 'Column 2', 'Column 3'] },
    { description: 'numbers duplicates', input: ['Client', 'Seats', 'Client', 'Client'], expected: ['Client', 'Seats', 'Client (2)', 'Client (3)'] },
  ];
  for (const { description, input, expected } of cases) test(description, () => expect(cleanHeaders(input)).toEqual(expected));
});

describe('parseCsv', () => {
  const cases: { description: string; input: string; delimiter: Delimiter; expected: RawTable }[] = [
    { description: 'comma, LF', input: 'a,b\n1,2\n3,4\n', delimiter: ',', expected: { headers: ['a', 'b'], rows: [['1', '2'], ['3', '4']], issues: [] } },
    { description: 'CRLF', input: 'a;b\r\n1;2\r\n', delimiter: ';', expected: { headers: ['a', 'b'], rows: [['1', '2']], issues: [] } },
    { description: 'mixed line endings', input: 'a\tb\r\n1\t2\n3\t4\r\n', delimiter: '\t', expected: { headers: ['a', 'b'], rows: [['1', '2'], ['3', '4']], issues: [] } },
    { description: 'old Mac line endings (CR only)', input: 'a,b\r1,2\r3,4\r', delimiter: ',', expected: { headers: ['a', 'b'], rows: [['1', '2'], ['3', '4']], issues: [] } },
    {
      description: 'quoted delimiters, quotes and newlines inside cells',
      input: 'name|note\n"Smith | Sons, Ltd."|"Suite\r\nPremium"\n"Say ""hi"""|x\n',
      delimiter: '|',
      expected: { headers: ['name', 'note'], rows: [['Smith | Sons, Ltd.', 'Suite\nPremium'], ['Say "hi"', 'x']], issues: [] },
    },
    {
      description: 'blank and whitespace-only lines are skipped',
      input: '\n\na,b\n\n1,2\n   \n\t\n3,4\n\n',
      delimiter: ',',
      expected: { headers: ['a', 'b'], rows: [['1', '2'], ['3', '4']], issues: [] },
    },
    { description: 'cells are trimmed', input: 'a,b\n  Acme , 10 \n', delimiter: ',', expected: { headers: ['a', 'b'], rows: [['Acme', '10']], issues: [] } },
    {
      description: 'ragged rows are padded or cut, and reported with their record number',
      input: 'a,b,c\n1,2\n1,2,3\n1,2,3,4\n',
      delimiter: ',',
      expected: {
        headers: ['a', 'b', 'c'],
        rows: [['1', '2', ''], ['1', '2', '3'], ['1', '2', '3']],
        issues: [{ line: 2, code: 'raggedRow', value: '2' }, { line: 4, code: 'raggedRow', value: '4' }],
      },
    },
    { description: 'header only', input: 'a,b\n', delimiter: ',', expected: { headers: ['a', 'b'], rows: [], issues: [] } },
    { description: 'nothing', input: '', delimiter: ',', expected: { headers: [], rows: [], issues: [] } },
    { description: 'no final newline', input: 'a,b\n1,2', delimiter: ',', expected: { headers: ['a', 'b'], rows: [['1', '2']], issues: [] } },
  ];
  for (const { description, input, delimiter, expected } of cases) {
    test(`${description} (string)`, async () => expect(await parseCsv(input, { delimiter })).toEqual(expected));
    // The same text streamed in small pieces, split anywhere (inside quotes, between CR and LF).
    test(`${description} (stream of 3-character pieces)`, async () => {
      const pieces = input.match(/[\s\S]{1,3}/g) ?? [];
      expect(await parseCsv(strings(pieces), { delimiter })).toEqual(expected);
    });
  }

  test('an unclosed quote is reported and the rest still reads', async () => {
    const table = await parseCsv('a,b\n1,2\n"open,3\n4,5\n', { delimiter: ',' });
    expect(table.headers).toEqual(['a', 'b']);
    expect(table.rows[0]).toEqual(['1', '2']);
    expect(table.issues.some((i) => i.code === 'malformedQuotes')).toBe(true);
  });

  test('reports progress in characters read', async () => {
    const seen: number[] = [];
    await parseCsv(strings(['a,b\n', '1,2\n', '3,4\n']), { delimiter: ',', onProgress: (n) => seen.push(n) });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[seen.length - 1]).toBe(12);
  });

  test('a failing source rejects instead of hanging', async () => {
    async function* failing() {
      yield 'a,b\n';
      throw new Error('disk gone');
    }
    await expect(parseCsv(failing(), { delimiter: ',' })).rejects.toThrow('disk gone');
  });

  test('the English sample export', async () => {
    const table = await parseCsv(readFileSync(join(SAMPLES, 'en-partner-export.csv'), 'utf8'), { delimiter: ',' });
    expect(table.headers[0]).toBe('Customer Name');
    expect(table.headers).toContain('Active Users (28 days)');
    expect(table.rows.length).toBeGreaterThan(10);
    expect(table.rows.every((r) => r.length === table.headers.length)).toBe(true);
    expect(table.issues).toEqual([]);
  });

  test('the French sample export keeps the BOM out of the first header', async () => {
    const text = readFileSync(join(SAMPLES, 'fr-export-semicolon.csv'), 'utf8');
    const table = await parseCsv(text, { delimiter: ';' });
    expect(table.headers).toEqual(['Client', 'Licences achetées', 'Licences attribuées', 'Utilisateurs actifs', 'Date de début']);
    expect(table.rows[0]).toEqual(['Acme Design', '10', '10', '1', '30/10/2026']);
  });
});
