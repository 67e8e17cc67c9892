/**
 * Issue 12 leftovers: what a demo shows and what fits. The sample data has
 * renewal dates, phones, products and vendors; the composer's email is
 * readable at a laptop's 1366×800 and nothing overflows on a 390 px phone;
 * a plain print (Ctrl+P) prints the list; column headers and labels keep
 * their words whole in every language.
 */
import { expect, test, type Page } from '@playwright/test';
import { bucketCount, clientRow, openTracker } from './helpers';

const LAPTOP = { width: 1366, height: 800 };

async function loadSample(page: Page) {
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
}

test('the sample data shows renewals, phones, products and vendors', async ({ page }) => {
  await page.setViewportSize(LAPTOP);
  await openTracker(page);
  await loadSample(page);
  // The file lacks nothing the tracker reads.
  await expect(page.getByTestId('missing-fields')).toHaveAttribute('data-fields', '');
  // A few renewals soon (as of 2026-11-24), the rest a year after the start.
  expect(await bucketCount(page, 'renewal.lapsed')).toBe(1);
  expect(await bucketCount(page, 'renewal.within-45')).toBe(3);
  expect(await bucketCount(page, 'renewal.within-90')).toBe(2);
  expect(await bucketCount(page, 'renewal.later')).toBe(54);
  // The renewal rules give steps in the demo.
  await expect(await clientRow(page, 'Meridian Build')).toHaveAttribute('data-next-step', 'renewal/lapsed-check');
  await expect(await clientRow(page, 'Pioneer Animation')).toHaveAttribute('data-next-step', 'renewal/renewal-call');
  await expect(await clientRow(page, 'Helix Labs II')).toHaveAttribute('data-next-step', 'renewal/pre-renewal-review');
  // Phone numbers from ranges kept for fiction.
  const chooser = page.getByTestId('columns');
  await chooser.locator('summary').click();
  await chooser.getByRole('checkbox', { name: 'Phone' }).check();
  await chooser.locator('summary').click();
  const acme = await clientRow(page, 'Acme Design');
  await expect(acme.locator('[data-cell="phone"]')).toContainText(/555-01\d\d/);
  // The product fills the welcome email, and the vendor's block reaches that vendor's clients only.
  await acme.getByTestId('compose-email').click();
  await page.getByTestId('email-template').selectOption('welcome');
  await expect(page.getByTestId('email-subject')).toContainText('Creative Cloud for teams');
  await expect(page.getByTestId('email-body')).toContainText('Expert Sessions');
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await (await clientRow(page, 'Blue Ridge Architects')).getByTestId('compose-email').click();
  await page.getByTestId('email-template').selectOption('welcome');
  await expect(page.getByTestId('email-subject')).toContainText('Microsoft 365');
  await expect(page.getByTestId('email-body')).not.toContainText('Expert Sessions');
});
