import { describe, expect, test } from 'vitest';
import { readStateFile } from '../../../src/lib/state/state-file';
import { STATE_FILE_KIND, STATE_VERSION } from '../../../src/lib/state/persisted';

const email = { id: 'e1', kind: 'email', day: 20500, template: 'activation-request', deadlineDay: 20507, locale: 'fr' };
const settings = { repName: 'Léa', bookingLink: '', deadlineDays: 7, asOf: null };
const good = { settings, mappings: { k: { mapping: { client: 'Client' }, dayFirst: false, decimal: '.' } }, log: { 'name:acme': [email] } };
const file = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ kind: STATE_FILE_KIND, version: STATE_VERSION, exportedAt: '2026-11-24T00:00:00Z', state: good, data: { fileName: 'x.csv', headers: ['Client'], rows: [['Acme']], mapping: null }, ...over });

describe('readStateFile', () => {
  const refused: { description: string; input: string; expected: Record<string, unknown> }[] = [
    { description: 'not JSON', input: 'Client;Licences\nAcme;3', expected: { code: 'notState' } },
    { description: 'another JSON file', input: '{"hello":"world"}', expected: { code: 'notState' } },
    { description: 'kind and version alone (it would wipe the log)', input: JSON.stringify({ kind: STATE_FILE_KIND, version: 1 }), expected: { code: 'invalid', path: 'state' } },
    { description: 'a version far in the past (once hung the tab)', input: `{"kind":"${STATE_FILE_KIND}","version":-1e308,"state":{}}`, expected: { code: 'invalid', path: 'version' } },
    { description: 'version 0', input: file({ version: 0 }), expected: { code: 'invalid', path: 'version' } },
    { description: 'a fractional version', input: file({ version: 1.5 }), expected: { code: 'invalid', path: 'version' } },
    { description: 'a version written as text', input: file({ version: '1' }), expected: { code: 'invalid', path: 'version' } },
    { description: 'a newer version than this tracker knows', input: file({ version: STATE_VERSION + 1 }), expected: { code: 'newer', version: STATE_VERSION + 1 } },
    { description: 'settings missing', input: file({ state: { ...good, settings: undefined } }), expected: { code: 'invalid', path: 'state.settings' } },
    { description: 'a deadline out of bounds', input: file({ state: { ...good, settings: { ...settings, deadlineDays: 9999 } } }), expected: { code: 'invalid', path: 'state.settings.deadlineDays' } },
    { description: 'a log that is not an object', input: file({ state: { ...good, log: [] } }), expected: { code: 'invalid', path: 'state.log' } },
    { description: 'one bad log entry among good ones', input: file({ state: { ...good, log: { 'name:acme': [email, { ...email, id: 'e2', template: 'nope' }] } } }), expected: { code: 'invalid', path: 'state.log["name:acme"][1]' } },
    { description: 'an email in a locale the tracker lacks', input: file({ state: { ...good, log: { 'name:acme': [{ ...email, locale: 'de' }] } } }), expected: { code: 'invalid', path: 'state.log["name:acme"][0]' } },
    { description: 'a mapping to an unknown field', input: file({ state: { ...good, mappings: { k: { mapping: { client: 'A', bogus: 'B' }, dayFirst: false, decimal: '.' } } } }), expected: { code: 'invalid', path: 'state.mappings["k"].mapping' } },
    { description: 'data rows that are not text', input: file({ data: { fileName: 'x.csv', headers: ['Client'], rows: [['Acme'], [1]] } }), expected: { code: 'invalid', path: 'data' } },
  ];
  for (const { description, input, expected } of refused) {
    test(`refuses ${description}`, () => expect(readStateFile(input)).toEqual({ ok: false, ...expected }));
  }

  test('a valid file gives the state with a fresh epoch, the log count and the data', () => {
    const result = readStateFile(file(), 1_000);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.state.log['name:acme']).toEqual([email]);
    expect(result.entries).toBe(1);
    expect(result.state.epoch).toBe(1_000);
    expect(result.data).toEqual({ fileName: 'x.csv', headers: ['Client'], rows: [['Acme']], mapping: null });
  });
  test('a version 1 file brings the mapping of its lastHeaderKey along with its data', () => {
    const result = readStateFile(file({ version: 1, state: { ...good, lastHeaderKey: 'k' }, data: { fileName: 'x.csv', headers: ['Client'], rows: [['Acme']] } }));
    expect(result.ok && result.data?.mapping).toEqual({ mapping: { client: 'Client' }, dayFirst: false, decimal: '.' });
  });
  test('a version 3 call with a new deadline is read as it was written', () => {
    const call = { id: 'c1', kind: 'call', day: 20510, outcome: 'reached', note: 'will activate', deadlineDay: 20520 };
    const result = readStateFile(file({ state: { ...good, log: { 'name:acme': [email, call] } } }));
    expect(result.ok && result.state.log['name:acme']).toEqual([email, call]);
  });
  test('a version 2 file’s calls, which had no deadline, are read with a null one', () => {
    const call = { id: 'c1', kind: 'call', day: 20510, outcome: 'voicemail', note: '' };
    const result = readStateFile(file({ version: 2, state: { ...good, log: { 'name:acme': [call] } } }));
    expect(result.ok && result.state.log['name:acme']).toEqual([{ ...call, deadlineDay: null }]);
  });
  test('a version 2 file with a call deadline is refused: version 2 never wrote one', () => {
    const call = { id: 'c1', kind: 'call', day: 20510, outcome: 'voicemail', note: '', deadlineDay: 20520 };
    expect(readStateFile(file({ version: 2, state: { ...good, log: { 'name:acme': [call] } } }))).toEqual({ ok: false, code: 'invalid', path: 'state.log["name:acme"][0]' });
  });
  test('a file without data still restores the log', () => {
    const result = readStateFile(file({ data: null }));
    expect(result.ok && result.data).toBeNull();
  });
});

