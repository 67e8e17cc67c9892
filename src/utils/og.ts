/**
 * Social preview images (1200×630 PNG), rendered at build time with satori
 * and resvg. Noto Sans JP (from npm, via Fontsource) covers Latin, accents
 * and Japanese; Fontsource splits it into ~125 subset files by Unicode range,
 * so each card loads exactly the subsets its characters need (the old
 * "japanese" subset alone lacked "～", drawn as a box).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';

type Weight = 400 | 700;
type Font = { name: string; data: ArrayBuffer; weight: Weight; style: 'normal' };

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve('@fontsource/noto-sans-jp/package.json')), 'files');
const WEIGHTS: Weight[] = [400, 700];

/** Card geometry, shared with the tests that check titles stay inside it. */
export const CARD = { width: 1200, height: 630, margin: 72 } as const;

interface Subset { file: string; ranges: [number, number][] }
let subsets: Subset[] | undefined;

/** Fontsource's unicode.json: subset name → "U+41-5a,U+ff5e,…". */
function loadSubsets(): Subset[] {
  const table = require('@fontsource/noto-sans-jp/unicode.json') as Record<string, string>;
  return Object.entries(table).map(([key, list]) => ({
    // "[115]" → "115" (numbered Japanese slices), "latin-ext" stays as is.
    file: key.replace(/^\[(\d+)\]$/, '$1'),
    ranges: list.split(',').map((r) => {
      const [from, to] = r.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as [number, number];
    }),
  }));
}

/** The subset files covering the characters of a text, e.g. "～" → ["115"]. */
export function subsetsFor(text: string): string[] {
  subsets ??= loadSubsets();
  const codes = new Set([...text].map((c) => c.codePointAt(0)!));
  return subsets.filter((s) => [...codes].some((c) => s.ranges.some(([a, b]) => c >= a && c <= b))).map((s) => s.file);
}

/** Family name of a subset file, e.g. "115" → "Noto Sans JP 115". */
function familyOf(subset: string): string {
  return `Noto Sans JP ${subset}`;
}

const fontCache = new Map<string, Promise<Font>>();
function font(subset: string, weight: Weight): Promise<Font> {
  const key = `${subset}-${weight}`;
  let loaded = fontCache.get(key);
  if (!loaded) {
    loaded = readFile(join(FONT_DIR, `noto-sans-jp-${subset}-${weight}-normal.woff`)).then((buffer) => ({
      // One family name per subset, listed in font-family: satori then looks
      // for a glyph in each (same-named fonts hid each other's glyphs).
      name: familyOf(subset),
      data: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer,
      weight,
      style: 'normal',
    }));
    fontCache.set(key, loaded);
  }
  return loaded;
}

export interface Card {
  site: string;
  eyebrow: string;
  title: string;
  footer: string;
  /** BCP 47 tag of the card's language. */
  lang?: string;
  /**
   * All the text of the cards of this locale: fonts are chosen for it, so
   * every card of a locale uses the same font list and satori parses the
   * fonts once instead of once per card.
   */
  fontText?: string;
}

/** Width in "Latin character" units: a CJK character is about two. */
function visualLength(text: string): number {
  return [...text].reduce((n, c) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 1.9 : 1), 0);
}

/** Title size that fits three lines inside the margins, e.g. 30 units → 72 px, 80 → 52 px. */
export function titleSize(title: string): number {
  const units = visualLength(title);
  if (units <= 28) return 72;
  if (units <= 44) return 64;
  if (units <= 64) return 56;
  if (units <= 84) return 48;
  return 42;
}

/** The satori tree and fonts of a card (SVG), without rasterizing. */
export async function renderSvg(card: Card, onMissing?: (segment: string) => void): Promise<string> {
  const el = (type: string, style: Record<string, unknown>, children: unknown) => ({ type, props: { style, children } });
  const inner = CARD.width - 2 * CARD.margin;
  const text = `${card.fontText ?? ''}${card.site}${card.eyebrow}${card.title}${card.footer}…`;
  // Latin subsets first, so Latin letters keep their Latin design.
  const needed = subsetsFor(text).sort((a, b) => Number(/^\d/.test(a)) - Number(/^\d/.test(b)));
  const fontFamily = needed.map((s) => `'${familyOf(s)}'`).join(', ');
  const tree = el(
    'div',
    { width: CARD.width, height: CARD.height, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: CARD.margin, background: '#fbfbf9', color: '#1d2125', fontFamily, borderTop: '18px solid #0b5cad' },
    [
      el('div', { display: 'flex', width: inner, fontSize: 34, color: '#0b5cad', fontWeight: 700 }, card.site),
      el('div', { display: 'flex', flexDirection: 'column', width: inner }, [
        el('div', { display: 'flex', width: inner, fontSize: 32, color: '#4a525a', marginBottom: 18 }, card.eyebrow),
        el('div', { display: 'block', width: inner, fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.25, overflowWrap: 'break-word' }, card.title),
      ]),
      el('div', { display: 'flex', width: inner, fontSize: 28, color: '#4a525a' }, card.footer),
    ],
  );
  const fonts = await Promise.all(needed.flatMap((s) => WEIGHTS.map((w) => font(s, w))));
  return satori(tree as Parameters<typeof satori>[0], {
    width: CARD.width,
    height: CARD.height,
    fonts,
    // satori asks for more fonts only for characters no given font has: a missing glyph.
    loadAdditionalAsset: async (_code, segment) => {
      onMissing?.(segment);
      return [];
    },
  });
}

/** Renders a preview card to PNG bytes. */
export async function renderCard(card: Card): Promise<Uint8Array> {
  const svg = await renderSvg(card, (segment) => {
    throw new Error(`Preview image: no glyph for "${segment}" in "${card.title}"`);
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD.width } }).render().asPng();
}
