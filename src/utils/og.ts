/**
 * Social preview images (1200×630 PNG), rendered at build time with satori
 * and resvg. Noto Sans JP (from npm, via Fontsource) covers Latin, accents
 * and Japanese, so a step's title shows in its own language.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';

type Font = { name: string; data: ArrayBuffer; weight: 400 | 700; style: 'normal' };
let fonts: Promise<Font[]> | undefined;

/** Every subset file of Noto Sans JP at the weights we draw with. */
async function loadFonts(): Promise<Font[]> {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('@fontsource/noto-sans-jp/package.json')), 'files');
  const files = (await readdir(dir)).filter((f) => /^noto-sans-jp-(latin|latin-ext|japanese)-(400|700)-normal\.woff$/.test(f));
  return Promise.all(
    files.map(async (f) => {
      const buffer = await readFile(join(dir, f));
      return {
        name: 'Noto Sans JP',
        data: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer,
        weight: f.includes('-700-') ? 700 : 400,
        style: 'normal',
      } satisfies Font;
    }),
  );
}

export interface Card {
  site: string;
  eyebrow: string;
  title: string;
  footer: string;
}

/** Renders a preview card to PNG bytes. */
export async function renderCard(card: Card): Promise<Uint8Array> {
  const el = (type: string, style: Record<string, unknown>, children: unknown) => ({ type, props: { style, children } });
  const tree = el(
    'div',
    { width: 1200, height: 630, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 72, background: '#fbfbf9', color: '#1d2125', fontFamily: 'Noto Sans JP', borderTop: '18px solid #0b5cad' },
    [
      el('div', { fontSize: 34, color: '#0b5cad', fontWeight: 700 }, card.site),
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { fontSize: 32, color: '#4a525a', marginBottom: 18 }, card.eyebrow),
        el('div', { fontSize: card.title.length > 40 ? 60 : 72, fontWeight: 700, lineHeight: 1.25 }, card.title),
      ]),
      el('div', { fontSize: 28, color: '#4a525a' }, card.footer),
    ],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts: await (fonts ??= loadFonts()) });
  return new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
}
