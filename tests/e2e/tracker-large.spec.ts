/**
 * A large export (60,000 clients, above VIEW_IN_WORKER_FROM in store/view.ts):
 * the list is filtered, searched and sorted by the view worker, not on the
 * page. The same list a small export gives, through the other path: counts,
 * filters that combine, search, sort both ways, the call list, the export.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { bucket, openTracker } from './helpers';

const SIZE = 60_000;
const name = (i: number) => `Client ${String(i).padStart(5, '0')}`;

/** Every third client activated nobody (activation none); every second assigned nothing (deployment none). */
function largeExport(): { name: string; mimeType: string; buffer: Buffer } {
  const header = 'Customer Name,Tenant ID,Admin Name,Admin Email,Language,Licenses Purchased,Licenses Assigned,Activated Users,Active Users (28 days),Start Date';
  // File order is not name order: the list's first rows come from the worker's rank, not the file.
  const lines = Array.from({ length: SIZE }, (_, k) => {
    const i = (k * 7919) % SIZE;
    return `${name(i)},TEN-${i},Admin ${i},it${i}@example.org,en,10,${i % 2 ? 10 : 0},${i % 3 ? 10 : 0},${i % 3 ? 8 : 0},2026-01-01`;
  });
  return { name: 'large.csv', mimeType: 'text/csv', buffer: Buffer.from([header, ...lines].join('\n') + '\n') };
}

const rows = (page: Page) => page.getByTestId('client-row');
const count = (page: Page) => page.getByTestId('list-count');
const firstNames = (page: Page, n = 3) => rows(page).evaluateAll((els, n) => els.slice(0, n).map((e) => e.getAttribute('data-client')), n);

test('60,000 clients: the view worker filters, searches and sorts the list the page shows', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 800 });
  // A busy worker, as on a loaded machine: each view request reaches it 1.5 s late.
  await page.addInitScript(() => {
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
      const send = () => (post as (...args: unknown[]) => void).call(this, message, ...rest);
      if ((message as { type?: string } | null)?.type === 'view') setTimeout(send, 1500);
      else send();
    } as Worker['postMessage'];
  });
  await openTracker(page);
  await page.getByTestId('csv-file').setInputFiles(largeExport());
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', String(SIZE), { timeout: 60_000 });

  // Two dimensions combine: i % 3 === 0 and i % 2 === 0. Clicked before the worker's first answer:
  // the list is "being prepared", never "no client matches" (a false answer a rep could repeat).
  await bucket(page, 'activation.none').click();
  await expect(page.locator('.no-match')).toHaveText('Preparing the client list…');
  await expect(count(page)).toHaveText('Preparing the client list…');
  await expect(count(page)).toHaveAttribute('data-count', String(SIZE / 3));
  await expect.poll(() => firstNames(page)).toEqual([name(0), name(3), name(6)]);
  await bucket(page, 'deployment.none').click();
  await expect(count(page)).toHaveAttribute('data-count', String(SIZE / 6));
  await expect.poll(() => firstNames(page)).toEqual([name(0), name(6), name(12)]);

  // An export clicked right after a filter changed waits for the new rows: never the previous view's.
  await bucket(page, 'deployment.none').click();
  const wider = page.waitForEvent('download');
  await page.getByTestId('export-list').click();
  const widerRows = readFileSync(await (await wider).path(), 'utf8').trim().split(/\r?\n/).length - 1;
  expect(widerRows).toBe(SIZE / 3);
  await bucket(page, 'deployment.none').click();
  await expect(count(page)).toHaveAttribute('data-count', String(SIZE / 6));

  // Search within the filters: "Client 4999x" with x even and a multiple of 3 → 49992, 49998.
  await page.getByTestId('client-search').fill('client 4999');
  await expect(count(page)).toHaveAttribute('data-count', '2');
  await expect.poll(() => firstNames(page)).toEqual([name(49992), name(49998)]);

  // Sorted by name, descending, the filters and search kept.
  await page.getByRole('button', { name: 'Sort by Client' }).click();
  await expect(page.getByRole('columnheader', { name: 'Sort by Client' })).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(() => firstNames(page)).toEqual([name(49998), name(49992)]);

  // The export has the rows the list shows, in its order.
  const download = page.waitForEvent('download');
  await page.getByTestId('export-list').click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  const exported = csv.trim().split(/\r?\n/).slice(1).map((line) => line.split(',')[0]);
  expect(exported).toEqual([name(49998), name(49992)]);

  // Cleared: every client again, last name first.
  await page.getByTestId('client-search').fill('');
  await page.getByTestId('clear-filters').click();
  await expect(count(page)).toHaveAttribute('data-count', String(SIZE));
  await expect.poll(() => firstNames(page, 2)).toEqual([name(SIZE - 1), name(SIZE - 2)]);
});

