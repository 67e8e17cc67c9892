import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeAll, decodeStream, sniffEncoding, type Sniffed } from '../../../src/lib/csv/decode';
import type { Encoding } from '../../../src/lib/csv/types';
import { ascii, chunked, collect, concat, SJIS, utf16, utf8 } from './bytes';

const FIXTURES = join(__dirname, '../../e2e/fixtures');

describe('sniffEncoding', () => {
  const cases: { description: string; input: Uint8Array; expected: Sniffed }[] = [
    { description: 'no bytes: empty', input: new Uint8Array(), expected: { ok: false, code: 'empty' } },
    { description: 'only whitespace: empty', input: utf8(' \r\n\t\n'), expected: { ok: false, code: 'empty' } },
    { description: 'a UTF-8 BOM and whitespace: empty', input: concat([0xef, 0xbb, 0xbf], utf8('\r\n')), expected: { ok: false, code: 'empty' } },
    { description: 'UTF-8 BOM', input: concat([0xef, 0xbb, 0xbf], utf8('Client;Licences')), expected: { ok: true, encoding: 'utf-8', bom: true } },
    { description: 'UTF-16 LE BOM', input: utf16('Cliente\tIdioma', 'le', true), expected: { ok: true, encoding: 'utf-16le', bom: true } },
    { description: 'UTF-16 BE BOM', input: utf16('Cliente\tIdioma', 'be', true), expected: { ok: true, encoding: 'utf-16be', bom: true } },
    { description: 'UTF-16 LE without BOM, from its NUL pattern', input: utf16('Customer,Seats\r\nAcme,10\r\n', 'le'), expected: { ok: true, encoding: 'utf-16le', bom: false } },
    { description: 'UTF-16 BE without BOM, from its NUL pattern', input: utf16('Customer,Seats\r\nAcme,10\r\n', 'be'), expected: { ok: true, encoding: 'utf-16be', bom: false } },
    { description: 'plain ASCII reads as UTF-8', input: utf8('Customer,Seats\nAcme,10\n'), expected: { ok: true, encoding: 'utf-8', bom: false } },
    { description: 'UTF-8 accents and Japanese', input: utf8('Société,顧客名\nCafé,さくら\n'), expected: { ok: true, encoding: 'utf-8', bom: false } },
    {
      description: 'UTF-8 whose sample ends in the middle of a character is still UTF-8',
      input: utf8('Client,Nom\nCafé,あ').subarray(0, -1),
      expected: { ok: true, encoding: 'utf-8', bom: false },
    },
    {
      description: 'Shift_JIS Japanese headers',
      input: concat(SJIS.kokyaku, SJIS.mei, ascii(','), SJIS.nihongo, ascii('\r\n'), SJIS.a, ascii(',1\r\n')),
      expected: { ok: true, encoding: 'shift_jis', bom: false },
    },
    {
      description: 'Windows-1252 French accents (é = E9, è = E8, É = C9)',
      input: concat(ascii('Soci'), [0xe9], ascii('t'), [0xe9], ascii(';Ann'), [0xe9], ascii('e\r\n'), [0xc9], ascii('lys'), [0xe9], ascii('e;1\r\n')),
      expected: { ok: true, encoding: 'windows-1252', bom: false },
    },
    {
      description: 'Windows-1252 Portuguese (ã = E3, ç = E7, õ = F5)',
      input: concat(ascii('Implanta'), [0xe7, 0xe3], ascii('o;Licen'), [0xe7], ascii('as\r\nS'), [0xe3], ascii('o Paulo;'), [0xf5], ascii('\r\n')),
      expected: { ok: true, encoding: 'windows-1252', bom: false },
    },
    {
      description: 'Windows-1252 curly apostrophes between letters are not Shift_JIS (O’Neil, D’Angelo)',
      input: concat(ascii('Client,Seats\r\nO'), [0x92], ascii('Neil Consulting,5\r\nD'), [0x92], ascii('Angelo Ltd,3\r\n')),
      expected: { ok: true, encoding: 'windows-1252', bom: false },
    },
    {
      description: 'Shift_JIS with kanji only (no kana) is still Shift_JIS',
      input: concat(SJIS.kokyaku, SJIS.mei, ascii(','), SJIS.nihongo, ascii('\r\n'), SJIS.kokyaku, ascii(',1\r\n')),
      expected: { ok: true, encoding: 'shift_jis', bom: false },
    },
    { description: 'one or two bytes of text are too short for the UTF-16 check', input: utf8('A\n'), expected: { ok: true, encoding: 'utf-8', bom: false } },
    { description: 'a stray control character or two in text is not binary', input: utf8('Client,Seats\nAc\u0001me,5\nBe\u0002ta,3\n'), expected: { ok: true, encoding: 'utf-8', bom: false } },
    { description: 'Shift_JIS half-width katakana headers with kanji', input: concat([0xb1, 0xb2, 0xb3], SJIS.kokyaku, ascii(','), SJIS.nihongo, ascii('\r\n')), expected: { ok: true, encoding: 'shift_jis', bom: false } },
    { description: 'Windows-1252 bytes that Shift_JIS cannot read (é before ASCII)', input: concat(ascii('Caf'), [0xe9], ascii(',1\n')), expected: { ok: true, encoding: 'windows-1252', bom: false } },
    {
      description: 'a single NUL byte in an otherwise text file is not binary',
      input: utf8(`Client,Seats\n${Array.from({ length: 40 }, (_, i) => `Client ${i},${i}`).join('\n')}\nAc\u0000me,5\n`),
      expected: { ok: true, encoding: 'utf-8', bom: false },
    },
    { description: 'a NUL byte in 8-bit text: binary', input: concat(ascii('PK'), [0x03, 0x04, 0x00, 0x00, 0x14, 0x00]), expected: { ok: false, code: 'binary' } },
    { description: 'many control characters: binary', input: new Uint8Array([0x41, 0x01, 0x02, 0x03, 0x05, 0x06, 0x41, 0x42]), expected: { ok: false, code: 'binary' } },
    { description: 'the PNG fixture: binary', input: new Uint8Array(readFileSync(join(FIXTURES, 'binary.csv'))), expected: { ok: false, code: 'binary' } },
    { description: 'the Shift_JIS fixture', input: new Uint8Array(readFileSync(join(FIXTURES, 'ja-shift-jis.csv'))), expected: { ok: true, encoding: 'shift_jis', bom: false } },
    { description: 'the Windows-1252 fixture', input: new Uint8Array(readFileSync(join(FIXTURES, 'fr-cp1252.csv'))), expected: { ok: true, encoding: 'windows-1252', bom: false } },
  ];
  for (const { description, input, expected } of cases) test(description, () => expect(sniffEncoding(input)).toEqual(expected));
});

