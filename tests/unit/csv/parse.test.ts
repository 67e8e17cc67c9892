import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeStream, sniffEncoding } from '../../../src/lib/csv/decode';
import { detectDelimiter } from '../../../src/lib/csv/detect';
import { MAX_CELL_CHARS, SWALLOW_LINES, cleanHeaders, parseCsv, type ParsedTable } from '../../../src/lib/csv/parse';
import type { Delimiter, Encoding } from '../../../src/lib/csv/types';
import { chunked, collect, strings } from './bytes';

// The exports the site ships and the end-to-end tests load: one copy of each file.
const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../../${path}`, import.meta.url)));

/** The text in pieces of `size` characters, so records, quotes and CRLFs are cut anywhere. */
const pieces = (text: string, size: number) => strings(text.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g')) ?? []);

describe('cleanHeaders', () => {
  const cases: { description: string; input: string[]; expected: string[] }[] = [
    { description: 'trims and collapses spaces', input: ['  Customer   Name ', 'Seats\t'], expected: ['Customer Name', 'Seats'] },
    { description: 'removes a BOM left in the first header', input: ['\uFEFFClient', 'Seats'], expected: ['Client', 'Seats'] },
    { description: 'removes a BOM after leading spaces', input: [' \uFEFF Client', 'Seats'], expected: ['Client', 'Seats'] },
    { description: 'names empty headers by position', input: ['Client', '', '  '], expected: ['Client', 'Column 2', 'Column 3'] },
    { description: 'numbers duplicates', input: ['Client', 'Seats', 'Client', 'Client'], expected: ['Client', 'Seats', 'Client (2)', 'Client (3)'] },
    { description: 'duplicates once spaces are collapsed', input: ['Start  Date', 'Start Date'], expected: ['Start Date', 'Start Date (2)'] },
  ];
  for (const { description, input, expected } of cases) test(description, () => expect(cleanHeaders(input)).toEqual(expected));
});

describe('parseCsv', () => {
  const table = (headers: string[], rows: string[][], issues: ParsedTable['issues'] = [], warnings: ParsedTable['warnings'] = []): ParsedTable => ({ headers, rows, issues, warnings });
  const cases: { description: string; input: string; delimiter: Delimiter; expected: ParsedTable }[] = [
    { description: 'comma, LF', input: 'a,b\n1,2\n3,4\n', delimiter: ',', expected: table(['a', 'b'], [['1', '2'], ['3', '4']]) },
    { description: 'semicolon, CRLF', input: 'a;b\r\n1;2\r\n', delimiter: ';', expected: table(['a', 'b'], [['1', '2']]) },
    { description: 'tab, mixed line endings', input: 'a\tb\r\n1\t2\n3\t4\r\n', delimiter: '\t', expected: table(['a', 'b'], [['1', '2'], ['3', '4']]) },
    { description: 'pipe, old Mac line endings (CR only)', input: 'a|b\r1|2\r3|4\r', delimiter: '|', expected: table(['a', 'b'], [['1', '2'], ['3', '4']]) },
    { description: 'other delimiters are text', input: 'a;b\n1,5;2|3\n', delimiter: ';', expected: table(['a', 'b'], [['1,5', '2|3']]) },
    {
      description: 'quoted delimiters, quotes and newlines inside cells (CRLF inside a cell becomes LF)',
      input: 'name|note\n"Smith | Sons, Ltd."|"Suite\r\nPremium"\n"Say ""hi"""|x\n',
      delimiter: '|',
      expected: table(['name', 'note'], [['Smith | Sons, Ltd.', 'Suite\nPremium'], ['Say "hi"', 'x']]),
    },
    {
      description: 'blank, whitespace-only and delimiter-only lines are skipped, before the header too',
      input: '\n \r\na;b\n\n1;2\n   \n\t\n;;\n" ";""\n3;4\n\n',
      delimiter: ';',
      expected: table(['a', 'b'], [['1', '2'], ['3', '4']]),
    },
    { description: 'cells are trimmed, inner spaces kept', input: 'a,b\n  Acme  Co , 10 \n', delimiter: ',', expected: table(['a', 'b'], [['Acme  Co', '10']]) },
    { description: 'a BOM left at the start of the text stays out of the header', input: '\uFEFFClient,Seats\nAcme,5\n', delimiter: ',', expected: table(['Client', 'Seats'], [['Acme', '5']]) },
    {
      description: 'headers cleaned: empty ones named, duplicates numbered',
      input: 'Client,,Client\nAcme,1,2\n',
      delimiter: ',',
      expected: table(['Client', 'Column 2', 'Client (2)'], [['Acme', '1', '2']]),
    },
    {
      description: 'ragged rows are padded or cut, and reported with their record number',
      input: 'a,b,c\n1,2\n1,2,3\n1,2,3,4\n',
      delimiter: ',',
      expected: table(['a', 'b', 'c'], [['1', '2', ''], ['1', '2', '3'], ['1', '2', '3']], [
        { line: 2, code: 'raggedRow', value: '2' },
        { line: 4, code: 'raggedRow', value: '4' },
      ]),
    },
    {
      description: 'record numbers skip blank lines and count a quoted newline once (as the tracker numbers rows)',
      input: 'a,b\n\n"x\ny",1\n\n\n2\n',
      delimiter: ',',
      expected: table(['a', 'b'], [['x\ny', '1'], ['2', '']], [{ line: 3, code: 'raggedRow', value: '1' }]),
    },
    {
      description: 'an unclosed quote is reported on its record and takes the rest of the file',
      input: 'a,b\n\n1,2\n\n3,"open\n4,5\n',
      delimiter: ',',
      expected: table(['a', 'b'], [['1', '2'], ['3', 'open\n4,5']], [{ line: 3, code: 'malformedQuotes' }], [{ code: 'swallowedLines', row: 3, count: 1 }]),
    },
    {
      description: 'text after a closing quote is reported once per record, however many stray quotes',
      input: 'a,b\n\n1,2\n"x"y "z" w,3\n4,5\n',
      delimiter: ',',
      // Papa looks on for a quote followed by a delimiter or a line end; with
      // none left, the rest of the file is that cell (as Excel does for an
      // unclosed quote). The record is flagged twice: quotes, and cell count.
      expected: table(['a', 'b'], [['1', '2'], ['x"y "z" w,3\n4,5', '']], [
        { line: 3, code: 'malformedQuotes' },
        { line: 3, code: 'raggedRow', value: '1' },
      ], [{ code: 'swallowedLines', row: 3, count: 1 }]),
    },
    {
      description: 'a cell with a few line breaks inside well-formed quotes is an address, not swallowed lines',
      input: 'a,b\nAcme,"1 rue A\nBât. 2\n75001 Paris"\n',
      delimiter: ',',
      expected: table(['a', 'b'], [['Acme', '1 rue A\nBât. 2\n75001 Paris']]),
    },
    {
      description: 'undecodable characters (U+FFFD) are counted, with the first record that has them',
      input: 'Client,Seats\nCaf\uFFFD,1\nOK,2\n\uFFFD\uFFFD,3\n',
      delimiter: ',',
      expected: table(['Client', 'Seats'], [['Caf\uFFFD', '1'], ['OK', '2'], ['\uFFFD\uFFFD', '3']], [], [{ code: 'replacementChars', row: 2, count: 3 }]),
    },
    { description: 'a quote inside an unquoted cell is plain text', input: 'a,b\nAcme "Best" Co,3\n', delimiter: ',', expected: table(['a', 'b'], [['Acme "Best" Co', '3']]) },
    { description: 'header only: headers and no rows (the caller reports headerOnly)', input: 'a,b\r\n\r\n', delimiter: ',', expected: table(['a', 'b'], []) },
    { description: 'nothing', input: '', delimiter: ',', expected: table([], []) },
    { description: 'only blank lines', input: '\n \n\r\n', delimiter: ',', expected: table([], []) },
    { description: 'no final newline', input: 'a,b\n1,2', delimiter: ',', expected: table(['a', 'b'], [['1', '2']]) },
  ];
  for (const { description, input, delimiter, expected } of cases) {
    test(`${description} (string)`, async () => expect(await parseCsv(input, { delimiter })).toEqual(expected));
    // Pieces handed to Papa one by one: Papa parses an unfinished record again
    // with each piece, so this checks nothing is lost or reported twice.
    for (const size of [1, 2, 3, 7]) {
      test(`${description} (stream of ${size}-character pieces)`, async () => {
        expect(await parseCsv(pieces(input, size), { delimiter, minChunkChars: 1 })).toEqual(expected);
      });
    }
    test(`${description} (stream, default chunk size)`, async () => {
      expect(await parseCsv(pieces(input, 2), { delimiter })).toEqual(expected);
    });
  }

  test('reports progress in source characters, rising to the whole length', async () => {
    const seen: number[] = [];
    await parseCsv(strings(['a,b\r', '\n1,2\r\n', '3,4\r']), { delimiter: ',', minChunkChars: 1, onProgress: (n) => seen.push(n) });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
    expect(seen[seen.length - 1]).toBe(14);
  });

  test('reports progress once for a string', async () => {
    const seen: number[] = [];
    await parseCsv('a,b\n1,2\n', { delimiter: ',', onProgress: (n) => seen.push(n) });
    expect(seen).toEqual([8]);
  });

  test('small pieces are joined into chunks before Papa sees them', async () => {
    const seen: number[] = [];
    await parseCsv(pieces('a,b\n1,2\n3,4\n5,6\n', 1), { delimiter: ',', minChunkChars: 8, onProgress: (n) => seen.push(n) });
    // 16 characters in chunks of 8 or more: two chunks, and the end.
    expect(seen).toEqual([8, 16, 16]);
  });

  test('a failing source rejects with its own error instead of hanging', async () => {
    async function* failing() {
      yield 'a,b\n';
      throw new TypeError('The encoded data was not valid');
    }
    await expect(parseCsv(failing(), { delimiter: ',', minChunkChars: 1 })).rejects.toThrow(TypeError);
  });

  // Speed is measured by `npm run bench`, never by a timed unit test; these check the big-input behaviour.
  test('a long stream of 64 KiB pieces reads every row, cells intact', async () => {
    const line = (i: number) => `"Client ${i}, Inc.",TEN-${100000 + i},fr-FR,50\n`;
    async function* text() {
      yield 'Customer Name,Tenant ID,Language,Licenses Purchased\n';
      let piece = '';
      for (let i = 0; i < 20_000; i++) {
        piece += line(i);
        if (piece.length > 65_536) {
          yield piece;
          piece = '';
        }
      }
      yield piece;
    }
    const parsed = await parseCsv(text(), { delimiter: ',' });
    expect(parsed.rows.length).toBe(20_000);
    expect(parsed.rows[19_999]).toEqual(['Client 19999, Inc.', 'TEN-119999', 'fr-FR', '50']);
    expect(parsed.issues).toEqual([]);
  });

  test('an unclosed quote in a large file is reported once, on its own line', async () => {
    async function* text() {
      yield 'a,b\n"never closed,1\n';
      for (let i = 0; i < 40; i++) yield 'x,1\n'.repeat(16_384);
    }
    const parsed = await parseCsv(text(), { delimiter: ',' });
    expect(parsed.rows.length).toBe(1);
    expect(parsed.issues).toEqual([{ line: 2, code: 'malformedQuotes' }, { line: 2, code: 'raggedRow', value: '1' }]);
  });
});

describe('parseCsv on real exports (sniffEncoding → decodeStream in 1-byte chunks → detectDelimiter → parseCsv)', () => {
  const cases: {
    description: string;
    input: string;
    expected: { encoding: Encoding; delimiter: Delimiter; headers: string[]; rowCount: number; firstRow: string[] };
  }[] = [
    {
      description: 'English Partner export: UTF-8, comma',
      input: 'public/samples/partner-export.csv',
      expected: {
        encoding: 'utf-8',
        delimiter: ',',
        headers: ['Customer Name', 'Tenant ID', 'Admin Name', 'Admin Email', 'Language', 'Licenses Purchased', 'Licenses Assigned', 'Activated Users', 'Active Users (28 days)', 'Start Date', 'Activation Link', 'Product', 'Vendor', 'Admin Phone', 'Renewal Date'],
        rowCount: 60,
        firstRow: ['Acme Design', 'TEN-5000', 'Admin 0', 'it0@example.org', 'pt-BR', '10', '10', '0', '1', '2026-10-30', 'https://example.org/activate/5000', 'Creative Cloud for teams', 'Adobe', '+1 212-555-0100', '2027-10-30'],
      },
    },
    {
      description: 'French export: UTF-8 with BOM, semicolon, CRLF',
      input: 'tests/e2e/fixtures/fr-export-semicolon.csv',
      expected: {
        encoding: 'utf-8',
        delimiter: ';',
        headers: ['Client', 'Licences achetées', 'Licences attribuées', 'Utilisateurs actifs', 'Date de début'],
        rowCount: 20,
        firstRow: ['Acme Design', '10', '10', '1', '30/10/2026'],
      },
    },
    {
      description: 'Japanese export: Shift_JIS, comma',
      input: 'tests/e2e/fixtures/ja-shift-jis.csv',
      expected: {
        encoding: 'shift_jis',
        delimiter: ',',
        headers: ['顧客名', 'テナントID', '管理者名', '管理者メール', '言語', '購入ライセンス数', '割り当て済みライセンス数', 'アクティベーション済みユーザー数', 'アクティブユーザー数', '開始日'],
        // The last row is the 合計 (total) row: the tracker drops it, not the parser.
        rowCount: 4,
        firstRow: ['株式会社さくら設計', 'JP-001', '山田 太郎', 'yamada@example.jp', '日本語', '10', '10', '0', '0', '2026年11月20日'],
      },
    },
    {
      description: 'French Excel export: Windows-1252, semicolon, decimal commas',
      input: 'tests/e2e/fixtures/fr-cp1252.csv',
      expected: {
        encoding: 'windows-1252',
        delimiter: ';',
        headers: ['Société', 'Licences achetées', 'Licences attribuées', 'Utilisateurs activés', "Taux d'utilisation", 'Date de début'],
        rowCount: 4,
        // Excel writes a no-break space (0xA0) in '1 200' and '45,5 %'.
        firstRow: ['Café Lumière SARL', '1\u00a0200', '1200', '1200', '45,5\u00a0%', '03/09/2026'],
      },
    },
    {
      description: 'Portuguese Excel "Unicode text": UTF-16 LE with BOM, tab',
      input: 'tests/e2e/fixtures/pt-utf16.txt',
      expected: {
        encoding: 'utf-16le',
        delimiter: '\t',
        headers: ['Cliente', 'Licenças compradas', 'Licenças atribuídas', 'Usuários ativos', 'Data de início', 'Idioma'],
        rowCount: 3,
        firstRow: ['Construtora Ipê Ltda.', '1.200', '600', '150', '05/10/2026', 'Português'],
      },
    },
  ];
  for (const { description, input, expected } of cases) {
    test(description, async () => {
      const bytes = fixture(input);
      const sniffed = sniffEncoding(bytes);
      if (!sniffed.ok) throw new Error(`not sniffed: ${sniffed.code}`);
      const text = await collect(decodeStream(chunked(bytes, 1), sniffed.encoding));
      const delimiter = detectDelimiter(text);
      const parsed = await parseCsv(pieces(text, 4096), { delimiter });
      expect({ encoding: sniffed.encoding, delimiter, headers: parsed.headers, rowCount: parsed.rows.length, firstRow: parsed.rows[0] }).toEqual(expected);
      expect(parsed.rows.every((r) => r.length === parsed.headers.length)).toBe(true);
      expect(parsed.issues).toEqual([]);
    });
  }
});

describe('parseCsv: text lost on the way in is reported, with counts', () => {
  /** 1,000 data rows; data row 500 opens a quote it never closes. */
  const unclosedAt500 = () => {
    const lines = ['Client,Seats'];
    for (let i = 1; i <= 1000; i++) lines.push(i === 500 ? `"Client ${i},${i}` : `Client ${i},${i}`);
    return `${lines.join('\n')}\n`;
  };

  test('an unclosed quote at data row 500 of 1,000: the 500 lines it swallowed are counted on its record', async () => {
    for (const source of [unclosedAt500(), pieces(unclosedAt500(), 997)]) {
      const parsed = await parseCsv(source, { delimiter: ',', minChunkChars: 1 });
      expect(parsed.rows.length).toBe(500);
      expect(parsed.warnings).toEqual([{ code: 'swallowedLines', row: 501, count: 500 }]);
    }
  });

  test('read as a plain character at the rep\'s request, the quote lets all 1,000 rows load', async () => {
    for (const source of [unclosedAt500(), pieces(unclosedAt500(), 997)]) {
      const parsed = await parseCsv(source, { delimiter: ',', minChunkChars: 1, literalQuotes: true });
      expect(parsed.rows.length).toBe(1000);
      expect(parsed.rows[499]).toEqual(['"Client 500', '500']);
      expect(parsed.rows[500]).toEqual(['Client 501', '501']);
      expect(parsed.rows[999]).toEqual(['Client 1000', '1000']);
      expect(parsed.warnings).toEqual([{ code: 'literalQuote', row: 501, count: 500 }]);
      expect(parsed.issues).toEqual([]);
    }
  });

  test(`a stray quote closed ${SWALLOW_LINES} lines below (no quote error) still reports the swallowed lines`, async () => {
    const middle = Array.from({ length: SWALLOW_LINES }, (_, i) => `M${i},${i}`).join('\n');
    const text = `Client,Seats\n"Start,1\n${middle}\nEnd",2\nLast,3\n`;
    const parsed = await parseCsv(text, { delimiter: ',' });
    expect(parsed.warnings).toEqual([{ code: 'swallowedLines', row: 2, count: SWALLOW_LINES + 1 }]);
    const literal = await parseCsv(text, { delimiter: ',', literalQuotes: true });
    expect(literal.rows.map((r) => r[0])).toEqual(['"Start', ...Array.from({ length: SWALLOW_LINES }, (_, i) => `M${i}`), 'End"', 'Last']);
    expect(literal.rows.at(-2)).toEqual(['End"', '2']);
  });

  test('two unclosed quotes read as plain characters: each is reported, every row loads', async () => {
    const text = 'Client,Seats\nA,1\n"B,2\nC,3\n"D,4\nE,5\n';
    const parsed = await parseCsv(text, { delimiter: ',', literalQuotes: true });
    expect(parsed.rows).toEqual([['A', '1'], ['"B', '2'], ['C', '3'], ['"D', '4'], ['E', '5']]);
    expect(parsed.warnings).toEqual([{ code: 'literalQuote', row: 3, count: 3 }, { code: 'literalQuote', row: 5, count: 1 }]);
  });

  test('a swallowing quote in the header is reported too', async () => {
    const parsed = await parseCsv('"Client,Seats\nA,1\nB,2\n', { delimiter: ',' });
    expect(parsed.warnings).toEqual([{ code: 'swallowedLines', row: 1, count: 2 }]);
    expect(parsed.rows).toEqual([]);
  });

  test(`cells longer than ${MAX_CELL_CHARS} characters are cut and counted (a huge bad number never reaches the page whole)`, async () => {
    const huge = '9'.repeat(200_000);
    const text = `Client,Seats\n${Array.from({ length: 20 }, (_, i) => `C${i},${huge}`).join('\n')}\n`;
    for (const source of [text, pieces(text, 65_536)]) {
      const parsed = await parseCsv(source, { delimiter: ',' });
      expect(parsed.rows.length).toBe(20);
      expect(parsed.rows.every((r) => r[1]!.length === MAX_CELL_CHARS)).toBe(true);
      expect(parsed.warnings).toEqual([{ code: 'longCells', row: 2, count: 20 }]);
    }
  });
});
