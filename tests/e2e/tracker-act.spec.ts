/**
 * From the list to the action (issue 12 items 1b, 4, 5, 10): log a call with
 * a new deadline, a bulk composer that shows what it sends and asks before
 * sending gaps, a calendar reminder, and the call sheet for printing.
 * At a laptop's 1366×800 and a phone's 390×844.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { bucket, clientRow, openTracker } from './helpers';

const VIEWPORTS = [
  { name: 'laptop', viewport: { width: 1366, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

async function loadSample(page: Page) {
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
}

/** Logs Acme's activation email with a deadline, then moves the as-of date past it (pinned: it outlives a reload). */
async function acmeOverdue(page: Page) {
  const acme = await clientRow(page, 'Acme Design');
  await acme.getByTestId('compose-email').click();
  await page.getByTestId('deadline').fill('2026-11-28');
  await page.getByTestId('log-email-sent').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await page.getByTestId('as-of-date').fill('2026-12-01');
  await page.getByTestId('pin-as-of').check();
  await expect(acme).toHaveAttribute('data-next-step', 'activation/call');
  await expect(page.getByTestId('changes')).toHaveAttribute('data-overdue', '1');
  return acme;
}

for (const { name, viewport } of VIEWPORTS) {
  test.describe(name, () => {
    test.use({ viewport });

    test('a call with a new deadline takes the client off the call list, and survives a reload', async ({ page }) => {
      await openTracker(page);
      await loadSample(page);
      const acme = await acmeOverdue(page);
      await acme.getByTestId('log-call').click();
      const dialog = page.getByTestId('log-call-dialog');
      await expect(dialog).toBeVisible();
      await dialog.getByTestId('call-outcome').selectOption('reached');
      await dialog.getByTestId('call-deadline').fill('2026-12-08');
      await dialog.getByTestId('save-call').click();
      await expect(dialog).toHaveCount(0);
      await expect(acme).toHaveAttribute('data-next-step', 'activation/monitor');
      await expect(page.getByTestId('changes')).toHaveAttribute('data-overdue', '0');
      await expect(acme).toContainText('new deadline');
      await page.reload();
      await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
      const again = await clientRow(page, 'Acme Design');
      await expect(again).toHaveAttribute('data-next-step', 'activation/monitor');
      await expect(page.getByTestId('changes')).toHaveAttribute('data-overdue', '0');
    });
  });
}
