/**
 * Red-team findings (hostile and careless use of the tracker), each a test
 * that failed before its fix.
 */
import { expect, test, type Page } from '@playwright/test';
import { clientRow, openTracker } from './helpers';

async function loadSample(page: Page) {
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
}

test('a call cannot give a new deadline before the call itself (a mistyped year put the client on the call list at once)', async ({ page }) => {
  await openTracker(page);
  await loadSample(page);
  const row = await clientRow(page, 'Acme Design');
  await expect(row).toHaveAttribute('data-next-step', 'activation/email-admins');
  await row.getByTestId('log-call').click();
  const dialog = page.getByTestId('log-call-dialog');
  await dialog.getByTestId('call-deadline').fill('2025-11-30');
  await dialog.getByTestId('save-call').click();
  // Refused: the dialog stays open, nothing is logged, the client is not on the call list.
  await expect(dialog).toBeVisible();
  expect(await dialog.getByTestId('call-deadline').evaluate((input: HTMLInputElement) => input.validity.rangeUnderflow)).toBe(true);
  await expect(row).toHaveAttribute('data-next-step', 'activation/email-admins');
  await expect(page.locator('.call-toggle', { hasText: '(1)' })).toHaveCount(0);
  // A deadline on or after the call day is logged.
  await dialog.getByTestId('call-deadline').fill('2026-11-30');
  await dialog.getByTestId('save-call').click();
  await expect(dialog).toHaveCount(0);
  await expect(row).toHaveAttribute('data-next-step', 'activation/monitor');
});
