import { afterEach, describe, expect, test, vi } from 'vitest';
import { createT } from '../../../src/i18n/client';
import { DICTIONARIES } from '../../../src/i18n/utils';

afterEach(() => vi.restoreAllMocks());

describe('{{count, number}} in the tracker’s strings', () => {
  const strings = { 'k_one': '{{count, number}} client', 'k_other': '{{count, number}} clients' };
  test.each(['en', 'fr', 'pt', 'ja'] as const)('%s: formatted the language’s way', (lang) => {
    const t = createT(lang, strings);
    const tag = { en: 'en-US', fr: 'fr-FR', pt: 'pt-BR', ja: 'ja-JP' }[lang];
    expect(t('k', { count: 1234567 })).toBe(`${new Intl.NumberFormat(tag).format(1234567)} clients`);
  });
  test('one number format per language, not one per value (each cost ~70 µs: a list of counts re-rendered in tens of ms)', () => {
    const t = createT('fr', strings);
    const made = vi.spyOn(Intl, 'NumberFormat');
    for (let count = 0; count < 200; count++) t('k', { count });
    expect(made.mock.calls.length).toBeLessThanOrEqual(1);
  });
  test('no string passes options to the number format (the cached one ignores them)', () => {
    const withOptions = Object.values(DICTIONARIES).flatMap((dictionary) => Object.values(dictionary).filter((text) => /\{\{[^}]*,\s*number\(/.test(text)));
    expect(withOptions).toEqual([]);
  });
});
