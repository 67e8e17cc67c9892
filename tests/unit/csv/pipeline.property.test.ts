/**
 * Property tests over the whole import: random bytes, mutated real exports
 * and random tables go through decoding, detection, parsing, mapping,
 * bucketing and next steps. Each either loads or ends with a known error
 * code; nothing throws. Tables written by Papa.unparse read back cell for cell.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../../src/lib/csv/parse';
import { DELIMITERS, type Delimiter, type Encoding } from '../../../src/lib/csv/types';
import { suggestMapping } from '../../../src/lib/mapping/match';
import { readExport, resolveDayFirst } from '../../../src/lib/tracker/pipeline';
import { buildClientTable } from '../../../src/lib/tracker/table';
import { computeBuckets, countBuckets } from '../../../src/lib/tracker/buckets';
import { computeNextSteps } from '../../../src/lib/tracker/next-step';
import { chunked, concat, strings, utf16, utf8 } from './bytes';

// Thousands of runs each: seconds on a quiet machine, more on a loaded 2-core
// one; Vitest's 5 s default made them fail for time, not for a property.
const SLOW = { timeout: 120_000 };

const FILE_ERRORS = ['empty', 'binary', 'headerOnly', 'noClientColumn', 'undecodable', 'tooLarge'];
const FIXTURES = join(__dirname, '../../e2e/fixtures');
const REAL = readdirSync(FIXTURES).map((name) => new Uint8Array(readFileSync(join(FIXTURES, name))));

/** The import as the worker runs it; returns the error code or the client count. */
async function importBytes(bytes: Uint8Array, chunkSize: number, encoding: Encoding | null = null): Promise<string | number> {
  const read = await readExport({ size: bytes.length, head: bytes.subarray(0, 64 * 1024), chunks: () => chunked(bytes, chunkSize) }, { encoding });
  if (!read.ok) return read.code;
  const mapping = suggestMapping(read.raw.headers);
  if (mapping.client === undefined) return 'noClientColumn';
  const dayFirst = resolveDayFirst(read.raw, mapping, read.hints);
  const { table, summary } = buildClientTable(read.raw.headers, read.raw.rows, mapping, { decimal: read.hints.decimal, dayFirst: dayFirst === true });
  const columns = computeBuckets(table, 20_000);
  const counts = countBuckets(columns);
  computeNextSteps(columns, table, new Map(), 20_000);
  // Every client is in exactly one bucket of each dimension.
  for (const dimension of Object.values(counts)) expect(Object.values(dimension).reduce((a, b) => a + b, 0)).toBe(table.size);
  expect(summary.clients).toBe(table.size);
  return table.size;
}

function expectKnownOutcome(outcome: string | number) {
  if (typeof outcome === 'string') expect(FILE_ERRORS).toContain(outcome);
  else expect(outcome).toBeGreaterThanOrEqual(0);
}

const encodings: Encoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'shift_jis', 'windows-1252'];

describe('import pipeline (property)', () => {
  test('random bytes load or give a known error, never throw', SLOW, async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.integer({ min: 1, max: 4096 }), fc.option(fc.constantFrom(...encodings), { nil: null }), async (bytes, size, encoding) => {
        expectKnownOutcome(await importBytes(bytes, size, encoding));
      }),
      { numRuns: 1500 },
    );
  });

  test('mutated real exports load or give a known error, never throw', SLOW, async () => {
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom('"', ',', ';', '\t', '|', '\r\n', '\n\n', '\uFEFF', 'Total', '合計', '1 200,5 %', '=1+1', '\u0000') }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...REAL), fc.array(mutation, { maxLength: 8 }), fc.integer({ min: 1, max: 64 }), async (original, mutations, size) => {
        let bytes: Uint8Array = original;
        for (const m of mutations) {
          const at = bytes.length === 0 ? 0 : m.at % bytes.length;
          if (m.kind === 'flip') bytes = concat(bytes.subarray(0, at), [m.value], bytes.subarray(at + 1));
          else if (m.kind === 'cut') bytes = bytes.subarray(0, at);
          else bytes = concat(bytes.subarray(0, at), utf8(m.text), bytes.subarray(at));
        }
        expectKnownOutcome(await importBytes(bytes, size));
      }),
      { numRuns: 1500 },
    );
  });

  // Cells as an export holds them: no edge whitespace (cells are trimmed on
  // read), no CR (line endings become LF), anything else allowed.
  const cell = fc
    .string({ unit: fc.constantFrom('a', 'Z', 'é', 'ç', '顧', 'あ', '1', '.', ',', ';', '\t', '|', '"', ' ', '\n', '🚀', '='), maxLength: 12 })
    .map((s) => s.trim());
  const table = fc.integer({ min: 1, max: 6 }).chain((width) =>
    fc.tuple(
      fc.uniqueArray(fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,10}[A-Za-z0-9]$/), { minLength: width, maxLength: width }),
      fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 30 }),
    ),
  );

  test('a table written by Papa.unparse reads back cell for cell, in any delimiter and piece size', SLOW, async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.constantFrom(...DELIMITERS), fc.boolean(), fc.integer({ min: 1, max: 50 }), async ([headers, rows], delimiter: Delimiter, quoteAll, size) => {
        // A row of empty cells is a blank line, which the reader skips by design.
        const kept = rows.filter((r) => r.some((c) => c !== ''));
        const text = Papa.unparse({ fields: headers, data: kept }, { delimiter, quotes: quoteAll, newline: '\r\n' });
        const pieces = text.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g')) ?? [];
        const parsed = await parseCsv(strings(pieces), { delimiter, minChunkChars: 1 });
        expect(parsed.headers).toEqual(headers.map((h) => h.replace(/\s+/g, ' ')));
        expect(parsed.rows).toEqual(kept);
        expect(parsed.issues).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  test('a table encoded in UTF-8 or UTF-16 with a BOM reads back through the whole reader', SLOW, async () => {
    const encode: Record<string, (t: string) => Uint8Array> = {
      'utf-8': (t) => concat([0xef, 0xbb, 0xbf], utf8(t)),
      'utf-16le': (t) => utf16(t, 'le', true),
      'utf-16be': (t) => utf16(t, 'be', true),
    };
    await fc.assert(
      fc.asyncProperty(table, fc.constantFrom('utf-8', 'utf-16le', 'utf-16be'), fc.integer({ min: 1, max: 33 }), async ([headers, rows], encoding, size) => {
        const kept = rows.filter((r) => r.some((c) => c !== ''));
        // Quote every cell so the delimiter is unmistakable whatever the cells hold.
        const text = Papa.unparse({ fields: headers, data: kept }, { delimiter: ';', quotes: true });
        const read = await readExport({ size: 1, head: encode[encoding]!(text).subarray(0, 64 * 1024), chunks: () => chunked(encode[encoding]!(text), size) });
        if (kept.length === 0) {
          expect(read).toEqual({ ok: false, code: 'headerOnly' });
          return;
        }
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        // One column has no delimiter to find: the reader falls back to the comma.
        expect(read.detection).toEqual({ encoding, bom: true, delimiter: headers.length > 1 ? ';' : ',', reason: 'bom', warnings: [] });
        expect(read.raw.rows).toEqual(kept);
      }),
      { numRuns: 500 },
    );
  });
});
