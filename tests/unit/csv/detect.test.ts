import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { detectDelimiter, detectLocaleHints, excelSeparator } from '../../../src/lib/csv/detect';
import { DELIMITERS, type Delimiter } from '../../../src/lib/csv/types';

describe('detectDelimiter', () => {
  const cases: { description: string; input: string; expected: Delimiter }[] = [
    { description: 'comma', input: 'Customer,Seats,Assigned\nAcme,10,5\nBeta,3,3\n', expected: ',' },
    { description: 'semicolon', input: 'Client;Licences;Attribuées\nAcme;10;5\n', expected: ';' },
    { description: 'tab', input: 'Cliente\tLicenças\tIdioma\nIpê\t10\tpt-BR\n', expected: '\t' },
    { description: 'pipe', input: 'customerName|licensesSold|licensesDeployed\nAcme|10|5\n', expected: '|' },
    {
      description: 'semicolon file whose numbers have decimal commas',
      input: 'Client;Usage;Seats\nAcme;45,5;10\nBeta;12,25;3\nGamma;1,5;1\n',
      expected: ';',
    },
    {
      description: 'semicolon file where every row has the same number of decimal commas',
      input: 'Client;Usage;Deployment\nAcme;45,5;10,0\nBeta;12,2;3,5\n',
      expected: ';',
    },
    { description: 'commas inside quotes do not vote', input: 'Name;Seats\n"Smith, Jones, and Co.";10\n"A, B";2\n', expected: ';' },
    { description: 'pipes and commas inside quotes, pipe outside', input: 'a|b|c\n"x | y, z"|1|2\n"line\nbreak, here"|3|4\n', expected: '|' },
    { description: 'a single column defaults to comma', input: 'Customer\nAcme\nBeta\n', expected: ',' },
    { description: 'empty text defaults to comma', input: '', expected: ',' },
    { description: 'CRLF and blank lines', input: 'a\tb\tc\r\n\r\n1\t2\t3\r\n\r\n4\t5\t6\r\n', expected: '\t' },
    { description: 'a sample cut inside a quoted field', input: 'a,b\n1,2\n"open, and never', expected: ',' },
    { description: 'tab file with thousands separators and semicolons in cells', input: 'Client\tSeats\tNote\nAcme\t1,200\ta;b\nBeta\t3,500\tc\n', expected: '\t' },
    { description: 'comma file with an unquoted semicolon in one cell', input: 'Name,Seats,Note\nAcme,10,see; later\nBeta,3,ok\nGamma,4,ok\n', expected: ',' },
    { description: 'equally consistent: the delimiter that makes more columns wins', input: 'a,b;c;d\n1,2;3;4\n', expected: ';' },
    { description: 'ragged lines still vote for their delimiter', input: 'a,b\n1,2,3\n', expected: ',' },
    {
      description: 'only the first 20 records vote',
      input: `a;b\n${'1;2\n'.repeat(19)}${'x,y,z,w\n'.repeat(100)}`,
      expected: ';',
    },
    { description: 'a doubled quote inside quotes stays quoted', input: 'a;b\n"say ""hi, there""";1\n', expected: ';' },
  ];
  for (const { description, input, expected } of cases) test(description, () => expect(detectDelimiter(input)).toBe(expected));

  test('finds the delimiter of any quoted table of two columns or more, whatever the cells hold', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', '1', ',', ';', '\t', '|', '"', ' ', '\n', '\r\n'), maxLength: 8 });
    const table = fc.integer({ min: 2, max: 6 }).chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 25 }));
    fc.assert(
      fc.property(table, fc.constantFrom(...DELIMITERS), fc.constantFrom('\n', '\r\n'), (rows, delimiter, newline) => {
        expect(detectDelimiter(Papa.unparse(rows, { delimiter, newline, quotes: true }))).toBe(delimiter);
      }),
      { numRuns: 500 },
    );
  });
});

describe('detectLocaleHints', () => {
  const cases: { description: string; input: [string[], Delimiter]; expected: { decimal: ',' | '.'; dayFirst: boolean } }[] = [
    { description: 'English headers, comma', input: [['Customer Name', 'Licenses Purchased'], ','], expected: { decimal: '.', dayFirst: false } },
    { description: 'any semicolon file', input: [['Customer', 'Seats'], ';'], expected: { decimal: ',', dayFirst: true } },
    { description: 'French headers in a tab file', input: [['Client', 'Licences achetées', 'Date de début'], '\t'], expected: { decimal: ',', dayFirst: true } },
    { description: 'Portuguese headers in a tab file', input: [['Cliente', 'Licenças compradas', 'Usuários ativos'], '\t'], expected: { decimal: ',', dayFirst: true } },
    { description: 'Portuguese headers without accents', input: [['Empresa', 'Licencas'], ','], expected: { decimal: ',', dayFirst: true } },
    { description: 'British English "Licences" keeps the decimal point', input: [['Customer', 'Licences purchased'], ','], expected: { decimal: '.', dayFirst: false } },
    { description: 'Japanese headers', input: [['顧客名', '購入ライセンス数', '開始日'], ','], expected: { decimal: '.', dayFirst: false } },
    { description: 'Japanese headers even with semicolons', input: [['顧客名', '開始日'], ';'], expected: { decimal: '.', dayFirst: false } },
    { description: 'vendor export names (Microsoft)', input: [['customerName', 'licensesSold', 'usagePercent'], ','], expected: { decimal: '.', dayFirst: false } },
  ];
  for (const { description, input, expected } of cases) test(description, () => expect(detectLocaleHints(...input)).toEqual(expected));
});

describe('excelSeparator', () => {
  const cases: { description: string; input: string; expected: ReturnType<typeof excelSeparator> }[] = [
    { description: 'semicolon, CRLF', input: 'sep=;\r\nClient;Seats\r\n', expected: { delimiter: ';', length: 7 } },
    { description: 'tab, LF', input: 'sep=\t\nClient\tSeats', expected: { delimiter: '\t', length: 6 } },
    { description: 'quoted by Excel, upper case', input: '"SEP=,"\nClient,Seats', expected: { delimiter: ',', length: 8 } },
    { description: 'an unknown separator is not one', input: 'sep=#\nClient#Seats', expected: null },
    { description: 'no sep line', input: 'Client;Seats\n', expected: null },
    { description: 'a header that merely starts with sep', input: 'separator;x\n', expected: null },
  ];
  for (const { description, input, expected } of cases) test(description, () => expect(excelSeparator(input)).toEqual(expected));
});
