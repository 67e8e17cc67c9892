/**
 * What makes a filled email read natively whatever the value: count phrases
 * in the locale's plural form, vendor blocks only for that vendor's clients,
 * Japanese honorifics never doubled.
 */
import { describe, expect, test } from 'vitest';
import type { Locale } from '../../../src/i18n/locales';
import type { VendorId } from '../../../src/lib/content/ids';
import { countOf, fillTemplate, segmentsToText, type MergeValues } from '../../../src/lib/email/fill';
import { generalForm, mergeFieldsIn, withoutPlaceholders } from '../../../src/lib/email/fields';

const text = (subject: string, values: MergeValues, locale: Locale = 'en', vendor: VendorId | null = null) =>
  segmentsToText(fillTemplate({ subject, body: '' }, values, { locale, vendor }).subject, (f) => `[${f}]`);
const body = (b: string, vendor: VendorId | null) => segmentsToText(fillTemplate({ subject: '', body: b }, { client: 'Acme' }, { vendor }).body, (f) => `[${f}]`);

describe('count phrases', () => {
  const LICENCES = '{seatsPurchased, plural, one {# licence} other {# licences}}';
  const cases: { description: string; input: [string, MergeValues, Locale]; expected: string }[] = [
    { description: 'English one', input: [LICENCES, { seatsPurchased: '1' }, 'en'], expected: '1 licence' },
    { description: 'English zero is plural', input: [LICENCES, { seatsPurchased: '0' }, 'en'], expected: '0 licences' },
    { description: 'English many, grouped', input: [LICENCES, { seatsPurchased: '1,200' }, 'en'], expected: '1,200 licences' },
    { description: 'French zero is singular', input: [LICENCES, { seatsPurchased: '0' }, 'fr'], expected: '0 licence' },
    { description: 'French thousands with a narrow no-break space', input: [LICENCES, { seatsPurchased: '1\u202f200' }, 'fr'], expected: '1\u202f200 licences' },
    { description: 'Portuguese 1.200 is many, not 1.2', input: ['{seatsPurchased, plural, one {# licença} other {# licenças}}', { seatsPurchased: '1.200' }, 'pt'], expected: '1.200 licenças' },
    { description: 'an exact =0 form wins over the category', input: ['{seatsAssigned, plural, =0 {nenhuma licença} one {# licença} other {# licenças}}', { seatsAssigned: '0' }, 'pt'], expected: 'nenhuma licença' },
    { description: 'Japanese has only other', input: ['{seatsPurchased, plural, other {#ライセンス}}', { seatsPurchased: '1' }, 'ja'], expected: '1ライセンス' },
    { description: 'a missing value is a gap in the general form', input: [LICENCES, {}, 'en'], expected: '[seatsPurchased] licences' },
    { description: 'a value that is not a count takes the general form', input: [LICENCES, { seatsPurchased: 'about ten' }, 'en'], expected: 'about ten licences' },
    { description: '# may appear twice, or not at all', input: ['{activeUsers, plural, =0 {nobody} other {# of # people}}', { activeUsers: '3' }, 'en'], expected: '3 of 3 people' },
    { description: 'a category the phrase lacks falls back to other', input: ['{seatsPurchased, plural, other {# postes}}', { seatsPurchased: '1' }, 'fr'], expected: '1 postes' },
    { description: 'a phrase without other falls back to its last form', input: ['{seatsPurchased, plural, one {# seat} few {# seats}}', { seatsPurchased: '7' }, 'en'], expected: '7 seats' },
  ];
  for (const { description, input, expected } of cases) test(description, () => expect(text(...input)).toBe(expected));

  test('the value is a field segment, listed as missing when absent', () => {
    const filled = fillTemplate({ subject: `Total: ${LICENCES}`, body: '' }, {});
    expect(filled.subject).toEqual([
      { kind: 'text', text: 'Total: ' },
      { kind: 'field', field: 'seatsPurchased', value: null },
      { kind: 'text', text: ' licences' },
    ]);
    expect(filled.missing).toEqual(['seatsPurchased']);
  });

  test('without a locale, English rules apply', () => {
    expect(segmentsToText(fillTemplate({ subject: LICENCES, body: '' }, { seatsPurchased: '0' }).subject, String)).toBe('0 licences');
  });
});

