/**
 * Accessibility (axe-core: no serious or critical violation) on every page
 * type in four locales, and the JavaScript weight of reading pages.
 */
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { LOCALES } from './helpers';
import { pageTypes } from './routes';

const JS_BUDGET = 10 * 1024;

for (const lang of LOCALES) {
  for (const [type, path] of Object.entries(pageTypes(lang))) {
    test(`axe: ${type} in ${lang}`, async ({ page }) => {
      await page.goto(path);
      if (type === 'tracker') {
        await expect(page.locator('.tracker[data-hydrated="true"]')).toBeVisible();
        await page.getByTestId('load-sample').click();
        await expect(page.getByTestId('import-summary')).toBeVisible();
      }
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    });
  }
}

for (const lang of LOCALES) {
  test(`reading pages in ${lang} load at most 10 KB of JavaScript`, async ({ page }) => {
    for (const [type, path] of Object.entries(pageTypes(lang))) {
      if (type === 'tracker') continue; // the tracker is the one page that loads its island
      let bytes = 0;
      const count = async (response: import('@playwright/test').Response) => {
        if (response.request().resourceType() === 'script') bytes += (await response.body()).byteLength;
      };
      page.on('response', count);
      await page.goto(path, { waitUntil: 'networkidle' });
      const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].reduce((n, s) => n + (s.textContent ?? '').length, 0));
      page.off('response', count);
      expect(bytes + inline, `${path}: ${bytes} B external + ${inline} B inline`).toBeLessThanOrEqual(JS_BUDGET);
    }
  });
}
