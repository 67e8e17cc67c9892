import { describe, expect, test } from 'vitest';
import { mergePersisted, sameState } from '../../../src/lib/state/merge';
import { emptyPersisted, type LogEntry, type PersistedState } from '../../../src/lib/state/persisted';

const note = (id: string, day: number): LogEntry => ({ id, kind: 'note', day, text: id });
const state = (over: Partial<PersistedState>): PersistedState => ({ ...emptyPersisted(), ...over });

describe('mergePersisted', () => {
  const cases: { description: string; stored: PersistedState; mine: PersistedState; expected: (m: PersistedState) => void }[] = [
    {
      description: 'two tabs that logged for different clients keep both',
      stored: state({ log: { a: [note('1', 10)] } }),
      mine: state({ log: { b: [note('2', 10)] } }),
      expected: (m) => expect(m.log).toEqual({ a: [note('1', 10)], b: [note('2', 10)] }),
    },
    {
      description: 'two tabs that logged for the same client keep both entries, in day order, once each',
      stored: state({ log: { a: [note('1', 10), note('3', 12)] } }),
      mine: state({ log: { a: [note('1', 10), note('2', 11)] } }),
      expected: (m) => expect(m.log['a']!.map((e) => e.id)).toEqual(['1', '2', '3']),
    },
    {
      description: 'an entry deleted in one tab is not brought back by the other',
      stored: state({ log: { a: [note('1', 10), note('2', 11)] } }),
      mine: state({ log: { a: [note('2', 11)] }, removed: ['1'] }),
      expected: (m) => {
        expect(m.log['a']!.map((e) => e.id)).toEqual(['2']);
        expect(m.removed).toEqual(['1']);
      },
    },
    {
      description: 'a client whose only entry was deleted disappears',
      stored: state({ log: { a: [note('1', 10)] } }),
      mine: state({ removed: ['1'] }),
      expected: (m) => expect(m.log).toEqual({}),
    },
    {
      description: 'the settings changed last win, whichever tab writes',
      stored: state({ settings: { ...emptyPersisted().settings, repName: 'Léa' }, settingsAt: 20 }),
      mine: state({ settings: { ...emptyPersisted().settings, repName: 'Old' }, settingsAt: 10 }),
      expected: (m) => expect(m.settings.repName).toBe('Léa'),
    },
    {
      description: 'mappings of both tabs are remembered',
      stored: state({ mappings: { x: { mapping: { client: 'A' }, dayFirst: false, decimal: '.' } } }),
      mine: state({ mappings: { y: { mapping: { client: 'B' }, dayFirst: true, decimal: ',' } } }),
      expected: (m) => expect(Object.keys(m.mappings).sort()).toEqual(['x', 'y']),
    },
    {
      description: 'a state replaced by a state file (newer epoch) wins whole over an older copy',
      stored: state({ epoch: 100, log: { a: [note('9', 1)] } }),
      mine: state({ epoch: 0, log: { b: [note('1', 1)] } }),
      expected: (m) => expect(m.log).toEqual({ a: [note('9', 1)] }),
    },
    {
      description: 'the tab that replaced the state wins over what it finds stored',
      stored: state({ epoch: 0, log: { b: [note('1', 1)] } }),
      mine: state({ epoch: 100 }),
      expected: (m) => expect(m.log).toEqual({}),
    },
    {
      description: 'a client key such as __proto__ is merged as data',
      stored: state({ log: JSON.parse('{"__proto__":[{"id":"1","kind":"note","day":1,"text":"x"}]}') }),
      mine: state({}),
      expected: (m) => {
        expect(Object.hasOwn(m.log, '__proto__')).toBe(true);
        expect(Object.getPrototypeOf(m.log)).toBe(Object.prototype);
      },
    },
  ];
  for (const { description, stored, mine, expected } of cases) test(description, () => expected(mergePersisted(stored, mine)));

  test('merging is order-independent for the log', () => {
    const a = state({ log: { k: [note('1', 1)] }, removed: ['x'] });
    const b = state({ log: { k: [note('2', 2)], j: [note('3', 3)] } });
    expect(mergePersisted(a, b).log).toEqual(mergePersisted(b, a).log);
  });
});

describe('sameState', () => {
  test('tells whether a merge brought anything', () => {
    const mine = state({ log: { a: [note('1', 1)] } });
    expect(sameState(mergePersisted(mine, mine), mine)).toBe(true);
    expect(sameState(mergePersisted(state({ log: { b: [note('2', 1)] } }), mine), mine)).toBe(false);
  });
});

describe('mergePersisted after a replace (red-team findings F2, F4)', () => {
  const at = (ms: number, n = 0) => `${ms.toString(36)}-tab-${n}`;
  test('entries another tab logged after the clear survive it; older ones do not', () => {
    const cleared = state({ epoch: 1_000_000 });
    const stale = state({ epoch: 0, log: { 'name:a': [{ ...note(at(999_000), 1) }, { ...note(at(1_000_500, 1), 2) }] } });
    expect(mergePersisted(cleared, stale).log).toEqual({ 'name:a': [note(at(1_000_500, 1), 2)] });
    expect(mergePersisted(stale, cleared).log).toEqual({ 'name:a': [note(at(1_000_500, 1), 2)] });
    expect(mergePersisted(stale, cleared).epoch).toBe(1_000_000);
  });
});

describe('same-day entries from two tabs', () => {
  // Ids start with the time they were logged at, base 36 (newId in the outreach slice).
  const at = (ms: number, tab: string) => `${ms.toString(36)}-${tab}-0`;
  const call = (id: string, deadlineDay: number): LogEntry => ({ id, kind: 'call', day: 10, outcome: 'reached', note: '', deadlineDay });
  const email = (id: string, deadlineDay: number): LogEntry => ({ id, kind: 'email', day: 10, template: 'activation-request', deadlineDay, locale: 'en' });

  test('keep the order they were logged in, whichever tab writes (the last request sets the deadline)', () => {
    const early = call(at(1_000_000, 'taba'), 30);
    const late = email(at(2_000_000, 'tabb'), 17);
    // Tab A logged its call first but writes after tab B stored its later email.
    const merged = mergePersisted(state({ log: { 'id:1': [late] } }), state({ log: { 'id:1': [early] } }));
    expect(merged.log['id:1']!.map((e) => e.id)).toEqual([early.id, late.id]);
    const other = mergePersisted(state({ log: { 'id:1': [early] } }), state({ log: { 'id:1': [late] } }));
    expect(other.log['id:1']!.map((e) => e.id)).toEqual([early.id, late.id]);
  });
});
