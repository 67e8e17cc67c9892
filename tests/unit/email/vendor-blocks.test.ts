import { describe, expect, test } from 'vitest';
import { bodyFor, bodyParts, isVendorId, vendorsIn } from '../../../src/lib/email/vendor-blocks';

const BODY = 'Intro.\n\n:::vendor adobe\nAdobe part.\nSecond line.\n:::\n\nMiddle.\n\n:::vendor microsoft\nMicrosoft part.\n:::';

describe('bodyParts', () => {
  test('common text and vendor blocks in order', () =>
    expect(bodyParts(BODY)).toEqual([
      { vendor: null, text: 'Intro.' },
      { vendor: 'adobe', text: 'Adobe part.\nSecond line.' },
      { vendor: null, text: 'Middle.' },
      { vendor: 'microsoft', text: 'Microsoft part.' },
    ]));
  test('no block: one common part', () => expect(bodyParts('A\n\nB')).toEqual([{ vendor: null, text: 'A\n\nB' }]));
  test('empty body: no part', () => expect(bodyParts('')).toEqual([]));
  test('an unclosed fence is plain text', () => expect(bodyParts(':::vendor adobe\nA')).toEqual([{ vendor: null, text: ':::vendor adobe\nA' }]));
});

describe('vendorsIn', () => {
  test('each vendor once', () => expect(vendorsIn(`${BODY}\n\n:::vendor adobe\nAgain.\n:::`)).toEqual(['adobe', 'microsoft']));
  test('none', () => expect(vendorsIn('Plain.')).toEqual([]));
});

describe('bodyFor', () => {
  test('null keeps only the common text', () => expect(bodyFor(BODY, null)).toBe('Intro.\n\nMiddle.'));
  test('a vendor keeps its own blocks', () => expect(bodyFor(BODY, 'microsoft')).toBe('Intro.\n\nMiddle.\n\nMicrosoft part.'));
});

describe('isVendorId', () => {
  const cases = [
    { input: 'adobe', expected: true },
    { input: '3dexperience', expected: true },
    { input: 'Adobe', expected: false },
    { input: 'oracle', expected: false },
  ];
  for (const { input, expected } of cases) test(input, () => expect(isVendorId(input)).toBe(expected));
});
