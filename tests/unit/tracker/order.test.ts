import { describe, expect, test } from 'vitest';
import { orderOfRank, rankByName } from '../../../src/lib/tracker/order';
import { nameOrderOf, provideNameOrder } from '../../../src/lib/tracker/view';
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

describe('orderOfRank and nameOrderOf (the plain list’s rows)', () => {
  test('rows in the order of their ranks', () => {
    expect([...orderOfRank(Uint32Array.of(2, 0, 1))]).toEqual([1, 2, 0]);
    expect([...orderOfRank(new Uint32Array(0))]).toEqual([]);
  });
  test('the order the import worker sent with a rank is the one used (the page fills no array per client)', () => {
    const rank = Uint32Array.of(1, 0);
    const sent = orderOfRank(rank);
    provideNameOrder(rank, sent);
    expect(nameOrderOf(2, rank)).toBe(sent);
  });
  test('without one, the rank is inverted; before any rank, file order', () => {
    expect([...nameOrderOf(3, Uint32Array.of(2, 0, 1))]).toEqual([1, 2, 0]);
    expect([...nameOrderOf(3, null)]).toEqual([0, 1, 2]);
  });
});
