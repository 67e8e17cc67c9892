/**
 * content.md "Facts" on the built pages: vendor notes carry their vendor
 * (the same ones in every locale), optional steps and the team's guidance
 * are labelled, and checked sources appear in small print.
 */
import { expect, test } from '@playwright/test';
import { LOCALES } from './helpers';

test('step pages mark each vendor note with its vendor, the same set in every locale', async ({ request }) => {
  const vendorsOf = async (lang: string) => {
    const html = await (await request.get(`/${lang}/playbooks/activation/call/`)).text();
    return [...html.matchAll(/class="vendor-note"[^>]*data-vendor="([a-z0-9]+)"/g)].map((m) => m[1]).sort();
  };
  const english = await vendorsOf('en');
  expect(english).toEqual(['3dexperience', 'adobe', 'microsoft']);
  for (const lang of LOCALES) expect(await vendorsOf(lang), lang).toEqual(english);
});

test('an optional step says so and a step with team guidance labels it as guidance', async ({ page }) => {
  await page.goto('/fr/playbooks/usage/resources-call/');
  await expect(page.getByTestId('step-optional')).toHaveText('Facultative');
  await page.goto('/en/playbooks/activation/call/');
  const guidance = page.getByTestId('step-guidance');
  await expect(guidance).toContainText('Team guidance');
  await expect(guidance).toContainText('48 hours');
});

test('vendor facts show their source and the date it was checked', async ({ page }) => {
  await page.goto('/en/vendors/');
  const adobe = page.locator('#adobe [data-testid="sources"]');
  await expect(adobe).toContainText('December 2, 2026');
  await expect(adobe.locator('a[href="https://helpx.adobe.com/enterprise/using/storage-limit-cce-cct.html"]')).toHaveCount(1);
  await page.goto('/ja/objections/');
  await expect(page.locator('#file-sharing .vendor-note[data-vendor="adobe"]')).toContainText('1TB');
});
