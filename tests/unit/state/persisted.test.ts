import { describe, expect, test } from 'vitest';
import { STATE_VERSION, emptyPersisted, migratePersisted, sanitizePersisted } from '../../../src/lib/state/persisted';

const email = { id: 'e1', kind: 'email', day: 20500, template: 'activation-request', deadlineDay: 20507, locale: 'fr' };
const call = { id: 'c1', kind: 'call', day: 20510, outcome: 'voicemail', note: 'left a message', deadlineDay: null };
const callWithDeadline = { id: 'c2', kind: 'call', day: 20512, outcome: 'reached', note: '', deadlineDay: 20520 };
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
      description: 'a call keeps the new deadline given during it',
      input: { log: { k: [callWithDeadline] } },
      expected: (s) => expect(s.log['k']).toEqual([callWithDeadline]),
    },
    {
      description: 'a call without a valid deadline keeps a null one',
      input: { log: { k: [{ ...callWithDeadline, deadlineDay: '20520' }, { ...call, deadlineDay: undefined }] } },
      expected: (s) => expect(s.log['k']!.map((e) => (e.kind === 'call' ? e.deadlineDay : 'x'))).toEqual([null, null]),
    },
    {
      description: 'settings are bounded and typed',
      input: { settings: { repName: 'Léa', bookingLink: 'https://cal.example/lea', deadlineDays: 9999, asOf: 'yesterday' } },
      expected: (s) => expect(s.settings).toEqual({ repName: 'Léa', repCompany: '', repPhone: '', bookingLink: 'https://cal.example/lea', deadlineDays: 7, asOf: null }),
    },
    {
      description: 'mappings keep only canonical fields with string headers',
      input: { mappings: { key: { mapping: { client: 'Client', bogus: 'X', seatsPurchased: 3 }, dayFirst: true, decimal: ',' } } },
      expected: (s) => expect(s.mappings['key']).toEqual({ mapping: { client: 'Client' }, dayFirst: true, decimal: ',' }),
    },
    {
      description: 'keys from file text such as __proto__ stay plain data and never reach the prototype',
      input: JSON.parse('{"log":{"__proto__":[{"id":"n1","kind":"note","day":20511,"text":"x"}]},"mappings":{"__proto__":{"mapping":{"client":"constructor"},"dayFirst":false,"decimal":"."}}}'),
      expected: (s) => {
        expect(Object.hasOwn(s.log, '__proto__')).toBe(true);
        expect(Object.getPrototypeOf(s.log)).toBe(Object.prototype);
        expect(Object.hasOwn(s.mappings, '__proto__')).toBe(true);
        expect(({} as Record<string, unknown>)['client']).toBeUndefined();
      },
    },
    {
      description: 'removed ids, settingsAt and epoch are kept when valid',
      input: { removed: ['a', 3, 'b'], settingsAt: 5, epoch: -1 },
      expected: (s) => expect([s.removed, s.settingsAt, s.epoch]).toEqual([['a', 'b'], 5, 0]),
    },
  ];
  for (const { description, input, expected } of cases) test(description, () => expected(sanitizePersisted(input)));
});

describe('migratePersisted', () => {
  test('a state of the current version passes through unchanged', () => {
    const state = { ...emptyPersisted(), log: { k: [note] } };
    expect(migratePersisted(state, STATE_VERSION)).toEqual(state);
  });
  test('version 1 loses lastHeaderKey and keeps its log and mappings', () => {
    const migrated = migratePersisted({ lastHeaderKey: 'k', mappings: { k: { mapping: { client: 'Client' }, dayFirst: false, decimal: '.' } }, log: { k: [note, 'bad'] } }, 1);
    expect(migrated).toEqual({ ...emptyPersisted(), mappings: { k: { mapping: { client: 'Client' }, dayFirst: false, decimal: '.' } }, log: { k: [note] } });
    expect(migrated).not.toHaveProperty('lastHeaderKey');
  });
  test('version 2 calls, which had no deadline, get a null one', () => {
    const { deadlineDay: _none, ...oldCall } = call;
    expect(migratePersisted({ log: { k: [oldCall, email] } }, 2).log).toEqual({ k: [{ ...oldCall, deadlineDay: null }, email] });
  });
  test('the current version is 3', () => expect(STATE_VERSION).toBe(3));
  test.each([-1e308, 0, 1.5, Number.NaN, -Infinity])('version %s runs no migration step and returns at once', (version) => {
    expect(migratePersisted({ log: { k: [note] } }, version).log).toEqual({ k: [note] });
  });
});
