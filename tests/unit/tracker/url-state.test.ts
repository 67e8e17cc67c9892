import { describe, expect, test } from 'vitest';
import { historyMode, readListView, sameListed, writeListView, type ListVocabulary } from '../../../src/lib/tracker/url-state';

const vocabulary: ListVocabulary = {
  buckets: { activation: ['none', 'partial', 'full', 'unknown'], renewal: ['lapsed', 'within-45', 'within-90', 'later', 'unknown'] },
  sortColumns: ['client', 'activation', 'deadline'],
};

describe('readListView', () => {
  const cases = [
    { description: 'nothing named: no filter, no sort', input: '', expected: { filters: {}, overdue: false, sort: null } },
    { description: 'filters on two dimensions combine', input: '?activation=none&renewal=within-45', expected: { filters: { activation: 'none', renewal: 'within-45' }, overdue: false, sort: null } },
    { description: 'the call list and a descending sort', input: '?list=overdue&sort=-deadline', expected: { filters: {}, overdue: true, sort: { column: 'deadline', descending: true } } },
    { description: 'unknown dimensions, buckets and sort keys are ignored', input: '?activation=everything&q=Acme&constructor=none&sort=__proto__', expected: { filters: {}, overdue: false, sort: null } },
  ];
  for (const { description, input, expected } of cases) test(description, () => expect(readListView(input, vocabulary)).toEqual(expected));
});

describe('writeListView', () => {
  test('writes the view and keeps the page’s other parameters', () => {
    expect(writeListView('?template=welcome&activation=full', { filters: { activation: 'none' }, overdue: true, sort: { column: 'client', descending: false } }, vocabulary)).toBe(
      '?template=welcome&activation=none&list=overdue&sort=client',
    );
  });
  test('an empty view leaves an empty query', () => expect(writeListView('?sort=client', { filters: {}, overdue: false, sort: null }, vocabulary)).toBe(''));
  test('never writes a value outside the vocabulary (a client name, a search text)', () => {
    expect(writeListView('', { filters: { activation: 'Acme Corp', client: 'Acme' }, overdue: false, sort: { column: 'Acme', descending: false } }, vocabulary)).toBe('');
  });
  test('reading what was written gives the same view', () => {
    const view = { filters: { renewal: 'lapsed' }, overdue: false, sort: { column: 'deadline', descending: true } };
    expect(readListView(writeListView('', view, vocabulary), vocabulary)).toEqual(view);
  });
});

describe('historyMode', () => {
  const plain = { filters: {}, overdue: false, sort: null };
  const cases = [
    { description: 'a first filter is a new entry', previous: plain, next: { ...plain, filters: { activation: 'none' } }, expected: 'push' },
    { description: 'a filter of a second dimension is a new entry', previous: { ...plain, filters: { activation: 'none' } }, next: { ...plain, filters: { activation: 'none', renewal: 'lapsed' } }, expected: 'push' },
    { description: 'another bucket of the same dimension is a new entry', previous: { ...plain, filters: { activation: 'none' } }, next: { ...plain, filters: { activation: 'full' } }, expected: 'push' },
    { description: 'the call list on is a new entry', previous: plain, next: { ...plain, overdue: true }, expected: 'push' },
    { description: 'clearing the filters is a new entry', previous: { ...plain, filters: { activation: 'none' }, overdue: true }, next: plain, expected: 'push' },
    { description: 'a sort only replaces the entry', previous: { ...plain, filters: { activation: 'none' } }, next: { filters: { activation: 'none' }, overdue: false, sort: { column: 'deadline', descending: true } }, expected: 'replace' },
  ] as const;
  for (const { description, previous, next, expected } of cases) test(description, () => expect(historyMode(previous, next)).toBe(expected));
});

describe('sameListed', () => {
  test('filters in another order list the same clients', () => {
    expect(sameListed({ filters: { activation: 'none', renewal: 'lapsed' }, overdue: false }, { filters: { renewal: 'lapsed', activation: 'none' }, overdue: false })).toBe(true);
  });
  test('one filter more, or the call list, is another list', () => {
    expect(sameListed({ filters: { activation: 'none' }, overdue: false }, { filters: { activation: 'none', renewal: 'lapsed' }, overdue: false })).toBe(false);
    expect(sameListed({ filters: {}, overdue: false }, { filters: {}, overdue: true })).toBe(false);
  });
});
