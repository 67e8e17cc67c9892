/**
 * QR encoder. During development every size below was also decoded back
 * with OpenCV's QRCodeDetector; here the parts are checked against the
 * standard's published values and its fixed patterns.
 */
import { describe, expect, it } from 'vitest';
import { dataCapacity, encodeQr, formatBits, qrSvg, rsRemainder } from '../../../src/utils/qr';

describe('QR building blocks', () => {
  it('Reed–Solomon matches the worked "HELLO WORLD" 1-M example', () => {
    const data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17];
    expect(rsRemainder(data, 10)).toEqual([196, 35, 39, 119, 235, 215, 231, 226, 93, 23]);
  });

  it('format information of level M, mask 0 is 101010000010010', () => {
    expect(formatBits(0).toString(2).padStart(15, '0')).toBe('101010000010010');
  });

  it('level M capacities of versions 1, 2 and 10', () => {
    expect([dataCapacity(1), dataCapacity(2), dataCapacity(10)]).toEqual([16, 28, 216]);
  });
});

describe('encodeQr', () => {
  const finder = (m: boolean[][], x: number, y: number) =>
    Array.from({ length: 7 }, (_, dy) => Array.from({ length: 7 }, (_, dx) => (m[y + dy]![x + dx] ? 1 : 0)).join('')).join('/');
  const FINDER = '1111111/1000001/1011101/1011101/1011101/1000001/1111111';

  it('picks the smallest version for the link and draws the three finders and the timing lines', () => {
    for (const [text, size] of [['https://a.example/', 25], ['https://playbook.example.com/pt/playbooks/adoption-metrics/offer-training/', 37]] as const) {
      const m = encodeQr(text);
      expect(m).toHaveLength(size);
      expect(finder(m, 0, 0)).toBe(FINDER);
      expect(finder(m, size - 7, 0)).toBe(FINDER);
      expect(finder(m, 0, size - 7)).toBe(FINDER);
      for (let i = 8; i < size - 8; i++) {
        expect(m[6]![i]).toBe(i % 2 === 0);
        expect(m[i]![6]).toBe(i % 2 === 0);
      }
      expect(m[size - 8]![8]).toBe(true); // the dark module
    }
  });

  it('writes the same format information in both copies', () => {
    const m = encodeQr('https://playbook.example.com/en/');
    const s = m.length;
    const first = [0, 1, 2, 3, 4, 5, 7, 8].map((y) => m[y]![8]).concat([7, 5, 4, 3, 2, 1, 0].map((x) => m[8]![x]));
    const second = Array.from({ length: 8 }, (_, i) => m[8]![s - 1 - i]).concat(Array.from({ length: 7 }, (_, i) => m[s - 7 + i]![8]));
    expect(first).toEqual(second);
  });

  it('refuses a text longer than version 10 holds, and labels the SVG', () => {
    expect(() => encodeQr('x'.repeat(300))).toThrow(/too long/);
    expect(qrSvg('https://a.example/', 'QR "a" & b')).toMatch(/^<svg [^>]*role="img" aria-label="QR &quot;a&quot; &amp; b"/);
  });
});
