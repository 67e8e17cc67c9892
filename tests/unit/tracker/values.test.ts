import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  dateOrderOf,
  isMissing,
  isTotalLabel,
  parseDate,
  parseNumber,
  safeHttpsUrl,
} from '../../../src/lib/tracker/values';

describe('isMissing', () => {
  const cases = [
    { description: 'empty', input: '', expected: true },
    { description: 'spaces', input: '   ', expected: true },
    { description: 'dash', input: '-', expected: true },
    { description: 'en dash', input: '–', expected: true },
    { description: 'em dash', input: '—', expected: true },
    { description: 'n/a', input: 'n/a', expected: true },
    { description: 'N/A padded', input: ' N/A ', expected: true },
    { description: 'na', input: 'na', expected: true },
    { description: "Excel's #N/A", input: '#N/A', expected: true },
    { description: 'zero is a value', input: '0', expected: false },
    { description: 'a word', input: 'none', expected: false },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(isMissing(input)).toBe(expected));
  }
});

describe('parseNumber', () => {
  const cases: { description: string; input: [string, ',' | '.']; expected: number | null | undefined }[] = [
    // §1 formats
    { description: 'plain integer', input: ['1200', '.'], expected: 1200 },
    { description: 'plain integer, decimal comma file', input: ['1200', ','], expected: 1200 },
    { description: 'comma thousands', input: ['1,200', '.'], expected: 1200 },
    { description: 'space thousands', input: ['1 200', ','], expected: 1200 },
    { description: 'no-break space thousands', input: ['1\u00a0200', ','], expected: 1200 },
    { description: 'narrow no-break space thousands', input: ['1\u202f200', ','], expected: 1200 },
    { description: 'thin space thousands', input: ['1\u2009200', '.'], expected: 1200 },
    { description: 'apostrophe thousands (Swiss)', input: ["1'200", '.'], expected: 1200 },
    { description: 'dot thousands in a decimal-comma file', input: ['1.200', ','], expected: 1200 },
    { description: 'dot thousands and decimal comma', input: ['1.200,5', ','], expected: 1200.5 },
    { description: 'several dot groups', input: ['1.200.300', ','], expected: 1200300 },
    { description: 'several comma groups', input: ['1,200,300', '.'], expected: 1200300 },
    { description: 'comma thousands and decimal point', input: ['1,200.5', '.'], expected: 1200.5 },
    { description: 'both marks: the last is decimal, whatever the file says', input: ['1,200.5', ','], expected: 1200.5 },
    { description: 'space groups and decimal comma', input: ['1 200 300,25', ','], expected: 1200300.25 },
    { description: 'space groups and decimal point', input: ['1 200.500', ','], expected: 1200.5 },
    { description: 'decimal comma', input: ['45,5', ','], expected: 45.5 },
    { description: 'decimal point', input: ['45.5', '.'], expected: 45.5 },
    { description: 'decimal comma in a decimal-point file (cannot be thousands)', input: ['45,5', '.'], expected: 45.5 },
    { description: 'decimal point in a decimal-comma file (cannot be thousands)', input: ['45.5', ','], expected: 45.5 },
    { description: 'percent with space', input: ['45,5 %', ','], expected: 45.5 },
    { description: 'percent with no-break space', input: ['45,5\u00a0%', ','], expected: 45.5 },
    { description: 'percent glued', input: ['45.5%', '.'], expected: 45.5 },
    { description: 'padded', input: ['  12  ', '.'], expected: 12 },
    { description: 'leading plus', input: ['+12', '.'], expected: 12 },
    { description: 'negative', input: ['-12', '.'], expected: -12 },
    { description: 'negative decimal comma', input: ['-1.200,5', ','], expected: -1200.5 },
    { description: 'unicode minus', input: ['\u221212', '.'], expected: -12 },
    { description: 'negative zero reads as zero', input: ['-0', '.'], expected: 0 },
    { description: 'leading decimal mark', input: ['.5', '.'], expected: 0.5 },
    { description: 'leading decimal comma', input: [',5', ','], expected: 0.5 },
    { description: 'trailing zeros', input: ['1200.00', '.'], expected: 1200 },
    // ambiguities
    { description: 'comma + 3 digits is thousands when decimal is "."', input: ['1,200', '.'], expected: 1200 },
    { description: 'comma + 3 digits is decimal when decimal is ","', input: ['1,200', ','], expected: 1.2 },
    { description: 'dot + 3 digits is thousands when decimal is ","', input: ['1.200', ','], expected: 1200 },
    { description: 'dot + 3 digits is decimal when decimal is "."', input: ['1.200', '.'], expected: 1.2 },
    { description: 'a zero before the mark makes it decimal', input: ['0,500', '.'], expected: 0.5 },
    { description: 'four digits before the mark makes it decimal', input: ['1200,000', '.'], expected: 1200 },
    { description: 'leading decimal mark with 3 digits', input: ['.500', ','], expected: 0.5 },
    { description: 'full-width digits', input: ['１２００', '.'], expected: 1200 },
    { description: 'full-width comma and percent', input: ['４５，５％', ','], expected: 45.5 },
    { description: 'long digit run beyond the fast path', input: ['1234567890123456', '.'], expected: 1234567890123456 },
    // missing
    { description: 'empty is missing', input: ['', '.'], expected: null },
    { description: 'blank is missing', input: ['  ', ','], expected: null },
    { description: 'dash is missing', input: ['-', '.'], expected: null },
    { description: 'en dash is missing', input: ['–', '.'], expected: null },
    { description: 'em dash is missing', input: ['—', '.'], expected: null },
    { description: 'n/a is missing', input: ['n/a', '.'], expected: null },
    { description: 'N/A is missing', input: ['N/A', ','], expected: null },
    { description: 'na is missing', input: ['na', '.'], expected: null },
    // unparsable
    { description: 'letters', input: ['abc', '.'], expected: undefined },
    { description: 'digits then letters', input: ['12abc', '.'], expected: undefined },
    { description: 'exponent', input: ['1e5', '.'], expected: undefined },
    { description: 'currency sign', input: ['$12', '.'], expected: undefined },
    { description: 'percent alone', input: ['%', '.'], expected: undefined },
    { description: 'sign alone with percent', input: ['+%', '.'], expected: undefined },
    { description: 'space after the sign', input: ['- 5', '.'], expected: undefined },
    { description: 'two separators in a row', input: ['1,,200', '.'], expected: undefined },
    { description: 'trailing separator', input: ['12,', '.'], expected: undefined },
    { description: 'leading space group', input: ['.5 000', '.'], expected: undefined },
    { description: 'short group after a repeated mark', input: ['1,2,3', '.'], expected: undefined },
    { description: 'long first group before a repeated mark', input: ['1234.567.890', ','], expected: undefined },
    { description: 'mixed grouping characters', input: ['1 200.300.400', ','], expected: undefined },
    { description: 'two decimal commas after dot groups', input: ['1.200,5,5', ','], expected: undefined },
    { description: 'decimal mark not last', input: ['1,5.200.300', ','], expected: undefined },
    { description: 'space group of 2 digits', input: ['1 20', '.'], expected: undefined },
    { description: 'leading zero group with spaces', input: ['0 500', '.'], expected: undefined },
    { description: 'space after a decimal mark', input: ['1,5 000', ','], expected: undefined },
    { description: 'minus inside', input: ['12-3', '.'], expected: undefined },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(parseNumber(...input)).toBe(expected));
  }
});

