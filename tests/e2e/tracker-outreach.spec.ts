/**
 * The outreach loop: email the clients at 0 % activation with a deadline,
 * see them move to monitoring, pass the deadline and get the call list,
 * reload, load a later export, and carry the whole state to a new browser.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { bucket, clientRow, fixture, loadFile, openTracker } from './helpers';

test('email, monitor, call list, reload, later export, state export and import', async ({ page, browser }) => {
  await openTracker(page);
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
  await bucket(page, 'activation.none').click();

  const acme = await clientRow(page, 'Acme Design');
  await expect(acme).toHaveAttribute('data-next-step', 'activation/email-admins');
  await acme.getByTestId('compose-email').click();
  await expect(page.getByTestId('email-template')).toHaveValue('activation-request');
  // Acme's admin prefers pt-BR: the email is written in Portuguese, with its own link.
  await expect(page.locator('.email-preview')).toHaveAttribute('lang', 'pt');
  await expect(page.getByTestId('email-subject')).not.toContainText('undefined');
  await expect(page.getByTestId('email-body')).toContainText('https://example.org/activate/5000');
  await expect(page.getByTestId('email-body')).not.toContainText('undefined');
  await page.getByTestId('deadline').fill('2026-11-28');
  await page.getByTestId('log-email-sent').click();
  await page.getByRole('button', { name: 'Close' }).click();

  await expect(acme).toHaveAttribute('data-next-step', 'activation/monitor');
  await expect(page.getByTestId('changes')).toHaveAttribute('data-overdue', '0');

  // Past the deadline without activation: the call list. The date is pinned so that it outlives the reload.
  await page.getByTestId('as-of-date').fill('2026-12-01');
  await page.getByTestId('pin-as-of').check();
  await expect(acme).toHaveAttribute('data-next-step', 'activation/call');
  await expect(page.getByTestId('changes')).toHaveAttribute('data-overdue', '1');

  // Everything survives a reload.
  await page.reload();
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
  await expect(page.getByTestId('changes')).toHaveAttribute('data-overdue', '1');
  await expect(await clientRow(page, 'Acme Design')).toHaveAttribute('data-next-step', 'activation/call');

  // A later export: three clients activated since.
  await loadFile(page, 'en-partner-export-later.csv');
  await expect(page.getByTestId('changes')).toHaveAttribute('data-activated', '3');
  await expect(page.getByTestId('changes')).toHaveAttribute('data-overdue', '0');

  // Export the whole state, import it in a fresh browser profile.
  await page.locator('.state summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-state').click()]);
  const path = await download.path();
  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto('/en/tracker/');
  await expect(fresh.locator('.tracker[data-hydrated="true"]')).toBeVisible();
  await expect(fresh.getByTestId('import-summary')).toHaveCount(0);
  await fresh.getByTestId('import-state').setInputFiles(path);
  await expect(fresh.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
  await expect(fresh.getByTestId('as-of-date')).toHaveValue('2026-12-01');
  const acmeThere = await clientRow(fresh, 'Acme Design');
  await expect(acmeThere).toContainText('Email sent');
  await context.close();
});

test('a bad state file changes nothing', async ({ page }) => {
  await openTracker(page);
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
  await page.getByTestId('import-state').setInputFiles(fixture('no-client.csv'));
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
});

test('bulk emails for a bucket: a mail-merge CSV, formula-safe, in each client’s language', async ({ page }) => {
  await openTracker(page);
  await loadFile(page, 'en-hostile.csv');
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '3');
  await bucket(page, 'activation.none').click();
  await page.getByTestId('compose-list').click();
  // The rep's details are empty: the emails have gaps, and the download asks first (issue 12 item 5).
  await page.getByTestId('export-merge-csv').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('alertdialog').getByRole('button', { name: 'Continue anyway' }).click()]);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  // Three clients plus the header; every dangerous first character neutralized.
  expect(text).toContain(`"'=HYPERLINK(`);
  expect(text).toContain("'+Plus Corp");
  // An invalid address is not written at all (issue 9: only validated addresses), and the row is flagged.
  expect(text).not.toContain('@evil.example');
  expect(text).toContain(',no valid address in the export: fill it in,');
  expect(text).not.toMatch(/(^|[,\r\n])"?[=+@]/);
  expect(text).not.toContain('javascript:');
  expect(text).not.toContain('undefined');
});

test('keyboard only: filter by a bucket, open the composer, Tab stays inside, Escape returns to the row', async ({ page }) => {
  await openTracker(page);
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
  await bucket(page, 'activation.none').focus();
  await page.keyboard.press('Enter');
  await expect(bucket(page, 'activation.none')).toHaveAttribute('aria-pressed', 'true');
  const compose = page.getByTestId('client-row').first().getByTestId('compose-email');
  await compose.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator(':focus')).toHaveCount(1);
  // Forty presses of Tab and Shift+Tab never leave the panel.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
    const inside = await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'));
    expect(inside, `focus left the panel after key ${i + 1}: ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))}`).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(compose).toBeFocused();
});

test('“fill it in for a client” on a template page opens the composer with that template', async ({ page }) => {
  await page.goto('/en/templates/welcome/');
  await page.getByTestId('fill-template').click();
  await expect(page).toHaveURL(/\/en\/tracker\/\?template=welcome$/);
  await expect(page.locator('.tracker[data-hydrated="true"]')).toBeVisible();
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
  await (await clientRow(page, 'Acme Design')).getByTestId('compose-email').click();
  await expect(page.getByTestId('email-template')).toHaveValue('welcome');
});

test('a vendor block is filled for the vendor the file names, before any guess from the product', async ({ page }) => {
  await openTracker(page);
  await loadFile(page, 'en-vendor-column.csv');
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '3');
  // Adobe's Expert Sessions are in the welcome email's Adobe block only.
  const expected = { 'Alder Studio': true, 'Birch Works': false, 'Cedar Labs': true };
  for (const [client, adobe] of Object.entries(expected)) {
    await (await clientRow(page, client)).getByTestId('compose-email').click();
    await page.getByTestId('email-template').selectOption('welcome');
    const body = page.getByTestId('email-body');
    await expect(body).toContainText(client);
    if (adobe) await expect(body, client).toContainText('Expert Sessions');
    else await expect(body, client).not.toContainText('Expert Sessions');
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  }
});
