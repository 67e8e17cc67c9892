import { describe, expect, test } from 'vitest';
import { baseKey, checkDictionary, expectedKeys, placeholders } from '../../../src/i18n/schema';

describe('baseKey', () => {
  for (const [input, expected] of [['a.b_one', 'a.b'], ['a.b_many', 'a.b'], ['a.b', 'a.b'], ['a.online', 'a.online']] as const) {
    test(`${input} → ${expected}`, () => expect(baseKey(input)).toBe(expected));
  }
});

describe('expectedKeys', () => {
  const reference = { 'x.count_one': '{{count}} x', 'x.count_other': '{{count}} xs', 'y': 'y' };
  const cases = [
    { description: 'French needs one, many and other', input: 'fr-FR', expected: ['x.count_many', 'x.count_one', 'x.count_other', 'y'] },
    { description: 'Portuguese needs one, many and other', input: 'pt-BR', expected: ['x.count_many', 'x.count_one', 'x.count_other', 'y'] },
    { description: 'Japanese needs only other', input: 'ja-JP', expected: ['x.count_other', 'y'] },
  ];
  for (const { description, input, expected } of cases) test(description, () => expect([...expectedKeys(reference, input)].sort()).toEqual(expected));
});

describe('checkDictionary', () => {
  const reference = { a: 'A {{name}}', 'n_one': '{{count}}', 'n_other': '{{count}}' };
  const cases = [
    { description: 'complete Japanese dictionary', input: { a: 'エー {{name}}', n_other: '{{count}}' }, locale: 'ja', expected: [] },
    { description: 'missing key', input: { n_other: '{{count}}' }, locale: 'ja', expected: ['ja: missing key "a"'] },
    { description: 'empty value counts as missing', input: { a: ' ', n_other: '{{count}}' }, locale: 'ja', expected: ['ja: missing key "a"'] },
    { description: 'extra key', input: { a: '{{name}}', n_other: '{{count}}', n_one: '{{count}}' }, locale: 'ja', expected: ['ja: unexpected key "n_one"'] },
    { description: 'French without its many form', input: { a: '{{name}}', n_one: '{{count}}', n_other: '{{count}}' }, locale: 'fr', expected: ['fr: missing key "n_many"'] },
    { description: 'renamed placeholder', input: { a: 'A {{nom}}', n_other: '{{count}}' }, locale: 'ja', expected: ['ja: "a" uses {{nom}} instead of {{name}}'] },
  ];
  for (const { description, input, locale, expected } of cases) test(description, () => expect(checkDictionary(reference, input, locale)).toEqual(expected));
});

describe('placeholders', () => {
  test('names with formats, sorted and unique', () => expect(placeholders('{{count, number}} of {{total}} {{count}}')).toEqual(['count', 'total']));
});
