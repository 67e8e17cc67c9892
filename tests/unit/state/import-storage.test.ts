import { describe, expect, test } from 'vitest';
import { KEYS, baselineSnapshot, commitImport, loadImport, saveErrorOf, type KeyValueStore } from '../../../src/lib/state/import-storage';
import { readStoredImport, STORED_IMPORT_VERSION, type StoredImport } from '../../../src/lib/state/stored-import';
import type { Snapshot } from '../../../src/lib/tracker/diff';

/** An in-memory store whose writes are all-or-nothing, like one IndexedDB transaction. */
function memoryStore(failWith: unknown = null): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async <T,>(key: string) => data.get(key) as T | undefined,
    setMany: async (entries) => {
      if (failWith) throw failWith;
      for (const [k, v] of entries) data.set(k, v);
    },
    delMany: async (keys) => keys.forEach((k) => data.delete(k)),
  };
}

const stored: StoredImport = { version: STORED_IMPORT_VERSION, fileName: 'a.csv', headers: ['Client'], rows: [['Acme']], detection: null, saved: { mapping: { client: 'Client' }, dayFirst: false, decimal: '.' } };
const snapshot = { keys: ['acme'] } as unknown as Snapshot;

describe('commitImport', () => {
  test('stores the import, its snapshot, the previous one and the comparison together', async () => {
    const kv = memoryStore();
    expect(await commitImport(kv, { stored, snapshot, previous: null, changes: null })).toBeNull();
    expect((await loadImport(kv))?.stored).toEqual(stored);
    expect(kv.data.get(KEYS.snapshot)).toBe(snapshot);
    expect(kv.data.has(KEYS.previous)).toBe(true);
  });
  test('a re-mapping of the same file keeps the stored previous snapshot', async () => {
    const kv = memoryStore();
    kv.data.set(KEYS.previous, 'older');
    await commitImport(kv, { stored, snapshot, previous: undefined, changes: null });
    expect(await baselineSnapshot(kv, false)).toBe('older');
  });
  test('a full disk leaves the previous import whole and says quota', async () => {
    const kv = memoryStore(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    kv.data.set(KEYS.import, { ...stored, fileName: 'before.csv' });
    expect(await commitImport(kv, { stored, snapshot, previous: null, changes: null })).toEqual({ code: 'quota', detail: 'QuotaExceededError: The quota has been exceeded.' });
    expect((await loadImport(kv))?.stored.fileName).toBe('before.csv');
  });
});

describe('saveErrorOf', () => {
  test.each([
    [new DOMException('x', 'QuotaExceededError'), { code: 'quota', detail: 'QuotaExceededError: x' }],
    [new Error('boom'), { code: 'unknown', detail: 'Error: boom' }],
    ['plain text', { code: 'unknown', detail: 'plain text' }],
  ])('%s', (error, expected) => expect(saveErrorOf(error)).toEqual(expected));
});

describe('readStoredImport', () => {
  const cases: { description: string; input: unknown; expected: unknown }[] = [
    { description: 'the current version', input: stored, expected: stored },
    { description: 'nothing stored', input: undefined, expected: null },
    { description: 'not an import', input: { hello: 1 }, expected: null },
    { description: 'rows that are not rows', input: { ...stored, rows: [1, 2] }, expected: null },
    { description: 'an unknown version', input: { ...stored, version: 9 }, expected: null },
    { description: 'a current version without its mapping', input: { ...stored, saved: null }, expected: null },
    { description: 'version 1 (no version field, no mapping): the page supplies the mapping', input: { fileName: 'a.csv', headers: ['Client'], rows: [['Acme']], detection: null }, expected: { ...stored, saved: null } },
  ];
  for (const { description, input, expected } of cases) test(description, () => expect(readStoredImport(input)).toEqual(expected));
});
