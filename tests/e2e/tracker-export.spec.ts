/**
 * The list export: the rows shown, in the order shown, as a CSV built off
 * the page's thread (the bulk worker), formula-safe, with the separator of
 * the page's spreadsheet locale.
 */
import { expect, test, type Download, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { bucket, loadFile, openTracker } from './helpers';

async function exported(page: Page): Promise<{ bytes: Buffer; rows: string[][] }> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-list').click()]);
  const bytes = readFileSync(await download.path());
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const delimiter = text.split('\r\n')[0]!.includes(';') ? ';' : ',';
  return { bytes, rows: Papa.parse<string[]>(text, { delimiter, newline: '\r\n' }).data };
}

/** Names of the rows on screen, top to bottom (the whole list when it fits the window). */
const shownNames = (page: Page) => page.getByTestId('client-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-client') ?? ''));

test('the list as shown: filter and sort applied, one column per dimension, localized', async ({ page }) => {
  await openTracker(page);
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
  // A bucket small enough for all its rows to be rendered at once (the list is virtualized).
  const counts = await page.locator('[data-bucket]').evaluateAll((buttons) => buttons.map((b) => [b.getAttribute('data-bucket')!, Number(b.getAttribute('data-count'))] as const));
  const [id, count] = counts.find(([, n]) => n > 2 && n < 15)!;
  await bucket(page, id).click();
  await expect(page.getByTestId('client-row')).toHaveCount(count);
  // Sorted by next step, descending: not the name order.
  const sort = page.getByRole('button', { name: 'Sort by Next step' });
  await sort.click();
  await sort.click();
  const names = await shownNames(page);

  // Every label on the tracker is a word, never a dictionary key the page was not given (the export button once read 'list.export').
  const keys = await page.locator('.tracker').evaluate((root) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      if (/^[a-z]+(\.[a-zA-Z]+)+$/.test(text)) found.push(text);
    }
    return found;
  });
  expect(keys).toEqual([]);
  await expect(page.getByTestId('export-list')).toHaveText('Export the list (CSV)');

  const { bytes, rows } = await exported(page);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...body] = rows;
  expect(header).toEqual(['Client', 'Client ID', 'Admin name', 'Admin email', 'Admin phone', 'Activation', 'Deployment', 'Usage', 'Lifecycle stage', 'Renewal', 'Next step', 'Last outreach', 'Deadline given']);
  expect(body.map((row) => row[0])).toEqual(names);
  // Every exported client is in the filtered bucket, written as the page writes it.
  const label = (await bucket(page, id).locator('span').first().textContent())!;
  const column = 5 + ['activation', 'deployment', 'usage', 'stage', 'renewal'].indexOf(id.split('.')[0]!);
  for (const row of body) expect(row[column]).toBe(label);
});

test('a French page writes ; for its spreadsheet', async ({ page }) => {
  await openTracker(page, 'fr');
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
  const { bytes, rows } = await exported(page);
  expect(bytes.toString('utf8').split('\r\n')[0]!.split(';')).toHaveLength(13);
  expect(rows).toHaveLength(61);
  expect(rows[0]![0]).toBe('Nom du client');
});

test('a cell that starts like a formula is neutralized', async ({ page }) => {
  await openTracker(page);
  await loadFile(page, 'en-hostile.csv');
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '3');
  const { bytes, rows } = await exported(page);
  const names = rows.slice(1).map((row) => row[0]);
  expect(names).toContain('\'=HYPERLINK("http://evil.example","x")');
  expect(names).toContain("'+Plus Corp");
  expect(bytes.toString('utf8')).not.toMatch(/(^|[,\r\n])"?[=+@-]/);
});

test('a bulk email to thousands: counted and written in the bulk worker, and the file has every client', async ({ page }) => {
  const ROWS = 2_600;
  const languages = ['en', 'fr-FR', 'pt-BR', 'ja'];
  const lines = ['Customer Name,Admin Name,Admin Email,Language,Licenses Purchased,Licenses Assigned,Activated Users'];
  for (let i = 0; i < ROWS; i++) lines.push(`Client ${i},Admin ${i},admin${i}@example.org,${languages[i % 4]},10,0,0`);
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const path = join(mkdtempSync(join(tmpdir(), 'bulk-')), 'many.csv');
  writeFileSync(path, lines.join('\n'));
  await openTracker(page);
  await page.getByTestId('csv-file').setInputFiles(path);
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', String(ROWS));
  await page.getByTestId('compose-list').click();
  // Above 2,000 recipients the counts come from the worker; the actions wait for them.
  const summary = page.getByTestId('language-summary');
  await expect(summary).toHaveAttribute('data-languages', /:/, { timeout: 60_000 });
  const counted = (await summary.getAttribute('data-languages'))!.split(',').map((part) => Number(part.split(':')[1]));
  expect(counted.reduce((a, b) => a + b, 0)).toBe(ROWS);
  await expect(page.getByTestId('gap-summary')).toHaveAttribute('data-emails', String(ROWS));
  await page.getByTestId('export-merge-csv').click();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('send-anyway').click()]);
  const text = readFileSync(await download.path()).toString('utf8').replace(/^\uFEFF/, '');
  const rows = Papa.parse<Record<string, string>>(text, { header: true, newline: '\r\n' }).data;
  expect(rows).toHaveLength(ROWS);
  expect(new Set(rows.map((row) => row['client'])).size).toBe(ROWS);
  expect(rows.find((row) => row['client'] === 'Client 3')?.['language']).toBe('ja');
});

// The export's category columns hold words ("Not activated") under headers that
// name figures ("Activation"): imported again, they were silently read as
// licence counts and renewal dates, and every client showed as "unknown".
for (const lang of ['en', 'fr', 'pt'] as const) {
  test(`a list export imported again asks about its word columns instead of showing every client as unknown (${lang})`, async ({ page }) => {
    await openTracker(page, lang);
    await page.getByTestId('load-sample').click();
    await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-list').click()]);
    const path = await download.path();
    await page.getByTestId('csv-file').setInputFiles(path);
    // The mapping form opens; nothing was replaced.
    await expect(page.getByTestId('apply-mapping')).toBeVisible();
    await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
    const alert = page.getByTestId('tracker-alert');
    if (lang === 'pt') {
      // Portuguese headers match no figure at all: the form says so (the honest behaviour the others now share).
      await expect(page.getByTestId('no-metric')).toBeVisible();
    } else {
      await expect(alert).toContainText(lang === 'en' ? /^Most cells of the columns? .*“Activation”/ : /^La plupart des cellules des? colonnes? .*«\u00a0État d’activation\u00a0»/);
    }
  });
}
