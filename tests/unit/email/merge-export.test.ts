import { describe, expect, test } from 'vitest';
import { buildClientTable } from '../../../src/lib/tracker/table';
import { emptyScan, gapText, repFieldsUsed, localeAt, mergeCells, mergeCsvParts, mergeEmail, scanSlice, MERGE_COLUMNS, type MergeInput } from '../../../src/lib/email/merge-export';
import { csvRow, mergeCsv } from '../../../src/lib/email/export';
import type { Locale } from '../../../src/i18n/locales';

const headers = ['Client', 'Admin', 'Email', 'Language', 'Vendor', 'Product'];
const rows = [
  ['Orange', 'Ana', 'ana@example.org', 'fr-FR', 'Adobe', 'Acrobat'],
  ['=Evil', '', 'x@y.org, z@w.org', 'ja', '', ''],
  ['Banco Inter', 'João', '', 'pt-BR', 'Microsoft', 'Microsoft 365'],
];
const mapping = { client: 'Client', adminName: 'Admin', adminEmail: 'Email', language: 'Language', vendor: 'Vendor', product: 'Product' };
const { table } = buildClientTable(headers, rows, mapping, { decimal: '.', dayFirst: false });
const template = (locale: Locale) => ({ subject: `${locale}: {client}`, body: `Hi {adminName}, {repName}.\n:::vendor adobe\nAdobe only\n:::` });
const labels = (locale: Locale) => ({ adminName: `${locale}-admin`, repName: `${locale}-rep` });
const input = (over: Partial<MergeInput> = {}): MergeInput => ({
  table,
  templates: { en: template('en'), fr: template('fr'), pt: template('pt'), ja: template('ja') },
  fieldLabels: { en: labels('en'), fr: labels('fr'), pt: labels('pt'), ja: labels('ja') },
  localeChoice: '',
  pageLocale: 'en',
  deadlineDay: null,
  rep: { repName: '', repCompany: '', repPhone: '', bookingLink: '' },
  ...over,
});
const ALL = Int32Array.of(0, 1, 2);
const CHECKS = { missing: 'no address', invalid: 'bad address', several: 'several addresses' };

describe('mergeEmail', () => {
  test('each client’s language, its vendor’s blocks only, gaps in the email’s language', () => {
    const orange = mergeEmail(input(), 0);
    expect([orange.locale, orange.subject]).toEqual(['fr', 'fr: Orange']);
    expect(orange.body).toContain('Adobe only');
    expect(orange.body).toContain('[fr-rep]');
    const inter = mergeEmail(input(), 2);
    expect(inter.locale).toBe('pt');
    expect(inter.body).not.toContain('Adobe only');
  });
  test('localeAt: the client’s language, the page’s when the cell names none, the rep’s choice over both', () => {
    expect([0, 1, 2].map((i) => localeAt(input(), i))).toEqual(['fr', 'ja', 'pt']);
    expect(localeAt(input({ table: buildClientTable(headers, [['X', '', '', '', '', '']], mapping, { decimal: '.', dayFirst: false }).table, pageLocale: 'pt' }), 0)).toBe('pt');
    expect(localeAt(input({ localeChoice: 'en' }), 2)).toBe('en');
  });
  test('the rep’s choice of language wins', () => expect(mergeEmail(input({ localeChoice: 'ja' }), 0).locale).toBe('ja'));
  test('a filled rep name is no gap', () => expect(mergeEmail(input({ rep: { repName: 'Camille', repCompany: '', repPhone: '', bookingLink: '' } }), 0).filled.missing).toEqual([]));
  test('gapText names the field in that locale, or by its id when it has no label', () => {
    expect(gapText(input(), 'ja')('repName')).toBe('[ja-rep]');
    expect(gapText(input(), 'ja')('other')).toBe('[other]');
  });
});

describe('scanSlice', () => {
  test('counts languages, emails with gaps and gaps per field, slice by slice', () => {
    const scan = scanSlice(input(), ALL, 0, 2, emptyScan());
    scanSlice(input(), ALL, 2, 3, scan);
    // Orange: repName; =Evil: adminName + repName; Banco Inter: repName.
    expect(scan).toEqual({ languages: { fr: 1, ja: 1, pt: 1 }, emailsWithGaps: 3, gaps: 4, byField: { repName: 3, adminName: 1 } });
  });
  test('a slice past the end counts nothing', () => expect(scanSlice(input(), ALL, 3, 10, emptyScan())).toEqual(emptyScan()));
});

describe('mergeCsvParts', () => {
  const whole = (slice: number, rowsOf = ALL) => [...mergeCsvParts(input(), rowsOf, CHECKS, ';', slice)];
  test('joined, the parts are the file mergeCsv writes, whatever the slice size', () => {
    const records = [...ALL].map((i) => Object.fromEntries(MERGE_COLUMNS.map((c, k) => [c, mergeCells(mergeEmail(input(), i), (check) => CHECKS[check])[k]!])));
    const expected = mergeCsv(records, MERGE_COLUMNS, ';');
    for (const slice of [1, 2, 500]) expect(whole(slice).map((p) => p.text).join(''), `slice ${slice}`).toBe(expected);
  });
  test('each part says how many rows it holds', () => expect(whole(2).map((p) => p.rows)).toEqual([2, 1]));
  test('no recipient: the header alone', () => expect(whole(2, new Int32Array(0))).toEqual([{ text: `\uFEFF${csvRow(MERGE_COLUMNS, ';')}`, rows: 0 }]));
  test('one checked address per row, its problem worded, formulas neutralized', () => {
    const text = whole(500).map((p) => p.text).join('');
    expect(text).toContain('several addresses');
    expect(text).toContain('no address');
    expect(text).not.toMatch(/(^|[;\r\n])"?=/);
  });
});

describe('repFieldsUsed', () => {
  test('only the rep details the template uses: the composer counts those as empty, not the others', () => {
    expect(repFieldsUsed(input().templates)).toEqual(['repName']);
  });
  test('any of its languages and its vendor blocks count, in the settings’ order', () => {
    const templates = { ...input().templates, ja: { subject: '{client}', body: '{repCompany}\n:::vendor adobe\n{repPhone} {bookingLink}\n:::' } };
    expect(repFieldsUsed(templates)).toEqual(['repName', 'repCompany', 'bookingLink', 'repPhone']);
  });
  test('a template without any: none', () => {
    const plain = { subject: '{client}', body: 'Hi {adminName}' };
    expect(repFieldsUsed({ en: plain, fr: plain, pt: plain, ja: plain })).toEqual([]);
  });
});
