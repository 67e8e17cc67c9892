/**
 * Link preview images: every title the content has (steps, templates,
 * scripts, four locales) renders with a glyph for each character and stays
 * inside the card's margins (it wraps, it is never cut at the edge).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { LOCALES } from '../../../src/i18n/locales';
import { CARD, renderSvg, subsetsFor, type Card } from '../../../src/utils/og';

const ROOT = join(__dirname, '../../../src/content');

function frontmatter(file: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  return parse(match![1]!) as Record<string, unknown>;
}

function entriesOf(collection: string, lang: string): Record<string, unknown>[] {
  const dir = join(ROOT, collection, lang);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
  return files.map((f) => frontmatter(join(dir, f)));
}

function dictionary(lang: string): Record<string, string> {
  return JSON.parse(readFileSync(join(__dirname, `../../../src/i18n/${lang}.json`), 'utf8')) as Record<string, string>;
}

/** Every x,y of the glyph outlines satori drew (text is a filled path with absolute M/L/Q/C/Z). */
function glyphPoints(svg: string): [number, number][] {
  const points: [number, number][] = [];
  for (const [, d] of svg.matchAll(/<path fill="#[0-9a-f]{6}" d="([^"]+)"/g)) {
    const numbers = (d!.match(/-?\d*\.?\d+(?:e-?\d+)?/g) ?? []).map(Number);
    for (let i = 0; i + 1 < numbers.length; i += 2) points.push([numbers[i]!, numbers[i + 1]!]);
  }
  return points;
}

describe('fonts cover the characters', () => {
  test('the wave dash of Japanese timings is in a subset we load', () => {
    expect(subsetsFor('第2～3週').length).toBeGreaterThan(0);
    expect(subsetsFor('～')).toHaveLength(1);
  });
});

for (const lang of LOCALES) {
  test(`every preview title in ${lang} renders, no missing glyph, inside the margins`, async () => {
    const t = dictionary(lang);
    const playbook = String(entriesOf('playbooks', lang)[0]!['title']);
    // Steps show "playbook · timing" above the title (timings hold "～"), templates and scripts their kind.
    const cards = [
      ...entriesOf('steps', lang).map((e) => ({ title: String(e['title']), eyebrow: `${playbook} · ${String(e['timing'])}` })),
      ...entriesOf('templates', lang).map((e) => ({ title: String(e['title']), eyebrow: t['nav.templates']! })),
      ...entriesOf('scripts', lang).map((e) => ({ title: String(e['title']), eyebrow: t['nav.scripts']! })),
    ];
    expect(cards.length).toBeGreaterThan(20);
    for (const { title, eyebrow } of cards) {
      const missing: string[] = [];
      const card: Card = { site: t['site.name']!, eyebrow, title, footer: t['site.tagline']!, lang };
      const svg = await renderSvg(card, (segment) => missing.push(segment));
      expect(missing, title).toEqual([]);
      const points = glyphPoints(svg);
      expect(points.length, title).toBeGreaterThan(0);
      const xs = points.map(([x]) => x);
      const ys = points.map(([, y]) => y);
      // A little slack for glyph side bearings; a cut word would be far beyond it.
      expect(Math.max(...xs), title).toBeLessThanOrEqual(CARD.width - CARD.margin + 8);
      expect(Math.min(...xs), title).toBeGreaterThanOrEqual(CARD.margin - 8);
      expect(Math.max(...ys), title).toBeLessThanOrEqual(CARD.height);
    }
  }, 120_000);
}
