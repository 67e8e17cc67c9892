import { describe, expect, test } from 'vitest';
import { checkParity, formatParityProblems, splitLocalizedId, type LocalizedEntry } from '../../../src/lib/content/parity';

const locales = ['en', 'fr'];
const entry = (id: string, data: Record<string, unknown> = {}): LocalizedEntry => ({ id, data });
const steps = (e: LocalizedEntry) => e.data['steps'] ?? null;

describe('splitLocalizedId', () => {
  const cases = [
    { description: 'flat item', input: 'fr/activation', expected: { locale: 'fr', item: 'activation' } },
    { description: 'nested item', input: 'ja/activation/call', expected: { locale: 'ja', item: 'activation/call' } },
    { description: 'no locale folder', input: 'activation', expected: { locale: '', item: 'activation' } },
  ];
  for (const { description, input, expected } of cases) test(description, () => expect(splitLocalizedId(input)).toEqual(expected));
});

describe('checkParity', () => {
  const cases: { description: string; input: LocalizedEntry[]; stable?: string[]; expected: { item: string; locale: string; kind: string }[] }[] = [
    {
      description: 'same items and structure: no problem',
      input: [entry('en/a', { steps: ['x', 'y'] }), entry('fr/a', { steps: ['x', 'y'] })],
      expected: [],
    },
    {
      description: 'an item missing in a locale is named',
      input: [entry('en/a'), entry('fr/a'), entry('en/b')],
      expected: [{ item: 'b', locale: 'fr', kind: 'missing' }],
    },
    {
      description: 'an item only in a non-default locale is reported missing in the default',
      input: [entry('fr/c')],
      expected: [{ item: 'c', locale: 'en', kind: 'missing' }],
    },
    {
      description: 'different step ids are a structure problem',
      input: [entry('en/a', { steps: ['x', 'y'] }), entry('fr/a', { steps: ['x', 'z'] })],
      expected: [{ item: 'a', locale: 'fr', kind: 'structure' }],
    },
    {
      description: 'an entry outside a locale folder',
      input: [entry('de/a'), entry('en/a'), entry('fr/a')],
      expected: [{ item: 'a', locale: 'de', kind: 'unknownLocale' }],
    },
    {
      description: 'a stable id with no entry at all',
      input: [entry('en/a'), entry('fr/a')],
      stable: ['a', 'b'],
      expected: [{ item: 'b', locale: '*', kind: 'missingStableId' }],
    },
  ];
  for (const { description, input, stable, expected } of cases) {
    test(description, () => {
      const problems = checkParity(input, locales, steps, stable);
      expect(problems.map(({ item, locale, kind }) => ({ item, locale, kind }))).toEqual(expected);
    });
  }
});

describe('formatParityProblems', () => {
  test('names the collection, locale and item of each problem', () => {
    const text = formatParityProblems('steps', checkParity([entry('en/activation/call')], locales, steps));
    expect(text).toContain('collection "steps"');
    expect(text).toContain('steps/fr/activation/call');
  });
});
