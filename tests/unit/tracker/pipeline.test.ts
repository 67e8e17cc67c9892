import { describe, expect, test } from 'vitest';
import { MAX_EXPORT_BYTES, readExport, resolveDayFirst, type ReadResult } from '../../../src/lib/tracker/pipeline';
import type { Encoding } from '../../../src/lib/csv/types';
import { chunked, concat, utf16, utf8 } from '../csv/bytes';

function source(bytes: Uint8Array, chunk = 3) {
  return { size: bytes.length, head: bytes.subarray(0, 64 * 1024), chunks: () => chunked(bytes, chunk) };
}
const read = (bytes: Uint8Array, encoding: Encoding | null = null) => readExport(source(bytes), { encoding });
const failure = (result: ReadResult) => (result.ok ? 'ok' : result.code);

describe('readExport', () => {
  test('no bytes: empty', async () => expect(failure(await read(new Uint8Array()))).toBe('empty'));
  test('whitespace only: empty', async () => expect(failure(await read(utf8('\r\n  \r\n')))).toBe('empty'));
  test('a UTF-16 BOM and nothing else: empty', async () => expect(failure(await read(utf16('  ', 'le', true)))).toBe('empty'));
  test('NUL bytes: binary', async () => expect(failure(await read(concat([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])))).toBe('binary'));
  test('beyond the size limit: tooLarge, before reading a byte', async () => {
    const result = await readExport({ size: MAX_EXPORT_BYTES + 1, head: utf8('Client\n'), chunks: () => { throw new Error('must not read'); } });
    expect(failure(result)).toBe('tooLarge');
  });
  test('a header and no row: headerOnly', async () => expect(failure(await read(utf8('Client,Seats\r\n')))).toBe('headerOnly'));
  test('a chosen encoding that cannot read the bytes: undecodable, naming it', async () => {
    expect(await read(concat(utf8('Client\n'), [0xff, 0xfe, 0xfd, 0x0a]), 'utf-8')).toEqual({ ok: false, code: 'undecodable', encoding: 'utf-8' });
  });
  test('reads a French semicolon export with its BOM and hints', async () => {
    const result = await read(concat([0xef, 0xbb, 0xbf], utf8('Client;Licences achetées\r\nCafé;1 200\r\n')));
    expect(result).toEqual({
      ok: true,
      raw: { headers: ['Client', 'Licences achetées'], rows: [['Café', '1 200']], issues: [], warnings: [] },
      detection: { encoding: 'utf-8', bom: true, delimiter: ';', reason: 'bom', warnings: [] },
      hints: { decimal: ',', dayFirst: true },
    });
  });
  // tracker.md §5: garbled text is said loudly. A bad byte past the sniffed
  // part no longer re-reads a UTF-8 file as Windows-1252 (mojibake for every
  // accent and Japanese name): UTF-8 stays, the byte becomes U+FFFD, counted.
  const filler = 'Client,Seats\n' + Array.from({ length: 7000 }, (_, i) => `Client ${i},1`).join('\n') + '\n';
  test('one 0xE9 byte after the first 64 KiB of a UTF-8 file: UTF-8 kept, names intact, the replacement counted', async () => {
    const bytes = concat(utf8(filler), utf8('Café Crème,1\n山田商事,2\nCaf'), [0xe9], utf8(',3\n'));
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    const result = await readExport(source(bytes, 4096));
    if (!result.ok) throw new Error(result.code);
    expect(result.detection).toMatchObject({ encoding: 'utf-8', bom: false, reason: 'validUtf8' });
    expect(result.raw.rows.slice(-3).map((r) => r[0])).toEqual(['Café Crème', '山田商事', 'Caf\uFFFD']);
    expect(result.detection.warnings).toEqual([{ code: 'replacementChars', row: 7004, count: 1 }]);
  });
  test('with a UTF-8 BOM, a bad byte is reported too, and why UTF-8 was used', async () => {
    const result = await read(concat([0xef, 0xbb, 0xbf], utf8('Client,Seats\nCaf'), [0xe9], utf8(',1\nOK,2\n')));
    if (!result.ok) throw new Error(result.code);
    expect(result.detection).toEqual({ encoding: 'utf-8', bom: true, delimiter: ',', reason: 'bom', warnings: [{ code: 'replacementChars', row: 2, count: 1 }] });
  });
  test('the reason of each sniffed or chosen encoding', async () => {
    const reasonOf = async (bytes: Uint8Array, encoding: Encoding | null = null) => {
      const result = await read(bytes, encoding);
      return result.ok ? result.detection.reason : result.code;
    };
    expect(await reasonOf(utf8('Client,Seats\nAcme,1\n'))).toBe('validUtf8');
    expect(await reasonOf(concat(utf8('Client,Seats\nCaf'), [0xe9], utf8(',1\n')))).toBe('notUtf8');
    expect(await reasonOf(utf16('Client,Seats\r\nAcme,1\r\n', 'le'))).toBe('utf16Pattern');
    expect(await reasonOf(utf16('Client,Seats\r\nAcme,1\r\n', 'be', true))).toBe('bom');
    expect(await reasonOf(utf8('Client,Seats\nAcme,1\n'), 'windows-1252')).toBe('chosen');
  });
  test('a quote that swallows lines is reported; read again with literalQuotes, every row loads', async () => {
    const bytes = utf8('Client,Seats\nA,1\n"B,2\nC,3\nD,4\n');
    const first = await read(bytes);
    expect(first.ok && first.detection.warnings).toEqual([{ code: 'swallowedLines', row: 3, count: 2 }]);
    const again = await readExport(source(bytes), { literalQuotes: true });
    expect(again.ok && again.raw.rows.length).toBe(4);
    expect(again.ok && again.detection.warnings).toEqual([{ code: 'literalQuote', row: 3, count: 2 }]);
  });
  test('an Excel "sep=" line sets the delimiter and is not the header', async () => {
    const result = await read(utf8('sep=|\r\nClient|Seats\r\nAcme|5\r\n'));
    expect(result).toMatchObject({ ok: true, raw: { headers: ['Client', 'Seats'], rows: [['Acme', '5']] }, detection: { delimiter: '|' } });
  });
  test('a "sep=" line longer than the first chunk is skipped whole', async () => {
    const bytes = utf8('sep=;\nClient;Seats\nAcme;5\n');
    expect(await readExport(source(bytes, 2))).toMatchObject({ ok: true, raw: { headers: ['Client', 'Seats'] } });
  });
  test('reports progress up to the whole file', async () => {
    const seen: number[] = [];
    await readExport(source(utf8('Client,Seats\nAcme,5\nBeta,2\n'), 4), { onProgress: (f) => seen.push(f) });
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f, i) => i === 0 || f >= seen[i - 1]!)).toBe(true);
  });
});