describe('decodeStream', () => {
  const text = 'Client,顧客名,Société,Licenças\r\nさくら設計,株式会社,Café,Ação 🚀\r\n';
  const cases: { description: string; encoding: Encoding; bytes: Uint8Array; expected: string }[] = [
    { description: 'UTF-8', encoding: 'utf-8', bytes: utf8(text), expected: text },
    { description: 'UTF-8 with BOM (BOM removed)', encoding: 'utf-8', bytes: concat([0xef, 0xbb, 0xbf], utf8(text)), expected: text },
    { description: 'UTF-16 LE with BOM', encoding: 'utf-16le', bytes: utf16(text, 'le', true), expected: text },
    { description: 'UTF-16 BE with BOM', encoding: 'utf-16be', bytes: utf16(text, 'be', true), expected: text },
    { description: 'UTF-16 LE without BOM', encoding: 'utf-16le', bytes: utf16(text, 'le'), expected: text },
    {
      description: 'Shift_JIS',
      encoding: 'shift_jis',
      bytes: concat(SJIS.kokyaku, SJIS.mei, ascii(','), SJIS.nihongo, ascii('\r\n'), SJIS.a, SJIS.hiraA, ascii('\r\n')),
      expected: '顧客名,日本語\r\nアあ\r\n',
    },
    { description: 'Windows-1252', encoding: 'windows-1252', bytes: concat(ascii('Caf'), [0xe9, 0x3b, 0x80, 0x0a]), expected: 'Café;€\n' },
  ];
  // One-byte chunks split every multibyte character; the result must not change.
  for (const size of [1, 2, 3, 5, 64 * 1024]) {
    for (const { description, encoding, bytes, expected } of cases) {
      test(`${description}, ${size}-byte chunks`, async () => {
        expect(await collect(decodeStream(chunked(bytes, size), encoding))).toBe(expected);
      });
    }
  }

  test('a BOM-less file keeps its first character', async () => {
    expect(await collect(decodeStream(chunked(utf8('\u00e9t\u00e9'), 1), 'utf-8'))).toBe('été');
  });
  test('only the leading BOM is removed, not a U+FEFF later on', async () => {
    expect(await collect(decodeStream(chunked(concat([0xef, 0xbb, 0xbf], utf8('a\uFEFFb')), 2), 'utf-8'))).toBe('a\uFEFFb');
  });
  test('a character cut at the very end becomes one replacement character, not an error', async () => {
    expect(await collect(decodeStream(chunked(utf8('aé').subarray(0, 2), 1), 'utf-8'))).toBe('a\uFFFD');
  });
  test('a UTF-16 file with an odd byte count loses only the half character', async () => {
    const bytes = concat(utf16('Client,Seats\r\nAcme,5\r\n', 'le', true), [0x41]);
    expect(await collect(decodeStream(chunked(bytes, 5), 'utf-16le'))).toBe('Client,Seats\r\nAcme,5\r\n');
    expect(await collect(decodeStream(chunked(bytes, 5), 'utf-16le', { fatal: true }))).toBe('Client,Seats\r\nAcme,5\r\n');
  });
  test('fatal: an invalid byte throws instead of becoming U+FFFD', async () => {
    await expect(collect(decodeStream(chunked(concat(ascii('Caf'), [0xe9, 0x0a]), 2), 'utf-8', { fatal: true }))).rejects.toThrow(TypeError);
  });
  test('fatal: a character cut at the very end throws, except in UTF-16', async () => {
    await expect(collect(decodeStream(chunked(utf8('aé').subarray(0, 2), 1), 'utf-8', { fatal: true }))).rejects.toThrow(TypeError);
  });
  test('a multibyte character split across chunks is whole whatever the chunk sizes', async () => {
    const bytes = utf8('顧客,🚀\n');
    for (let cut = 1; cut < bytes.length; cut++) {
      async function* two() {
        yield bytes.subarray(0, cut);
        yield bytes.subarray(cut);
      }
      expect(await collect(decodeStream(two(), 'utf-8'))).toBe('顧客,🚀\n');
    }
  });
  test('no chunks: no text', async () => {
    expect(await collect(decodeStream(chunked(new Uint8Array(), 4), 'utf-8'))).toBe('');
  });
});

describe('decodeAll', () => {
  test('decodes a whole buffer and drops the BOM', async () => {
    expect(await decodeAll(utf16('Licenças', 'be', true), 'utf-16be')).toBe('Licenças');
  });
});