describe('parseDate', () => {
  const MARCH_1 = 20513; // 2026-03-01
  const JAN_3 = 20456; // 2026-01-03
  const cases: { description: string; input: [string, boolean]; expected: number | null | undefined }[] = [
    { description: 'ISO', input: ['2026-03-01', false], expected: MARCH_1 },
    { description: 'ISO, dayFirst ignored', input: ['2026-03-01', true], expected: MARCH_1 },
    { description: 'ISO with time', input: ['2026-03-01T10:30:00Z', false], expected: MARCH_1 },
    { description: 'ISO with milliseconds and offset', input: ['2026-03-01T23:30:00.000+02:00', false], expected: MARCH_1 },
    { description: 'ISO with a space and time', input: ['2026-03-01 10:30', false], expected: MARCH_1 },
    { description: 'ISO with single-digit parts', input: ['2026-3-1', false], expected: MARCH_1 },
    { description: 'year first with slashes', input: ['2026/03/01', false], expected: MARCH_1 },
    { description: 'year first with dots', input: ['2026.03.01', true], expected: MARCH_1 },
    { description: 'padded', input: ['  2026-03-01 ', false], expected: MARCH_1 },
    { description: 'day first slash', input: ['01/03/2026', true], expected: MARCH_1 },
    { description: 'day first dash', input: ['01-03-2026', true], expected: MARCH_1 },
    { description: 'day first dot', input: ['01.03.2026', true], expected: MARCH_1 },
    { description: 'month first slash', input: ['01/03/2026', false], expected: JAN_3 },
    { description: 'month first, single digits', input: ['3/1/2026', false], expected: MARCH_1 },
    { description: 'US Excel date with time', input: ['3/1/2026 12:00:00 AM', false], expected: MARCH_1 },
    { description: 'European date with time', input: ['01/03/2026 14:05', true], expected: MARCH_1 },
    { description: 'first part > 12 is the day even when month first', input: ['13/03/2026', false], expected: MARCH_1 + 12 },
    { description: 'second part > 12 is the day even when day first', input: ['03/13/2026', true], expected: MARCH_1 + 12 },
    { description: '2-digit year', input: ['01/03/26', true], expected: MARCH_1 },
    { description: '2-digit year month first', input: ['03/01/26', false], expected: MARCH_1 },
    { description: 'Japanese', input: ['2026年3月1日', false], expected: MARCH_1 },
    { description: 'Japanese padded', input: ['2026年03月01日', true], expected: MARCH_1 },
    { description: 'Japanese with full-width digits', input: ['２０２６年３月１日', false], expected: MARCH_1 },
    { description: 'full-width ISO', input: ['２０２６／０３／０１', false], expected: MARCH_1 },
    { description: 'compact yyyymmdd', input: ['20260301', false], expected: MARCH_1 },
    { description: 'Excel serial', input: ['45000', false], expected: 19431 }, // 2023-03-15
    { description: 'Excel serial with a time fraction', input: ['45000.75', false], expected: 19431 },
    { description: 'Excel serial with a decimal comma', input: ['45000,5', true], expected: 19431 },
    { description: 'Excel serial 1 = 1900-01-01', input: ['1', false], expected: -25567 },
    { description: 'Excel serial 59 = 1900-02-28', input: ['59', false], expected: -25509 },
    { description: 'Excel serial 61 = 1900-03-01 (after the phantom day)', input: ['61', false], expected: -25508 },
    { description: 'Excel serial max = 9999-12-31', input: ['2958465', false], expected: 2932896 },
    { description: 'leap day', input: ['29/02/2024', true], expected: 19782 },
    // missing
    { description: 'empty', input: ['', true], expected: null },
    { description: 'dash', input: ['-', true], expected: null },
    { description: 'N/A', input: ['N/A', false], expected: null },
    // unparsable
    { description: '31 February', input: ['31/02/2026', true], expected: undefined },
    { description: 'ISO 31 February', input: ['2026-02-31', false], expected: undefined },
    { description: '29 February of a common year', input: ['2026-02-29', false], expected: undefined },
    { description: 'month 13 in ISO', input: ['2026-13-01', false], expected: undefined },
    { description: 'both parts > 12', input: ['13/13/2026', true], expected: undefined },
    { description: 'day 0', input: ['00/03/2026', true], expected: undefined },
    { description: 'Japanese 31 February', input: ['2026年2月31日', false], expected: undefined },
    { description: 'compact invalid', input: ['20261301', false], expected: undefined },
    { description: 'Excel serial 0', input: ['0', false], expected: undefined },
    { description: "Excel's phantom 1900-02-29", input: ['60', false], expected: undefined },
    { description: 'Excel serial beyond 9999', input: ['2958466', false], expected: undefined },
    { description: 'mixed separators', input: ['2026-03/01', false], expected: undefined },
    { description: 'a word', input: ['soon', false], expected: undefined },
    { description: 'a month name', input: ['1 March 2026', true], expected: undefined },
    { description: 'a bad time part', input: ['2026-03-01Tnoon', false], expected: undefined },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(parseDate(...input)).toBe(expected));
  }
});

