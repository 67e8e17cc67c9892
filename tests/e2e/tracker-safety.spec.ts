/**
 * Nothing the rep records is lost (tracker.md §5): two tabs, a failed save,
 * a reload in the middle of an import, and state files of every bad kind.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bucket, clientRow, loadFile, openTracker } from './helpers';

/** Logs the activation email as sent for one client, through the composer. */
async function logEmail(page: Page, client: string) {
  const row = await clientRow(page, client);
  await row.getByTestId('compose-email').click();
  await page.getByTestId('deadline').fill('2026-11-28');
  await page.getByTestId('log-email-sent').click();
  // A second click would log the same email twice.
  await expect(page.getByTestId('log-email-sent')).toBeDisabled();
  // Focus goes to the panel's Close button, not to the page: Escape still closes the panel.
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Close' })).toBeFocused();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(row).toHaveAttribute('data-next-step', 'activation/monitor');
}

async function loadSample(page: Page) {
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
}

/** Writes a file for setInputFiles in a fresh temporary folder. */
function tempFile(name: string, content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'tracker-')), name);
  writeFileSync(path, content);
  return path;
}

test('two tabs logging at once keep every entry, and each sees the other’s', async ({ context }) => {
  const a = await context.newPage();
  await openTracker(a);
  await loadSample(a);
  const b = await context.newPage();
  await openTracker(b);
  await expect(b.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');

  await logEmail(a, 'Acme Design');
  await logEmail(a, 'Cobalt Media');
  await logEmail(b, 'Delta Print Shop');

  // B refreshes on its own: A's entries show there without a reload.
  await expect(await clientRow(b, 'Acme Design')).toHaveAttribute('data-next-step', 'activation/monitor');
  await a.reload();
  await a.getByTestId('as-of-date').fill('2026-11-24');
  for (const client of ['Acme Design', 'Cobalt Media', 'Delta Print Shop']) {
    await expect(await clientRow(a, client), client).toHaveAttribute('data-next-step', 'activation/monitor');
  }
});

test('a failed save of the import stays on screen until the rep acts, and a reload keeps the previous import', async ({ page }) => {
  await openTracker(page);
  await loadSample(page);
  // From now on the import worker's IndexedDB writes fail as a full disk does.
  const worker = page.workers()[0]!;
  await worker.evaluate(() => {
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await loadFile(page, 'fr-export-semicolon.csv');
  const alert = page.getByRole('alert').filter({ hasText: /could not be saved/ });
  await expect(alert).toBeVisible();
  // The page's own next write (the rep's name) succeeds: the alert stays.
  await page.locator('.settings summary').click();
  await page.getByTestId('rep-name').fill('Camille');
  await expect(alert).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
});

test('a reload as soon as a new import shows keeps either the previous import or the new one', async ({ page }) => {
  await openTracker(page);
  await loadSample(page);
  // A larger file with other headers: its save takes a moment.
  const rows = ['Company;Seats;Assigned;Active;Started'];
  for (let i = 0; i < 60_000; i++) rows.push(`Client ${i};10;${i % 11};${i % 7};2026-09-01`);
  await page.getByTestId('csv-file').setInputFiles(tempFile('big.csv', rows.join('\n')));
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60000');
  await page.reload();
  await expect(page.locator('.tracker[data-hydrated="true"]')).toBeVisible();
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', /^(60|60000)$/);
});

test.describe('state files', () => {
  const KIND = 'adoption-playbook/tracker-state';

  async function withLoggedEmail(page: Page) {
    await openTracker(page);
    await loadSample(page);
    await logEmail(page, 'Acme Design');
  }

  async function expectLogKept(page: Page) {
    await expect(await clientRow(page, 'Acme Design')).toHaveAttribute('data-next-step', 'activation/monitor');
    await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
  }

  test('a file with no state at all is refused and the log is kept', async ({ page }) => {
    await withLoggedEmail(page);
    await page.getByTestId('import-state').setInputFiles(tempFile('state.json', JSON.stringify({ kind: KIND, version: 1 })));
    // Said next to the button the rep used, not a screen away.
    await expect(page.locator('.state [role="alert"]')).toContainText('Nothing was changed');
    await expectLogKept(page);
  });

  test('a version from the far past is refused at once', async ({ page }) => {
    await withLoggedEmail(page);
    await page.getByTestId('import-state').setInputFiles(tempFile('state.json', `{"kind":"${KIND}","version":-1e308,"state":{}}`));
    await expect(page.getByRole('alert')).toContainText('Nothing was changed');
    await expectLogKept(page);
  });

  test('a file from a newer version says so', async ({ page }) => {
    await withLoggedEmail(page);
    await page.getByTestId('import-state').setInputFiles(tempFile('state.json', JSON.stringify({ kind: KIND, version: 99, state: {} })));
    await expect(page.getByRole('alert')).toContainText('newer version');
    await expectLogKept(page);
  });

  test('a file whose data has no client column changes nothing', async ({ page }) => {
    await withLoggedEmail(page);
    const file = {
      kind: KIND,
      version: 1,
      exportedAt: '2026-11-24T10:00:00.000Z',
      state: { settings: { repName: 'Someone else', bookingLink: '', deadlineDays: 7, asOf: null }, mappings: {}, lastHeaderKey: null, log: {} },
      data: { fileName: 'x.csv', headers: ['Seats'], rows: [['3'], ['4']] },
    };
    await page.getByTestId('import-state').setInputFiles(tempFile('state.json', JSON.stringify(file)));
    await expect(page.getByRole('alert')).toContainText('Nothing was changed');
    await expectLogKept(page);
  });

  test('replacing a non-empty log asks first, and cancelling keeps it', async ({ page }) => {
    await withLoggedEmail(page);
    await page.locator('.state summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-state').click()]);
    const exported = JSON.parse(await (await import('node:fs')).promises.readFile((await download.path())!, 'utf8')) as { state: { log: Record<string, unknown[]> } };
    exported.state.log = {};
    await page.getByTestId('import-state').setInputFiles(tempFile('empty-log.json', JSON.stringify(exported)));
    const confirm = page.getByRole('alertdialog');
    await expect(confirm).toContainText('1');
    await confirm.getByRole('button', { name: 'Keep my log' }).click();
    // Said, so the rep knows the click did something.
    await expect(page.locator('.state [role="status"]')).toContainText('Nothing was imported');
    await expectLogKept(page);
    await expect(bucket(page, 'activation.none')).toBeVisible();
  });
});

test('clearing everything asks in the page, not in a browser pop-up, and cancelling keeps it all', async ({ page }) => {
  const popups: string[] = [];
  page.on('dialog', (dialog) => {
    popups.push(dialog.type());
    void dialog.accept();
  });
  await openTracker(page);
  await loadSample(page);
  await page.locator('.state summary').click();
  await page.getByRole('button', { name: 'Clear all tracker data' }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('Delete the import');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
  await page.getByRole('button', { name: 'Clear all tracker data' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByTestId('import-summary')).toHaveCount(0);
  await expect(page.locator('.state [role="status"]')).toContainText('deleted');
  // Focus lands on what happened, not on the page's body.
  await expect(page.locator('.state [role="status"]')).toBeFocused();
  expect(popups).toEqual([]);
});

test('closing the tab while an entry is still being saved asks first; once saved it closes without asking', async ({ page }) => {
  await openTracker(page);
  await loadSample(page);
  // Another holder of the write lock (as a second tab mid-write would be) keeps this tab's write waiting.
  await page.evaluate(() => {
    void navigator.locks.request('adoption-playbook-tracker:write', () => new Promise<void>((resolve) => ((window as unknown as { releaseLock: () => void }).releaseLock = resolve)));
  });
  const row = await clientRow(page, 'Acme Design');
  await row.getByTestId('compose-email').click();
  await page.getByTestId('deadline').fill('2026-11-28');
  await page.getByTestId('log-email-sent').click();
  await expect(page.getByTestId('log-email-sent')).toBeDisabled();

  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toEqual(['beforeunload']);
  expect(page.isClosed()).toBe(false);

  // The write goes through once the lock is free; then the tab closes at once.
  await page.evaluate(() => (window as unknown as { releaseLock: () => void }).releaseLock());
  await expect.poll(() => page.evaluate(() => document.querySelector('[data-saving-log]')?.getAttribute('data-saving-log'))).toBe('false');
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(asked).toEqual(['beforeunload']);
});