describe('readStateFile, strictly (red-team findings F2, F5)', () => {
  const withLog = (log: unknown, over: Record<string, unknown> = {}) => file({ state: { ...good, log, ...over } });
  const cases: { description: string; input: string; path: string }[] = [
    { description: 'a deadline written as text', input: withLog({ 'name:acme': [{ ...email, deadlineDay: '20784' }] }), path: 'state.log["name:acme"][0]' },
    { description: 'a call note that is not text', input: withLog({ 'name:acme': [{ id: 'c1', kind: 'call', day: 1, outcome: 'reached', note: { a: 1 }, deadlineDay: null }] }), path: 'state.log["name:acme"][0]' },
    { description: 'a call deadline written as text', input: withLog({ 'name:acme': [{ id: 'c1', kind: 'call', day: 1, outcome: 'reached', note: '', deadlineDay: '20784' }] }), path: 'state.log["name:acme"][0]' },
    { description: 'a version 3 call without its deadline', input: withLog({ 'name:acme': [{ id: 'c1', kind: 'call', day: 1, outcome: 'reached', note: '' }] }), path: 'state.log["name:acme"][0]' },
    { description: 'a note without its text', input: withLog({ 'name:acme': [{ id: 'n1', kind: 'note', day: 1 }] }), path: 'state.log["name:acme"][0]' },
    { description: 'two entries with one id', input: withLog({ 'name:acme': [email], 'name:beta': [email] }), path: 'state.log["name:beta"][0]' },
    { description: 'a log key that is no client key', input: withLog(JSON.parse(`{"__proto__":[${JSON.stringify(email)}]}`)), path: 'state.log["__proto__"]' },
  ];
  for (const { description, input, path } of cases) test(`refuses ${description}`, () => expect(readStateFile(input)).toEqual({ ok: false, code: 'invalid', path }));

  test('the file’s own epoch is ignored: the import is dated now, so a later clear still wins', () => {
    const result = readStateFile(file({ state: { ...good, log: { 'name:acme': [email] }, epoch: 1e300 } }), 5_000);
    expect(result.ok && result.state.epoch).toBe(5_000);
  });
});
