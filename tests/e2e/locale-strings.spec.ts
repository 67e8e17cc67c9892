/**
 * No page shows another locale's UI strings: every page type in French,
 * Portuguese and Japanese (the tracker with data loaded) is searched for the
 * English dictionary's sentences. Names that are the same in every language
 * (the site name, product and vendor names) are not UI sentences and are skipped.
 */
import { expect, test } from '@playwright/test';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { pageTypes } from './routes';

const dictionaries: Record<string, Record<string, string>> = {
  fr: (await import('../../src/i18n/fr.json', { with: { type: 'json' } })).default,
  pt: (await import('../../src/i18n/pt.json', { with: { type: 'json' } })).default,
  ja: (await import('../../src/i18n/ja.json', { with: { type: 'json' } })).default,
};

/** English sentences of the UI, placeholders cut out: the fixed text around them. */
function englishFragments(other: Record<string, string>): string[] {
  const fragments = new Set<string>();
  for (const [key, value] of Object.entries(en as Record<string, string>)) {
    if (other[key] === value) continue; // the same in both languages (names, symbols)
    for (const part of value.split(/\{\{[^}]*\}\}/)) {
      const text = part.trim();
      // Short fragments ("of", "·") also occur inside names and data.
      if (text.split(/\s+/).length >= 3) fragments.add(text);
    }
  }
  return [...fragments];
}

for (const lang of ['fr', 'pt', 'ja'] as const) {
  test(`${lang} pages show no English UI string`, async ({ page }) => {
    const fragments = englishFragments(dictionaries[lang]!);
    expect(fragments.length).toBeGreaterThan(50);
    for (const [type, path] of Object.entries(pageTypes(lang))) {
      await page.goto(path);
      if (type === 'tracker') {
        await expect(page.locator('.tracker[data-hydrated="true"]')).toBeVisible();
        await page.getByTestId('load-sample').click();
        await expect(page.getByTestId('client-row').first()).toBeVisible();
      }
      const text = await page.locator('body').innerText();
      const found = fragments.filter((f) => text.includes(f));
      expect(found, `${path} shows English UI text`).toEqual([]);
    }
  });
}
