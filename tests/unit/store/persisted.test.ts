import { describe, expect, test } from 'vitest';
import { STATE_FILE_KIND, STATE_VERSION, emptyPersisted, migratePersisted, parseStateFile, sanitizePersisted } from '../../../src/store/persisted';

const email = { id: 'e1', kind: 'email', day: 20500, template: 'activation-request', deadlineDay: 20507, locale: 'fr' };
const call = { id: 'c1', kind: 'call', day: 20510, outcome: 'voicemail', note: 'left a message' };
const note = { id: 'n1', kind: 'note', day: 20511, text: 'Prefers calls on Monday' };

describe('sanitizePersisted', () => {
  const cases: { description: string; input: unknown; expected: (s: ReturnType<typeof emptyPersisted>) => void }[] = [
    { description: 'not an object → empty state', input: 'garbage', expected: (s) => expect(s).toEqual(emptyPersisted()) },
    { description: 'null → empty state', input: null, expected: (s) => expect(s).toEqual(emptyPersisted()) },
    {
      description: 'valid log entries are kept in order',
      input: { log: { k: [email, call, note] } },
      expected: (s) => expect(s.log['k']).toEqual([email, call, note]),
    },
    {
      description: 'invalid entries are dropped, valid ones kept',
      input: { log: { k: [42, { ...email, template: 'nope' }, { ...call, outcome: 'maybe' }, { id: 'x', kind: 'other', day: 1 }, note] } },
      expected: (s) => expect(s.log['k']).toEqual([note]),
    },
    {
      description: 'a client with no valid entry disappears',
      input: { log: { k: [{}], j: 'x' } },
      expected: (s) => expect(s.log).toEqual({}),
    },
    {
      description: 'an email without a valid deadline keeps a null deadline; unknown locale falls back to en',
      input: { log: { k: [{ ...email, deadlineDay: 'soon', locale: 'de' }] } },
      expected: (s) => expect(s.log['k']![0]).toMatchObject({ deadlineDay: null, locale: 'en' }),
    },
    {
      description: 'settings are bounded and typed',
      input: { settings: { repName: 'Léa', bookingLink: 'https://cal.example/lea', deadlineDays: 9999, asOf: 'yesterday' } },
      expected: (s) => expect(s.settings).toEqual({ repName: 'Léa', bookingLink: 'https://cal.example/lea', deadlineDays: 7, asOf: null }),
    },
    {
      description: 'mappings keep only canonical fields with string headers',
      input: { mappings: { key: { mapping: { client: 'Client', bogus: 'X', seatsPurchased: 3 }, dayFirst: true, decimal: ',' } }, lastHeaderKey: 'key' },
      expected: (s) => {
        expect(s.mappings['key']).toEqual({ mapping: { client: 'Client' }, dayFirst: true, decimal: ',' });
        expect(s.lastHeaderKey).toBe('key');
      },
    },
  ];
  for (const { description, input, expected } of cases) test(description, () => expected(sanitizePersisted(input)));
});

describe('migratePersisted', () => {
  test('a state of the current version passes through unchanged', () => {
    const state = { ...emptyPersisted(), log: { k: [note] } };
    expect(migratePersisted(state, STATE_VERSION)).toEqual(state);
  });
  test('an older or unknown version is sanitized rather than trusted', () => {
    expect(migratePersisted({ log: { k: [note, 'bad'] } }, 0).log).toEqual({ k: [note] });
  });
});

describe('parseStateFile', () => {
  const file = (over: Record<string, unknown> = {}) =>
    JSON.stringify({ kind: STATE_FILE_KIND, version: STATE_VERSION, exportedAt: '2026-11-24T00:00:00Z', state: { log: { k: [email] } }, data: { fileName: 'x.csv', headers: ['Client'], rows: [['Acme'], [1]] }, ...over });
  const cases = [
    { description: 'not JSON', input: 'Client;Licences\nAcme;3', expected: null },
    { description: 'another JSON file', input: '{"hello":"world"}', expected: null },
    { description: 'a newer version than this tracker knows', input: file({ version: STATE_VERSION + 1 }), expected: null },
  ];
  for (const { description, input, expected } of cases) test(description, () => expect(parseStateFile(input)).toBe(expected));

  test('a valid file gives the state and the raw table, cells as text', () => {
    const parsed = parseStateFile(file());
    expect(parsed?.state.log['k']).toEqual([email]);
    expect(parsed?.data).toEqual({ fileName: 'x.csv', headers: ['Client'], rows: [['Acme'], ['1']] });
  });
  test('a file without data still restores the log', () => {
    expect(parseStateFile(file({ data: null }))?.data).toBeNull();
  });
});
