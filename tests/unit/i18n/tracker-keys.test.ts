import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TRACKER_PREFIXES } from '../../../src/i18n/client';

const ROOT = fileURLToPath(new URL('../../../src/components/', import.meta.url));
const FOLDERS = ['tracker', 'islands'];

/** Every literal key the tracker's views translate: t('a.b'), t(`a.b`), and key: 'a.b' passed on to t. */
function literalKeys(): { file: string; key: string }[] {
  const found: { file: string; key: string }[] = [];
  for (const folder of FOLDERS) {
    for (const name of readdirSync(join(ROOT, folder))) {
      if (!/\.(tsx?|ts)$/.test(name)) continue;
      const text = readFileSync(join(ROOT, folder, name), 'utf8');
      for (const match of text.matchAll(/\bt\(\s*['`]([a-z][\w]*(?:\.[\w]+)+)['`]/g)) found.push({ file: `${folder}/${name}`, key: match[1]! });
    }
  }
  return found;
}

describe('tracker strings', () => {
  test('the views use keys (the scan finds them)', () => expect(literalKeys().length).toBeGreaterThan(100));
  test('every key a tracker view translates is given to the island (else the page shows the key)', () => {
    const missing = literalKeys().filter(({ key }) => !TRACKER_PREFIXES.some((prefix) => key.startsWith(prefix)));
    expect(missing).toEqual([]);
  });
});