describe('dateOrderOf', () => {
  const cases: { description: string; input: string[]; expected: ReturnType<typeof dateOrderOf> }[] = [
    { description: 'a first part above 12', input: ['01/02/2026', '13/02/2026'], expected: 'dayFirst' },
    { description: 'a second part above 12', input: ['01/02/2026', '02/13/2026'], expected: 'monthFirst' },
    { description: 'every part up to 12', input: ['01/02/2026', '12.11.26', '3-4-2026'], expected: 'ambiguous' },
    { description: 'conflicting evidence', input: ['13/02/2026', '02/13/2026'], expected: 'ambiguous' },
    { description: 'only ISO dates', input: ['2026-02-13', '2026/01/31'], expected: 'none' },
    { description: 'only serials and blanks', input: ['45000', '', 'n/a'], expected: 'none' },
    { description: 'no values', input: [], expected: 'none' },
    { description: 'dates with a time part', input: ['25/12/2026 10:00'], expected: 'dayFirst' },
    { description: 'padded values', input: ['  05/30/2026 '], expected: 'monthFirst' },
    { description: 'a 3-digit year is not a date', input: ['13/02/202'], expected: 'none' },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(dateOrderOf(input)).toBe(expected));
  }
});

describe('isTotalLabel', () => {
  const cases = [
    { description: 'Total', input: 'Total', expected: true },
    { description: 'TOTAL', input: 'TOTAL', expected: true },
    { description: 'Totals', input: 'Totals', expected: true },
    { description: 'padded', input: '  total  ', expected: true },
    { description: 'with a colon', input: 'Total:', expected: true },
    { description: 'Grand total', input: 'Grand total', expected: true },
    { description: 'Grand  Total with two spaces', input: 'Grand  Total', expected: true },
    { description: 'Totaux', input: 'Totaux', expected: true },
    { description: 'Total général', input: 'Total général', expected: true },
    { description: 'TOTAL GÉNÉRAL', input: 'TOTAL GÉNÉRAL', expected: true },
    { description: 'Total général decomposed accents', input: 'Total ge\u0301ne\u0301ral', expected: true },
    { description: 'Totais', input: 'Totais', expected: true },
    { description: 'Total geral', input: 'Total geral', expected: true },
    { description: '合計', input: '合計', expected: true },
    { description: '総計', input: '総計', expected: true },
    { description: '合計 with a full-width colon', input: '合計：', expected: true },
    { description: 'full-width TOTAL', input: 'ＴＯＴＡＬ', expected: true },
    { description: 'a client name starting with Total', input: 'Totalmente SA', expected: false },
    { description: 'a client name starting with G', input: 'Granite Works', expected: false },
    { description: 'subtotal is not a grand total row', input: 'Subtotal', expected: false },
    { description: 'empty', input: '', expected: false },
    { description: 'a very long cell', input: `Total ${'x'.repeat(100)}`, expected: false },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(isTotalLabel(input)).toBe(expected));
  }
});