describe('resolveDayFirst', () => {
  const raw = (dates: string[]) => ({ headers: ['Client', 'Start'], rows: dates.map((d, i) => [`C${i}`, d]), issues: [] });
  const mapping = { client: 'Client', startDate: 'Start' };
  const cases: { description: string; input: Parameters<typeof resolveDayFirst>; expected: boolean | 'ask' }[] = [
    { description: 'a day above 12 first: day first', input: [raw(['25/10/2026', '01/02/2026']), mapping, { decimal: '.', dayFirst: false }], expected: true },
    { description: 'a day above 12 second: month first', input: [raw(['10/25/2026', '01/02/2026']), mapping, { decimal: ',', dayFirst: true }], expected: false },
    { description: 'ambiguous, the file hints day first', input: [raw(['01/02/2026', '03/04/2026']), mapping, { decimal: ',', dayFirst: true }], expected: true },
    { description: 'ambiguous and no hint: ask the rep', input: [raw(['01/02/2026', '03/04/2026']), mapping, { decimal: '.', dayFirst: false }], expected: 'ask' },
    { description: 'ISO dates: the hint stands', input: [raw(['2026-01-02']), mapping, { decimal: '.', dayFirst: false }], expected: false },
    { description: 'no date column mapped: the hint', input: [raw(['01/02/2026']), { client: 'Client' }, { decimal: ',', dayFirst: true }], expected: true },
    { description: 'a mapped header missing from the file: the hint', input: [raw(['01/02/2026']), { client: 'Client', startDate: 'Begin' }, { decimal: '.', dayFirst: false }], expected: false },
  ];
  for (const { description, input, expected } of cases) test(description, () => expect(resolveDayFirst(...input)).toBe(expected));
});