/**
 * 500,000 clients at ~100 px a row are 50 million pixels of rows: more than Chromium lays out in one
 * element (about 33.5 million). The list's scroll height is capped and its offset scaled, so its last
 * clients can still be reached, by the scrollbar (the box scrolled to its end) and by the keyboard (Ctrl+End).
 */
test('500,000 clients: the end of the list can be reached, by scrolling and by Ctrl+End', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  const size = 500_000;
  const huge = (i: number) => `Client ${String(i).padStart(6, '0')}`;
  const header = 'Customer Name,Tenant ID,Licenses Purchased,Licenses Assigned,Activated Users,Start Date';
  const lines = Array.from({ length: size }, (_, i) => `${huge(i)},T${i},10,10,${i % 3 ? 10 : 0},2026-01-01`);
  const file = testInfo.outputPath('huge.csv');
  writeFileSync(file, [header, ...lines].join('\n') + '\n');
  await page.setViewportSize({ width: 1366, height: 800 });
  await openTracker(page);
  await page.getByTestId('csv-file').setInputFiles(file);
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', String(size), { timeout: 180_000 });
  await expect(rows(page).first()).toHaveAttribute('data-client', huge(0), { timeout: 60_000 });
  const box = page.locator('.table-scroll');
  const shown = () => box.evaluate((el) => {
    const top = el.getBoundingClientRect().top + (el.querySelector('thead')?.getBoundingClientRect().height ?? 0);
    const bottom = el.getBoundingClientRect().bottom;
    return [...el.querySelectorAll<HTMLElement>('[data-testid="client-row"]')]
      .filter((row) => { const r = row.getBoundingClientRect(); return r.top >= top - 1 && r.bottom <= bottom + 1; })
      .map((row) => row.dataset['client']);
  });

  // Midway: the rows around the middle of the list, one after the other.
  await box.evaluate((el) => el.scrollTo({ top: (el.scrollHeight - el.clientHeight) / 2, behavior: 'instant' }));
  await expect.poll(async () => {
    const names = await shown();
    const first = Number(names[0]?.slice(7));
    return names.length >= 3 && Math.abs(first - size / 2) < size / 50 && names.every((n, k) => n === huge(first + k));
  }).toBe(true);

  // The wheel moves the rows by its own distance, as in a short list: 300 px is about three rows,
  // not the twenty a pixel of this capped scrollbar would skip unseen.
  const before = Number((await shown())[0]!.slice(7));
  await box.hover();
  await page.mouse.wheel(0, 300);
  await expect.poll(async () => Number((await shown())[0]!.slice(7))).toBeGreaterThan(before);
  const moved = Number((await shown())[0]!.slice(7)) - before;
  expect(moved).toBeGreaterThanOrEqual(1);
  expect(moved).toBeLessThanOrEqual(5);

  // The scrollbar at its end: the last client, whole, in the box.
  await box.evaluate((el) => el.scrollTo({ top: el.scrollHeight, behavior: 'instant' }));
  await expect.poll(async () => (await shown()).at(-1)).toBe(huge(size - 1));

  // Back at the top, then Ctrl+End from the first row: the last client, focused.
  await box.evaluate((el) => el.scrollTo({ top: 0, behavior: 'instant' }));
  await expect.poll(async () => (await shown())[0]).toBe(huge(0));
  await rows(page).first().locator('th').click();
  await page.keyboard.press('Control+End');
  await expect.poll(async () => (await shown()).at(-1)).toBe(huge(size - 1));
  const last = page.locator(`[data-testid="client-row"][aria-rowindex="${size + 1}"]`);
  await expect(last).toHaveAttribute('data-client', huge(size - 1));
  expect(await last.evaluate((row) => row.contains(document.activeElement))).toBe(true);
});
