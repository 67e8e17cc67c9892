import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { parseCsv } from '../../../src/lib/csv/parse';
import { decodeStream } from '../../../src/lib/csv/decode';
const raw = readFileSync('/work/main/bench-results/export-200k.csv', 'utf8');
const lines = raw.split('\n');
for (const [name, text] of [['open quote early', lines[0] + '\n"Bad quote, never closed,1\n' + lines.slice(1).join('\n')], ['stray quote after closing', lines[0] + '\n"Bad" quote,1\n' + lines.slice(1).join('\n')], ['noquotes-open', lines[0] + '\n"Bad,1\n' + lines.slice(1).join('\n').replace(/"/g, '')]] as const) {
  const bytes = new TextEncoder().encode(text);
  async function* chunks(size: number) { for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size); }
  test(name, async () => {
    let t = performance.now();
    const r = await parseCsv(decodeStream(chunks(64 * 1024), 'utf-8'), { delimiter: ',' });
    console.log(name, 'stream 64K', performance.now() - t, r.rows.length, r.issues.length);
  }, 120000);
}
