import { describe, expect, test } from 'vitest';
import { rankByName } from '../../../src/lib/tracker/order';
import { buildClientTable } from '../../../src/lib/tracker/table';

function tableOf(names: string[]) {
  return buildClientTable(['Client'], names.map((n) => [n]), { client: 'Client' }, { decimal: '.', dayFirst: false }).table;
}

describe('rankByName', () => {
  const cases: { description: string; input: [string[], string]; expected: number[] }[] = [
    { description: 'alphabetical, case ignored', input: [['beta', 'Alpha', 'Gamma'], 'en'], expected: [1, 0, 2] },
    { description: 'numbers in natural order', input: [['Client 10', 'Client 2', 'Client 1'], 'en'], expected: [2, 1, 0] },
    { description: 'accents ignored at first: É sorts with E', input: [['Zèbre', 'Élysée', 'Eau'], 'fr'], expected: [2, 1, 0] },
    { description: 'Japanese kana in gojūon order', input: [['さくら', 'あおぞら', 'かえで'], 'ja'], expected: [2, 0, 1] },
    { description: 'no clients', input: [[], 'en'], expected: [] },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect([...rankByName(tableOf(input[0]), input[1])]).toEqual(expected));
  }

  test('ranks are a permutation of 0…n-1', () => {
    const names = Array.from({ length: 500 }, (_, i) => `Client ${(i * 37) % 500}`);
    expect([...rankByName(tableOf(names), 'en')].sort((a, b) => a - b)).toEqual(names.map((_, i) => i));
  });
});
