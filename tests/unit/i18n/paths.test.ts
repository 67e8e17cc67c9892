import { describe, expect, test } from 'vitest';
import { alternates, localeOfPath, localizedPath, switchLocalePath } from '../../../src/i18n/paths';

describe('localizedPath', () => {
  const cases = [
    { description: 'home', input: ['fr', '/'] as const, expected: '/fr/' },
    { description: 'default path is home', input: ['ja', undefined] as const, expected: '/ja/' },
    { description: 'page', input: ['pt', '/playbooks/usage/'] as const, expected: '/pt/playbooks/usage/' },
    { description: 'relative path', input: ['en', 'glossary/'] as const, expected: '/en/glossary/' },
  ];
  for (const { description, input, expected } of cases) test(description, () => expect(localizedPath(input[0], input[1])).toBe(expected));
});

describe('localeOfPath', () => {
  for (const [input, expected] of [['/ja/glossary/', 'ja'], ['/', undefined], ['/de/x/', undefined], ['/en', 'en']] as const) {
    test(`${input} → ${String(expected)}`, () => expect(localeOfPath(input)).toBe(expected));
  }
});

describe('switchLocalePath', () => {
  const cases = [
    { input: ['/fr/glossary/', 'ja'] as const, expected: '/ja/glossary/' },
    { input: ['/en/playbooks/activation/call/', 'pt'] as const, expected: '/pt/playbooks/activation/call/' },
    { input: ['/en/', 'fr'] as const, expected: '/fr/' },
    { input: ['/other/', 'fr'] as const, expected: '/fr/other/' },
  ];
  for (const { input, expected } of cases) test(`${input[0]} → ${input[1]}`, () => expect(switchLocalePath(input[0], input[1])).toBe(expected));
});

describe('alternates', () => {
  test('absolute URLs in all four locales', () => {
    expect(alternates(new URL('https://example.org'), '/fr/glossary/')).toEqual([
      { lang: 'en', href: 'https://example.org/en/glossary/' },
      { lang: 'fr', href: 'https://example.org/fr/glossary/' },
      { lang: 'pt', href: 'https://example.org/pt/glossary/' },
      { lang: 'ja', href: 'https://example.org/ja/glossary/' },
    ]);
  });
});
