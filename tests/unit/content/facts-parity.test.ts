/**
 * content.md "Facts": the same item says the same thing in every locale.
 * For every item of the collections below, the figures it states (numbers
 * with their unit, normalised across languages) and the vendors it has a
 * note for must be the same in en, fr, pt and ja. A figure present in one
 * locale only is either a missing fact or an invented one.
 */
import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../../src/i18n/locales';
import { figuresIn } from '../../../src/lib/content/figures';
import { splitLocalizedId, type LocalizedEntry } from '../../../src/lib/content/parity';
import { vendorsNoted } from '../../../src/lib/content/structure';
import { vendorsIn } from '../../../src/lib/email/vendor-blocks';
import { entriesOf } from './entries';

/** Every collection, email templates included (their vendor blocks count as vendor notes). */
const COLLECTIONS = ['playbooks', 'steps', 'templates', 'scripts', 'objections', 'glossary', 'vendors'] as const;

/** Front matter keys that are not prose: sources carry URLs and check dates. */
const NOT_PROSE = new Set(['sources']);

/** Every prose string of an entry: front matter values (nested) and body. */
function proseOf(entry: LocalizedEntry): string {
  const parts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') parts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (!NOT_PROSE.has(k)) walk(v);
  };
  for (const [key, value] of Object.entries(entry.data)) if (!NOT_PROSE.has(key)) walk(value);
  parts.push(entry.body ?? '');
  return parts.join('\n');
}

/** Vendors an item speaks for alone: its front matter notes and, in a template, its `:::vendor` blocks. */
function vendorsOf(entry: LocalizedEntry): string[] {
  return [...new Set([...vendorsNoted(entry), ...vendorsIn(entry.body ?? '')])].sort();
}

/** "fr lacks 48 h; adds 3 d" against the reference locale, or '' when equal. */
function difference(reference: string[], actual: string[]): string {
  const lacks = reference.filter((x) => !actual.includes(x));
  const adds = actual.filter((x) => !reference.includes(x));
  return [lacks.length ? `lacks ${lacks.join(', ')}` : '', adds.length ? `adds ${adds.join(', ')}` : ''].filter(Boolean).join('; ');
}

describe('every item states the same figures and vendor notes in every locale', () => {
  for (const collection of COLLECTIONS) {
    const byItem = new Map<string, Map<string, LocalizedEntry>>();
    for (const entry of entriesOf(collection)) {
      const { locale, item } = splitLocalizedId(entry.id);
      if (!byItem.has(item)) byItem.set(item, new Map());
      byItem.get(item)!.set(locale, entry);
    }
    for (const [item, perLocale] of byItem) {
      test(`${collection}/${item}`, () => {
        const reference = perLocale.get(LOCALES[0])!;
        const problems: string[] = [];
        for (const locale of LOCALES.slice(1)) {
          const entry = perLocale.get(locale);
          if (!entry) continue; // a missing locale is the structure test's job (library.test.ts)
          const figures = difference(figuresIn(proseOf(reference)), figuresIn(proseOf(entry)));
          if (figures) problems.push(`${locale} figures: ${figures}`);
          const vendors = difference(vendorsOf(reference), vendorsOf(entry));
          if (vendors) problems.push(`${locale} vendor notes: ${vendors}`);
        }
        expect(problems).toEqual([]);
      });
    }
  }
});
