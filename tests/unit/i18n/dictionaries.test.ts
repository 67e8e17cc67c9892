import { describe, expect, test } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, LOCALE_TAGS } from '../../../src/i18n/locales';
import { checkDictionary } from '../../../src/i18n/schema';
import { DICTIONARIES, translator } from '../../../src/i18n/utils';

/** Strings that are the same in every language: names, symbols, formats. */
// 'sources.label': « Sources » is the French word too.
const SAME_EVERYWHERE = new Set(['site.name', 'outreach.none', 'composer.gap', 'changes.move', 'sources.label']);

/** The words of a string, without its {{placeholders}}. */
const withoutPlaceholders = (value: string) => value.replace(/\{\{[^}]*\}\}/g, '');

describe('dictionaries', () => {
  for (const lang of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
    test(`${lang} has every key, plural form and placeholder of ${DEFAULT_LOCALE}`, () => {
      expect(checkDictionary(DICTIONARIES[DEFAULT_LOCALE], DICTIONARIES[lang], LOCALE_TAGS[lang])).toEqual([]);
    });
    test(`${lang} shows no English UI string`, () => {
      const en = DICTIONARIES.en;
      const same = Object.entries(DICTIONARIES[lang]).filter(([key, value]) => en[key] === value && !SAME_EVERYWHERE.has(key) && /[a-z]{3}/i.test(withoutPlaceholders(value)));
      expect(same.map(([key]) => key)).toEqual([]);
    });
  }
});

describe('translator', () => {
  test('labels and quotes follow each language\'s punctuation', () => {
    expect(translator('en')('ui.labelled', { label: 'Used in' })).toBe('Used in: ');
    expect(translator('fr')('ui.labelled', { label: 'Utilisé dans' })).toBe('Utilisé dans\u00a0: ');
    expect(translator('ja')('ui.quoted', { text: '不要です' })).toBe('「不要です」');
    expect(translator('fr')('ui.quoted', { text: 'Non' })).toBe('«\u00a0Non\u00a0»');
  });
  test('interpolates and formats numbers in the locale', () => {
    expect(translator('en')('summary.rows', { count: 1200 })).toBe('1,200 rows read');
    expect(translator('fr')('summary.rows', { count: 1200 })).toContain('1\u202f200');
  });
  test('uses the plural forms of each language', () => {
    expect(translator('en')('summary.clients', { count: 1 })).toBe('1 client');
    expect(translator('en')('summary.clients', { count: 2 })).toBe('2 clients');
    // French: 0 and 1 are singular, a million takes the "many" form.
    expect(translator('fr')('summary.clients', { count: 0 })).toBe(translator('fr')('summary.clients', { count: 1 }).replace('1', '0'));
    expect(translator('fr')('summary.clients', { count: 1_000_000 })).toContain('000');
    expect(translator('ja')('summary.clients', { count: 1 })).toContain('1');
  });
  test('each locale gets its own strings (no global language switch)', () => {
    const fr = translator('fr');
    const ja = translator('ja');
    expect(fr('nav.home')).not.toBe(ja('nav.home'));
    expect(translator('en')('nav.home')).toBe('Home');
  });
});