describe('safeHttpsUrl', () => {
  const cases = [
    { description: 'https', input: 'https://example.org/activate/5000', expected: 'https://example.org/activate/5000' },
    { description: 'padded', input: '  https://example.org/a  ', expected: 'https://example.org/a' },
    { description: 'upper-case scheme', input: 'HTTPS://Example.org/a', expected: 'https://example.org/a' },
    { description: 'with query', input: 'https://example.org/a?t=1&u=2', expected: 'https://example.org/a?t=1&u=2' },
    { description: 'http', input: 'http://example.org/a', expected: null },
    { description: 'javascript', input: 'javascript:alert(1)', expected: null },
    { description: 'javascript disguised with https text', input: 'javascript://https://x/%0aalert(1)', expected: null },
    { description: 'data', input: 'data:text/html,<b>x</b>', expected: null },
    { description: 'relative', input: '/activate/5000', expected: null },
    { description: 'protocol-relative', input: '//example.org/a', expected: null },
    { description: 'no host', input: 'https://', expected: null },
    { description: 'bad port', input: 'https://example.org:99999/', expected: null },
    { description: 'credentials that disguise the host', input: 'https://bank.example@evil.example/', expected: null },
    { description: 'empty', input: '', expected: null },
    { description: 'extra slashes are dropped, as browsers do', input: 'https:///x', expected: 'https://x/' },
    { description: 'an IP address', input: 'https://192.168.0.1/a', expected: 'https://192.168.0.1/a' },
    { description: 'dot segments are resolved', input: 'https://x.example/a/../b', expected: 'https://x.example/b' },
    { description: 'encoded dot segments are resolved', input: 'https://x.example/a/%2e%2e/b', expected: 'https://x.example/b' },
    { description: 'a host without a path gets one', input: 'https://x.example', expected: 'https://x.example/' },
    { description: 'the default port is dropped', input: 'https://x.example:443/a', expected: 'https://x.example/a' },
    { description: 'spaces in the path are encoded', input: 'https://x.example/a b', expected: 'https://x.example/a%20b' },
    { description: 'an international host becomes punycode', input: 'https://bücher.example/a', expected: 'https://xn--bcher-kva.example/a' },
    { description: 'invalid punycode', input: 'https://xn--a.example/', expected: null },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(safeHttpsUrl(input)).toBe(expected));
  }

  /** The parser-only answer the fast path must agree with. */
  function reference(text: string): string | null {
    const trimmed = text.trim();
    if (!/^https:\/\//i.test(trimmed)) return null;
    try {
      const url = new URL(trimmed);
      return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '' ? url.href : null;
    } catch {
      return null;
    }
  }
  const pathChars = fc.constantFrom(...'abcXYZ019-._~!$&()*+,;=:@/%?#\'" <>.'.split(''));
  const urlLike = fc.oneof(
    fc.webUrl({ validSchemes: ['https', 'http'], withQueryParameters: true, withFragments: true }),
    fc
      .tuple(fc.domain(), fc.array(pathChars, { maxLength: 20 }))
      .map(([host, path]) => `https://${host}/${path.join('')}`),
    fc.string(),
  );
  test('agrees with the URL parser on any input', () => {
    fc.assert(fc.property(urlLike, (text) => safeHttpsUrl(text) === reference(text)), { numRuns: 3000 });
  });
});