describe('countOf', () => {
  const cases: { description: string; input: string; expected: number | null }[] = [
    { description: 'plain', input: '12', expected: 12 },
    { description: 'English grouping', input: '1,200', expected: 1200 },
    { description: 'Portuguese grouping', input: '1.200', expected: 1200 },
    { description: 'French grouping', input: '1\u202f234\u202f567', expected: 1234567 },
    { description: 'a percent is not a count', input: '45 %', expected: null },
    { description: 'words', input: 'twelve', expected: null },
    { description: 'empty', input: '', expected: null },
  ];
  for (const { description, input, expected } of cases) test(description, () => expect(countOf(input)).toBe(expected));
});

describe('vendor blocks', () => {
  const BODY = 'Hello {client},\n\n:::vendor adobe\nAdobe only.\n:::\n\n:::vendor microsoft\nMicrosoft only.\n:::\n\nBye.';
  const cases: { description: string; input: VendorId | null; expected: string }[] = [
    { description: 'no vendor: every block dropped, paragraphs kept apart', input: null, expected: 'Hello Acme,\n\nBye.' },
    { description: 'Adobe: its block only, without the fences', input: 'adobe', expected: 'Hello Acme,\n\nAdobe only.\n\nBye.' },
    { description: 'Microsoft: its block only', input: 'microsoft', expected: 'Hello Acme,\n\nMicrosoft only.\n\nBye.' },
    { description: 'a vendor without a block gets the common text', input: '3dexperience', expected: 'Hello Acme,\n\nBye.' },
  ];
  for (const { description, input, expected } of cases) test(description, () => expect(body(BODY, input)).toBe(expected));

  test('a block at the very start or end leaves no blank edge', () => {
    expect(body(':::vendor adobe\nA\n:::\n\nB\n\n:::vendor adobe\nC\n:::', null)).toBe('B');
  });
  test('fields inside a kept block are filled', () => {
    expect(body(':::vendor adobe\nFor {client}.\n:::', 'adobe')).toBe('For Acme.');
  });
});

describe('Japanese honorifics are never doubled', () => {
  const cases: { description: string; input: [string, MergeValues]; expected: string }[] = [
    { description: 'a plain name gets 様', input: ['{adminName} 様', { adminName: '山田太郎' }], expected: '山田太郎 様' },
    { description: 'a name ending in 様 is used as it is', input: ['{adminName} 様', { adminName: '山田太郎様' }], expected: '山田太郎様' },
    { description: 'a department ending in 御中 gets no 様', input: ['{adminName} 様、いつも', { adminName: '情報システム部 御中' }], expected: '情報システム部 御中、いつも' },
    { description: 'a company ending in 様 keeps one', input: ['【{client}様】', { client: 'サンプル商事様' }], expected: '【サンプル商事様】' },
    { description: 'a missing name keeps the honorific after the gap', input: ['{adminName} 様', {}], expected: '[adminName] 様' },
    { description: 'a Latin name is unaffected', input: ['{adminName} 様', { adminName: 'Ana Souza' }], expected: 'Ana Souza 様' },
  ];
  for (const { description, input, expected } of cases) test(description, () => expect(text(input[0], input[1], 'ja')).toBe(expected));
});

describe('fields.ts and count phrases', () => {
  const PHRASE = 'of {seatsPurchased, plural, one {# licence} other {# licences}} for {client}';
  test('mergeFieldsIn names the field of a count phrase', () => expect(mergeFieldsIn(PHRASE)).toEqual(['seatsPurchased', 'client']));
  test('withoutPlaceholders leaves no brace of a phrase', () => expect(withoutPlaceholders(PHRASE)).toBe('of  for '));
  test('generalForm shows the other form with the field in braces', () => expect(generalForm(PHRASE)).toBe('of {seatsPurchased} licences for {client}'));
  test('generalForm keeps plain fields', () => expect(generalForm('{client}')).toBe('{client}'));
  test('generalForm without an other form shows the last one', () => expect(generalForm('{seatsPurchased, plural, one {# seat} few {# seats}}')).toBe('{seatsPurchased} seats'));
  test('a malformed phrase is not a placeholder', () => expect(mergeFieldsIn('{seatsPurchased, plural, one # licence}')).toEqual([]));
});
