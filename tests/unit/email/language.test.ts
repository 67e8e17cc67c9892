import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Locale } from '../../../src/i18n/locales';
import { emailLocale, matchLanguage } from '../../../src/lib/email/language';

describe('matchLanguage', () => {
  const cases: { description: string; input: string | null | undefined; expected: Locale | null }[] = [
    // codes
    { description: 'code fr', input: 'fr', expected: 'fr' },
    { description: 'code fr-FR', input: 'fr-FR', expected: 'fr' },
    { description: 'code FR upper case', input: 'FR', expected: 'fr' },
    { description: 'code fr_CA with underscore', input: 'fr_CA', expected: 'fr' },
    { description: 'code pt-BR', input: 'pt-BR', expected: 'pt' },
    { description: 'code pt_PT (Portugal written as Brazil)', input: 'pt_PT', expected: 'pt' },
    { description: 'code ja-JP', input: 'ja-JP', expected: 'ja' },
    { description: 'country code jp used as language', input: 'jp', expected: 'ja' },
    { description: 'code en-US', input: 'en-US', expected: 'en' },
    { description: 'code en-gb lower case', input: 'en-gb', expected: 'en' },
    { description: 'ISO 639-2 fra', input: 'fra', expected: 'fr' },
    { description: 'ISO 639-2 jpn', input: 'JPN', expected: 'ja' },
    { description: 'ISO 639-2 por', input: 'por', expected: 'pt' },
    { description: 'ISO 639-2 eng', input: 'eng', expected: 'en' },
    { description: 'script subtag', input: 'ja-Jpan-JP', expected: 'ja' },
    { description: 'full-width code', input: 'ＦＲ－ＦＲ', expected: 'fr' },
    { description: 'code with spaces around', input: '  pt-br  ', expected: 'pt' },
    // English names
    { description: 'French', input: 'French', expected: 'fr' },
    { description: 'Portuguese', input: 'Portuguese', expected: 'pt' },
    { description: 'Brazilian Portuguese', input: 'Brazilian Portuguese', expected: 'pt' },
    { description: 'Japanese', input: 'Japanese', expected: 'ja' },
    { description: 'English', input: 'English', expected: 'en' },
    { description: 'English with a region', input: 'English (United States)', expected: 'en' },
    { description: 'French with a region', input: 'French (Canada)', expected: 'fr' },
    { description: 'Portuguese with a dash and region', input: 'Portuguese - Brazil', expected: 'pt' },
    // native names
    { description: 'Français', input: 'Français', expected: 'fr' },
    { description: 'Français without accent, upper case', input: 'FRANCAIS', expected: 'fr' },
    { description: 'Português', input: 'Português', expected: 'pt' },
    { description: 'Português do Brasil', input: 'Português do Brasil', expected: 'pt' },
    { description: '日本語', input: '日本語', expected: 'ja' },
    { description: 'にほんご', input: 'にほんご', expected: 'ja' },
    // other languages' names
    { description: 'francês (Portuguese)', input: 'francês', expected: 'fr' },
    { description: 'francese (Italian)', input: 'francese', expected: 'fr' },
    { description: 'Französisch (German)', input: 'Französisch', expected: 'fr' },
    { description: 'フランス語 (Japanese)', input: 'フランス語', expected: 'fr' },
    { description: '仏語 (Japanese short form)', input: '仏語', expected: 'fr' },
    { description: 'inglês (Portuguese)', input: 'inglês', expected: 'en' },
    { description: 'anglais (French)', input: 'anglais', expected: 'en' },
    { description: '英語 (Japanese)', input: '英語', expected: 'en' },
    { description: 'Englisch (German)', input: 'Englisch', expected: 'en' },
    { description: 'inglés (Spanish)', input: 'Inglés', expected: 'en' },
    { description: 'ポルトガル語 (Japanese)', input: 'ポルトガル語', expected: 'pt' },
    { description: 'ポルトガル語 with a full-width region', input: 'ポルトガル語（ブラジル）', expected: 'pt' },
    { description: 'portugais (French)', input: 'portugais', expected: 'pt' },
    { description: 'japonês (Portuguese)', input: 'japonês', expected: 'ja' },
    { description: 'japonais (French)', input: 'Japonais', expected: 'ja' },
    { description: 'Japanisch (German)', input: 'Japanisch', expected: 'ja' },
    { description: 'giapponese (Italian)', input: 'giapponese', expected: 'ja' },
    // lists: the first language is the preferred one
    { description: 'two names, first wins', input: 'French; English', expected: 'fr' },
    { description: 'Accept-Language style', input: 'ja-JP,en;q=0.8', expected: 'ja' },
    { description: 'slash list', input: 'Português / English', expected: 'pt' },
    // unknown
    { description: 'German code', input: 'de', expected: null },
    { description: 'German name', input: 'Deutsch', expected: null },
    { description: 'Spanish name', input: 'Español', expected: null },
    { description: 'Chinese code with region', input: 'zh-TW', expected: null },
    { description: 'a number', input: '42', expected: null },
    { description: 'empty', input: '', expected: null },
    { description: 'spaces only', input: '   ', expected: null },
    { description: 'separators only', input: ' ; , ', expected: null },
    { description: 'missing cell marker', input: 'n/a', expected: null },
    { description: 'null', input: null, expected: null },
    { description: 'undefined', input: undefined, expected: null },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(matchLanguage(input)).toBe(expected));
  }
});

describe('emailLocale', () => {
  const cases: { description: string; input: [string, Locale]; expected: Locale }[] = [
    { description: "the client's language when the site has it", input: ['pt-BR', 'en'], expected: 'pt' },
    { description: 'a language name', input: ['Japanese', 'fr'], expected: 'ja' },
    { description: 'the page locale for an unsupported language', input: ['de', 'fr'], expected: 'fr' },
    { description: 'the page locale when the cell is empty', input: ['', 'ja'], expected: 'ja' },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(emailLocale(...input)).toBe(expected));
  }
});

describe('matchLanguage on any input', () => {
  test('never throws, gives a locale or null', () => {
    const anyText = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 30 }).map((codes) => String.fromCharCode(...codes));
    fc.assert(
      fc.property(anyText, (value) => {
        expect([null, 'en', 'fr', 'pt', 'ja']).toContain(matchLanguage(value));
      }),
    );
  });
});
