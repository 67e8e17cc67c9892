import { describe, expect, test } from 'vitest';
import { readListView, writeListView, type ListVocabulary } from '../../../src/lib/tracker/url-state';

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
