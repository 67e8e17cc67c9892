/**
 * Accessibility (axe-core: no serious or critical violation) on every page
 * type in four locales, and the JavaScript weight of reading pages.
 */
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { LOCALES } from './helpers';
import { pageTypes } from './routes';

const JS_BUDGET = 10 * 1024;

/** Serious or critical axe violations of the page, as readable lines. */
async function seriousViolations(page: import('@playwright/test').Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

async function open(page: import('@playwright/test').Page, type: string, path: string) {
  await page.goto(path);
  if (type === 'tracker') {
    await expect(page.locator('.tracker[data-hydrated="true"]')).toBeVisible();
    await page.getByTestId('load-sample').click();
    await expect(page.getByTestId('import-summary')).toBeVisible();
  }
}

for (const lang of LOCALES) {
  for (const [type, path] of Object.entries(pageTypes(lang))) {
    test(`axe: ${type} in ${lang}`, async ({ page }) => {
      await open(page, type, path);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

// Contrast does not depend on the language: the dark theme is checked once per page type.
for (const [type, path] of Object.entries(pageTypes('en'))) {
  test(`axe: ${type} in the dark theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await open(page, type, path);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

for (const lang of LOCALES) {
  test(`reading pages in ${lang} load at most 10 KB of JavaScript`, async ({ page }) => {
    for (const [type, path] of Object.entries(pageTypes(lang))) {
      if (type === 'tracker') continue; // the tracker is the one page that loads its island
      let bytes = 0;
      const count = async (response: import('@playwright/test').Response) => {
        if (response.request().resourceType() !== 'script') return;
        // Scripts are files now (strict CSP), so a later page may get 304 from the cache: count the file itself.
        const body = response.status() === 304 ? await (await page.request.get(response.url())).body() : await response.body();
        bytes += body.byteLength;
      };
      page.on('response', count);
      await page.goto(path, { waitUntil: 'networkidle' });
      const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].reduce((n, s) => n + (s.textContent ?? '').length, 0));
      page.off('response', count);
      expect(bytes + inline, `${path}: ${bytes} B external + ${inline} B inline`).toBeLessThanOrEqual(JS_BUDGET);
    }
  });
}

// WCAG 1.4.10 reflow: at 320 CSS px nothing but the client table (its own
// scroll area) may need horizontal scrolling. German-length French and
// Portuguese labels and unbroken Japanese are the stress cases.
for (const lang of ['fr', 'pt', 'ja'] as const) {
  test(`every page type reflows at 320 px in ${lang}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 720 });
    for (const [type, path] of Object.entries(pageTypes(lang))) {
      await open(page, type, path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} is ${overflow}px wider than the screen`).toBeLessThanOrEqual(0);
    }
  });
}
