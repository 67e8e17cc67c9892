/**
 * Red-team findings (hostile and careless use of the tracker), each a test
 * that failed before its fix.
 */
import { expect, test, type Page } from '@playwright/test';
import { clientRow, fixture, openTracker } from './helpers';

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

test('printed, a long client name (or a 10,000-character one) wraps inside its cell: the sheet stays on the paper (the name column did not wrap)', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 800 });
  await openTracker(page);
  const header = 'Customer Name,Admin Name,Admin Email,Language,Licenses Purchased,Licenses Assigned,Activated Users,Start Date,Admin Phone';
  const long = 'Fundação de Amparo à Pesquisa do Estado de São Paulo Departamento Regional de Tecnologia e Inovação';
  const csv = [header, `"${long}",Ana,ana@example.org,pt,10,0,0,2026-11-01,+55 11 5555 0000`, 'Short Co,Bo,bo@example.org,en,5,0,0,2026-11-01,+1 212-555-0199', `${'X'.repeat(10_000)},Cy,cy@example.org,en,5,0,0,2026-11-01,`].join('\n');
  await page.getByTestId('csv-file').setInputFiles({ name: 'long.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '3');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-list [data-testid="call-sheet-row"]')).toHaveCount(3);
  const sizes = await page.evaluate(() => ({
    page: document.documentElement.clientWidth,
    table: document.querySelector('.print-list table')!.getBoundingClientRect().right,
  }));
  expect(sizes.table).toBeLessThanOrEqual(sizes.page + 1);
  // The column headers still keep their words whole.
  const header1 = page.locator('.print-list thead th').first();
  expect((await header1.boundingBox())!.height).toBeLessThan(40);
});

test('Back after "show in list" gives back the list the rep had, not that list narrowed to the shown clients', async ({ page }) => {
  await openTracker(page);
  await loadSample(page);
  await page.getByTestId('csv-file').setInputFiles(fixture('en-partner-export-later.csv'));
  const changes = page.getByTestId('changes');
  await expect(changes).not.toHaveAttribute('data-activated', '0');
  await page.locator('[data-bucket="usage.low"]').click();
  const lowCount = await page.getByTestId('list-count').getAttribute('data-count');
  await changes.locator('[data-show="activated"]').click();
  const bar = page.getByTestId('filter-bar');
  await expect(bar.locator('[data-chip="keys"]')).toBeVisible();
  const shownCount = await page.getByTestId('list-count').getAttribute('data-count');
  await page.goBack();
  await expect(page).toHaveURL(/\?usage=low$/);
  // The list before "show in list": usage low only, no leftover set of clients.
  await expect(bar.locator('[data-chip="keys"]')).toHaveCount(0);
  await expect(page.getByTestId('list-count')).toHaveAttribute('data-count', lowCount!);
  // Forward shows the set again, as it was.
  await page.goForward();
  await expect(bar.locator('[data-chip="keys"]')).toBeVisible();
  await expect(page.locator('[data-bucket="usage.low"]')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('list-count')).toHaveAttribute('data-count', shownCount!);
});

test('rep details with an http:// booking link do not fold away: every email has that gap, so the details open on it', async ({ page }) => {
  await openTracker(page);
  await loadSample(page);
  await page.locator('[data-bucket="activation.none"]').click();
  await page.getByTestId('compose-list').click();
  await page.getByTestId('composer-rep-name').fill('Camille Martin');
  await page.getByTestId('composer-rep-company').fill('Northwind Partners');
  await page.getByTestId('composer-booking-link').fill('http://example.org/book');
  await page.getByTestId('composer-rep-phone').fill('+33 1 99 00 12 34');
  await page.keyboard.press('Escape');
  await page.getByTestId('compose-list').click();
  // All four are filled, but the link cannot go in an email: the details stay open, on the reason.
  await expect(page.getByTestId('composer-booking-link')).toBeVisible();
  await expect(page.locator('.rep-details')).toContainText('The booking link must start with https://');
  await expect(page.locator('.rep-details summary')).toContainText('The booking link must start with https://');
});

test('a search pasted with a bidi control (U+202E, as a hostile client name carries it) does not turn the printed title around', async ({ page }) => {
  await openTracker(page);
  await loadSample(page);
  await page.getByTestId('client-search').fill('\u202Eno such client');
  await page.emulateMedia({ media: 'print' });
  const title = page.locator('.print-list h2');
  await expect(title).toContainText('(0 clients)');
  // Read as written: the count comes before the date on the line, left to right.
  const order = await title.evaluate((h2) => {
    const text = h2.firstChild!;
    const at = (word: string) => {
      const range = document.createRange();
      const start = text.textContent!.indexOf(word);
      range.setStart(text, start);
      range.setEnd(text, start + word.length);
      return range.getBoundingClientRect().left;
    };
    return at('clients)') < at('November');
  });
  expect(order).toBe(true);
});
