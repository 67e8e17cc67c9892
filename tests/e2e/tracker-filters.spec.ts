/**
 * From the buckets to the list (issue 12 items 1, 2, 6, 8c, 9): filters that
 * combine, the call list, a sticky filter bar that says what is filtered, a
 * changes panel of counts that fills the list, the view kept in the URL, and
 * focus on the summary after the sample loads.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { AS_OF, bucket, openTracker, publicText } from './helpers';

/** Independent oracle for the shipped sample: a simple split (it has no quoted cells). */
function sampleRows() {
  return publicText('samples/partner-export.csv').trim().split('\n').slice(1).map((l) => l.split(','));
}

const rows = (page: Page) => page.locator('[data-testid="client-row"]');
const listed = async (page: Page) => (await rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-client')))).sort();
const listCount = (page: Page) => page.getByTestId('list-count');

/**
 * Every client of the (virtualized) list, read by bringing its last drawn row into view until the row
 * numbered with the count is drawn: what a rep scrolling through the list would see, cards or table rows.
 */
async function allListed(page: Page): Promise<string[]> {
  const count = Number(await listCount(page).getAttribute('data-count'));
  const seen = new Set<string>();
  for (let round = 0; round < count + 2; round++) {
    const drawn = await rows(page).evaluateAll((els) => els.map((e) => [e.getAttribute('data-client'), e.getAttribute('aria-rowindex')] as const));
    for (const [name] of drawn) seen.add(name!);
    if (drawn.length === 0) break;
    const last = drawn[drawn.length - 1]!;
    // The table counts its header row in aria-rowindex; the cards do not.
    if (seen.size >= count || Number(last[1]) >= count + (page.viewportSize()!.width >= 700 ? 1 : 0)) break;
    await rows(page).last().scrollIntoViewIfNeeded();
  }
  return [...seen].sort();
}

/** Scrolls to the end of the page and of the table's own box (laptop), as a rep reading down the list. */
async function scrollToListEnd(page: Page) {
  await page.evaluate(() => {
    document.querySelector('.table-scroll')?.scrollTo({ top: 1e6, behavior: 'instant' });
    window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
  });
}

/** The first drawn row is on screen and not under the sticky filter bar. */
async function expectFirstRowUncovered(page: Page) {
  await expect(rows(page).first()).toBeInViewport();
  await expect.poll(async () => {
    const [bar, row] = await Promise.all([page.getByTestId('filter-bar').boundingBox(), rows(page).first().boundingBox()]);
    return row!.y - (bar!.y + bar!.height);
  }).toBeGreaterThanOrEqual(-1);
}

async function loadSample(page: Page) {
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
}

/** Logs an activation email with a deadline for a client, through its composer. */
async function logActivationEmail(page: Page, client: string, deadline: string) {
  await page.getByTestId('client-search').fill(client);
  const row = page.locator(`[data-testid="client-row"][data-client="${client}"]`);
  await row.getByTestId('compose-email').click();
  await page.getByTestId('email-template').selectOption('activation-request');
  await page.getByTestId('deadline').fill(deadline);
  await page.getByTestId('log-email-sent').click();
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByTestId('client-search').fill('');
}

for (const viewport of [{ width: 1366, height: 800 }, { width: 390, height: 844 }]) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('filters of two dimensions combine (AND), a bucket of the same dimension replaces, chips remove them', async ({ page }) => {
      await openTracker(page);
      await loadSample(page);
      const file = sampleRows();
      // activation none = 0 activated users; deployment full = assigned equals purchased (tracker.md §3).
      const both = file.filter((r) => r[7] === '0' && Number(r[6]) === Number(r[5]) && Number(r[5]) > 0).map((r) => r[0]!).sort();
      const none = file.filter((r) => r[7] === '0').length;
      expect(both.length).toBeGreaterThan(0);

      await bucket(page, 'activation.none').click();
      await expect(listCount(page)).toHaveAttribute('data-count', String(none));
      // The list is brought into view: its first row is on screen.
      await expect(rows(page).first()).toBeInViewport();
      await bucket(page, 'deployment.full').click();
      await expect(bucket(page, 'activation.none')).toHaveAttribute('aria-pressed', 'true');
      await expect(bucket(page, 'deployment.full')).toHaveAttribute('aria-pressed', 'true');
      await expect(listCount(page)).toHaveAttribute('data-count', String(both.length));
      // The rows (table rows or phone cards) are exactly those clients, the first on screen below the bar.
      await expectFirstRowUncovered(page);
      await expect.poll(() => allListed(page)).toEqual(both);
      // The live region says the count.
      await expect(listCount(page)).toHaveAttribute('role', 'status');
      await expect(listCount(page)).toContainText(String(both.length));

      // Each filter is a chip with a named remove button.
      const bar = page.getByTestId('filter-bar');
      await expect(bar.locator('[data-chip]')).toHaveCount(2);
      await expect(bar.getByRole('button', { name: /^Remove filter Deployment: / })).toBeVisible();

      // Another bucket of the same dimension replaces the first.
      await bucket(page, 'activation.partial').click();
      await expect(bucket(page, 'activation.none')).toHaveAttribute('aria-pressed', 'false');
      await expect(bucket(page, 'activation.partial')).toHaveAttribute('aria-pressed', 'true');
      await expect(bar.locator('[data-chip]')).toHaveCount(2);

      // Removing one chip leaves the other; "Clear filters" clears every filter.
      await bar.getByRole('button', { name: /^Remove filter Activation: / }).click();
      await expect(bucket(page, 'activation.partial')).toHaveAttribute('aria-pressed', 'false');
      await expect(bucket(page, 'deployment.full')).toHaveAttribute('aria-pressed', 'true');
      await bucket(page, 'deployment.full').click();
      await expect(bucket(page, 'deployment.full')).toHaveAttribute('aria-pressed', 'false');
      await bucket(page, 'usage.low').click();
      await expect(bar.getByTestId('clear-filters')).toHaveText('Clear filters');
      await bar.getByTestId('clear-filters').click();
      await expect(bar.locator('[data-chip]')).toHaveCount(0);
      await expect(listCount(page)).toHaveAttribute('data-count', '60');
      // Filtering never touches the visit's as-of date (once seen back at today on a phone).
      await expect(page.getByTestId('as-of-date')).toHaveValue(AS_OF);
    });

    test('a bucket clicked while the list is still being drawn brings the list into view once it is', async ({ page }) => {
      // On a loaded machine the list (a deferred render) lands after a fast rep's first click: the click
      // happens here in the same task that puts the buckets on the page, before the list exists.
      await page.addInitScript(() => {
        const observer = new MutationObserver(() => {
          const none = document.querySelector<HTMLButtonElement>('[data-bucket="activation.none"]:not([disabled])');
          if (!none) return;
          observer.disconnect();
          (window as unknown as { listBeforeClick: boolean }).listBeforeClick = document.getElementById('client-list') !== null;
          none.click();
        });
        observer.observe(document, { childList: true, subtree: true });
      });
      await openTracker(page);
      await loadSample(page);
      await expect(bucket(page, 'activation.none')).toHaveAttribute('aria-pressed', 'true');
      expect(await page.evaluate(() => (window as unknown as { listBeforeClick: boolean }).listBeforeClick)).toBe(false);
      await expect(listCount(page)).toHaveAttribute('data-count', String(sampleRows().filter((r) => r[7] === '0').length));
      await expect(rows(page).first()).toBeInViewport();
      await expectFirstRowUncovered(page);
    });

    test('a list that shrinks while the page is scrolled down it shows its first rows under the bar', async ({ page }) => {
      await openTracker(page);
      await loadSample(page);
      const file = sampleRows();
      await bucket(page, 'activation.none').click();
      await expect(listCount(page)).toHaveAttribute('data-count', String(file.filter((r) => r[7] === '0').length));
      await expect(rows(page).first()).toBeInViewport();
      // Far down the list (the page on a phone, the table's box on a laptop), then a search from the
      // sticky bar leaves two or three clients.
      await scrollToListEnd(page);
      await expect(rows(page).first()).not.toBeInViewport();
      const acme = file.filter((r) => r[7] === '0' && r[0]!.includes('Acme')).map((r) => r[0]!).sort();
      expect(acme.length).toBeGreaterThan(0);
      await page.getByTestId('client-search').fill('Acme');
      await expect(listCount(page)).toHaveAttribute('data-count', String(acme.length));
      await expectFirstRowUncovered(page);
      await expect.poll(() => listed(page)).toEqual(acme);
      // The same from a chip: the list grows back to 60 after the rep scrolled down the shorter list.
      await page.getByTestId('client-search').fill('');
      await scrollToListEnd(page);
      await page.getByTestId('filter-bar').getByRole('button', { name: /^Remove filter Activation: / }).click();
      await expect(listCount(page)).toHaveAttribute('data-count', '60');
      await scrollToListEnd(page);
      await page.getByTestId('client-search').fill('Quartz');
      await expectFirstRowUncovered(page);
    });

    test('the filter bar stays at the top while the page scrolls, on the page background', async ({ page }) => {
      await openTracker(page);
      await loadSample(page);
      await bucket(page, 'activation.none').click();
      const bar = page.getByTestId('filter-bar');
      await expect(rows(page).first()).toBeInViewport();
      const top = await page.evaluate(() => document.querySelector('.clients')!.getBoundingClientRect().top + window.scrollY);
      await page.evaluate((y) => window.scrollTo({ top: y + 300, behavior: 'instant' }), top);
      // Right under the site's sticky header, not hidden behind it; at the very top on a phone, where the
      // site header scrolls away with the page (the sticky part stays small there).
      const headerBottom = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
      if (viewport.width < 700) expect(headerBottom).toBeLessThanOrEqual(0);
      const stickTop = Math.max(0, headerBottom);
      const box = await bar.boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(stickTop - 1);
      expect(box!.y).toBeLessThan(stickTop + 20);
      const background = await bar.evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(background).not.toBe('rgba(0, 0, 0, 0)');
    });
  });
}

test.describe('dark scheme', () => {
  test.use({ colorScheme: 'dark' });
  test('the sticky bar is drawn on the dark page background, its chips readable', async ({ page }) => {
    await openTracker(page);
    await loadSample(page);
    await bucket(page, 'activation.none').click();
    const bar = page.getByTestId('filter-bar');
    const [barColor, pageColor] = await Promise.all([
      bar.evaluate((el) => getComputedStyle(el).backgroundColor),
      page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
    ]);
    expect(barColor).toBe(pageColor);
    // The page is dark (the scheme applied), so the bar is not a white band.
    const [r, g, b] = pageColor.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(200);
    const chipText = await bar.locator('[data-chip]').first().evaluate((el) => getComputedStyle(el).color);
    const [cr, cg, cb] = chipText.match(/\d+/g)!.map(Number);
    expect(cr! + cg! + cb!).toBeGreaterThan(500);
    // Chips, remove buttons and the count pass axe (contrast included) in the dark scheme.
    const results = await new AxeBuilder({ page }).include('[data-testid="filter-bar"]').analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
});

test('the call list: clients past the deadline, from the changes panel and the bar, combined with a bucket', async ({ page }) => {
  await openTracker(page);
  await loadSample(page);
  await expect(page.getByTestId('filter-bar').locator('[data-filter="overdue"]')).toHaveCount(0);
  // Acme Design: 10 of 10 licences assigned (deployment full); Blue Ridge: 3 of 50.
  await logActivationEmail(page, 'Acme Design', '2026-11-28');
  await logActivationEmail(page, 'Blue Ridge Architects', '2026-11-28');
  await page.getByTestId('as-of-date').fill('2026-12-01');
  const changes = page.getByTestId('changes');
  await expect(changes).toHaveAttribute('data-overdue', '2');

  // From the panel: exactly the two clients.
  await changes.locator('[data-filter="overdue"]').click();
  await expect(changes.locator('[data-filter="overdue"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(listCount(page)).toHaveAttribute('data-count', '2');
  await expect.poll(() => listed(page)).toEqual(['Acme Design', 'Blue Ridge Architects']);
  await expect(rows(page).first()).toBeInViewport();
  const bar = page.getByTestId('filter-bar');
  const toggle = bar.locator('[data-filter="overdue"]');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(bar.locator('[data-chip="overdue"]')).toBeVisible();

  // Combined with a bucket: AND.
  await bucket(page, 'deployment.full').click();
  await expect(listCount(page)).toHaveAttribute('data-count', '1');
  await expect.poll(() => listed(page)).toEqual(['Acme Design']);

  // The bar's toggle turns the call list off; the bucket stays.
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(bucket(page, 'deployment.full')).toHaveAttribute('aria-pressed', 'true');
  await expect(listCount(page)).not.toHaveAttribute('data-count', '1');
  await toggle.click();
  await expect(listCount(page)).toHaveAttribute('data-count', '1');

  // The panel's button combines with the bucket the same way (AND): it does not clear it.
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await changes.locator('[data-filter="overdue"]').click();
  await expect(changes.locator('[data-filter="overdue"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(bucket(page, 'deployment.full')).toHaveAttribute('aria-pressed', 'true');
  await expect(listCount(page)).toHaveAttribute('data-count', '1');
  await expect.poll(() => listed(page)).toEqual(['Acme Design']);
  await expect(bar.locator('[data-chip]')).toHaveCount(2);
  // And turning it off there leaves the bucket too.
  await changes.locator('[data-filter="overdue"]').click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(bucket(page, 'deployment.full')).toHaveAttribute('aria-pressed', 'true');
});

/** A partner export of n clients, all with `activated` users (the sample's columns). */
function bigExport(n: number, activated: number): { name: string; mimeType: string; buffer: Buffer } {
  const header = 'Customer Name,Tenant ID,Admin Name,Admin Email,Language,Licenses Purchased,Licenses Assigned,Activated Users,Active Users (28 days),Start Date,Activation Link';
  const lines = Array.from({ length: n }, (_, i) =>
    `Client ${String(i).padStart(3, '0')},TEN-${9000 + i},Admin ${i},it${i}@example.org,en,10,10,${activated},1,2026-10-01,https://example.org/activate/${9000 + i}`,
  );
  return { name: `big-${activated}.csv`, mimeType: 'text/csv', buffer: Buffer.from([header, ...lines].join('\n') + '\n') };
}

for (const viewport of [{ width: 1366, height: 800 }, { width: 390, height: 844 }]) {
  test(`${viewport.width}px: 250 activations since the previous import: a count, a few names, and "show in list" lists exactly them`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openTracker(page);
    await page.getByTestId('csv-file').setInputFiles(bigExport(260, 0));
    await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '260');
    // A week later: 250 of them activated (the 10 last did not).
    const later = bigExport(260, 10);
    const text = later.buffer.toString('utf8').split('\n');
    for (let i = 251; i <= 260; i++) text[i] = text[i]!.replace(',10,10,10,', ',10,10,0,');
    await page.getByTestId('csv-file').setInputFiles({ ...later, name: 'later.csv', buffer: Buffer.from(text.join('\n')) });
    const changes = page.getByTestId('changes');
    await expect(changes).toHaveAttribute('data-activated', '250');
    const height = (await changes.boundingBox())!.height;
    expect(height).toBeLessThan(400);
    await expect(changes.locator('.chips li')).toHaveCount(20);

    // "Show all" expands the names, in a box that stays short.
    await changes.getByRole('button', { name: /Show all 250/ }).click();
    await expect(changes.locator('.chips li')).toHaveCount(250);
    expect((await changes.boundingBox())!.height).toBeLessThan(600);

    await changes.locator('[data-show="activated"]').click();
    await expect(listCount(page)).toHaveAttribute('data-count', '250');
    await expect(page.getByTestId('filter-bar').locator('[data-chip="keys"]')).toBeVisible();
    // The call sheet prints that list, not the whole file.
    await page.evaluate(() => { window.print = () => undefined; });
    await page.getByTestId('print-call-sheet').click();
    await expect(page.getByTestId('call-sheet-row')).toHaveCount(250);
    await expect(page.getByTestId('call-sheet').getByRole('heading', { level: 2 })).toContainText('Activated since the previous import (250)');
    await page.getByTestId('call-sheet').getByRole('button', { name: 'Close' }).click();
    // The ten that did not activate are not listed; one that did is.
    await page.getByTestId('client-search').fill('Client 255');
    await expect(rows(page)).toHaveCount(0);
    await page.getByTestId('client-search').fill('Client 007');
    await expect(rows(page)).toHaveCount(1);
  });
}

test('the view is in the URL: filters and sort survive a reload and open in a new page; no search text or client name in it', async ({ page, context }) => {
  await openTracker(page);
  await page.getByTestId('pin-as-of').check();
  await loadSample(page);
  await bucket(page, 'activation.none').click();
  await bucket(page, 'usage.low').click();
  await page.getByRole('button', { name: 'Sort by Stage' }).click();
  await expect(page).toHaveURL(/[?&]activation=none(&|$)/);
  await expect(page).toHaveURL(/[?&]usage=low(&|$)/);
  await expect(page).toHaveURL(/[?&]sort=stage(&|$)/);
  const order = await rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-client')));
  expect(order.length).toBeGreaterThan(0);

  await page.getByTestId('client-search').fill('Acme');
  const url = decodeURIComponent(page.url()).toLowerCase();
  expect(url).not.toContain('acme');
  for (const row of sampleRows()) {
    expect(url).not.toContain(row[0]!.toLowerCase());
    expect(url).not.toContain(row[1]!.toLowerCase());
  }
  await page.getByTestId('client-search').fill('');

  await page.reload();
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
  await expect(bucket(page, 'activation.none')).toHaveAttribute('aria-pressed', 'true');
  await expect(bucket(page, 'usage.low')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('columnheader', { name: 'Sort by Stage' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows(page).first()).toHaveAttribute('data-client', order[0]!);
  expect(await rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-client')))).toEqual(order);

  // The same URL in another page of the browser applies the view to the stored import.
  const shared = await context.newPage();
  await shared.goto(page.url());
  await expect(shared.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
  await expect(bucket(shared, 'activation.none')).toHaveAttribute('aria-pressed', 'true');
  await expect(bucket(shared, 'usage.low')).toHaveAttribute('aria-pressed', 'true');
  expect(await shared.locator('[data-testid="client-row"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-client')))).toEqual(order);

  // Clearing the filters clears them from the URL too.
  await page.getByTestId('clear-filters').click();
  await expect(page).not.toHaveURL(/activation=|usage=/);
});

test('Back undoes a filter and Forward redoes it, on the tracker page; a sort is no history step', async ({ page }) => {
  await openTracker(page);
  await loadSample(page);
  const none = sampleRows().filter((r) => r[7] === '0').length;
  const tracker = new URL(page.url()).pathname;
  await bucket(page, 'activation.none').click();
  await expect(page).toHaveURL(/[?&]activation=none(&|$)/);
  await bucket(page, 'usage.low').click();
  await expect(page).toHaveURL(/[?&]usage=low(&|$)/);
  // Two sorts (one column, then its reverse): Back must not walk through them.
  await page.getByRole('button', { name: 'Sort by Stage' }).click();
  await page.getByRole('button', { name: 'Sort by Stage' }).click();
  await expect(page).toHaveURL(/[?&]sort=-stage(&|$)/);

  await page.goBack();
  expect(new URL(page.url()).pathname).toBe(tracker);
  await expect(bucket(page, 'usage.low')).toHaveAttribute('aria-pressed', 'false');
  await expect(bucket(page, 'activation.none')).toHaveAttribute('aria-pressed', 'true');
  await expect(listCount(page)).toHaveAttribute('data-count', String(none));
  await expect(page.getByTestId('filter-bar').locator('[data-chip]')).toHaveCount(1);
  // The order the rep chose stays, and the URL still names it.
  await expect(page.getByRole('columnheader', { name: 'Sort by Stage' })).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/[?&]sort=-stage(&|$)/);
  await expect(page).not.toHaveURL(/usage=/);

  await page.goBack();
  expect(new URL(page.url()).pathname).toBe(tracker);
  await expect(bucket(page, 'activation.none')).toHaveAttribute('aria-pressed', 'false');
  await expect(listCount(page)).toHaveAttribute('data-count', '60');

  await page.goForward();
  await expect(bucket(page, 'activation.none')).toHaveAttribute('aria-pressed', 'true');
  await expect(listCount(page)).toHaveAttribute('data-count', String(none));
  // The visit's as-of date and the loaded file are untouched: no reload happened.
  await expect(page.getByTestId('as-of-date')).toHaveValue(AS_OF);
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
});

test('keyboard: after "Load sample data" focus moves to the import summary', async ({ page }) => {
  await openTracker(page);
  await page.getByTestId('load-sample').focus();
  await page.keyboard.press('Enter');
  const summary = page.getByTestId('import-summary');
  await expect(summary).toHaveAttribute('data-clients', '60');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading')).toBeVisible();
});

test('French and Japanese: chips and the call list speak the page language', async ({ page }) => {
  await openTracker(page, 'fr');
  await loadSample(page);
  await bucket(page, 'activation.none').click();
  const chip = page.getByTestId('filter-bar').locator('[data-chip="activation.none"]');
  await expect(chip).toContainText('\u00a0:');
  // Named for what it clears, never to be mistaken for "Clear all tracker data".
  await expect(page.getByTestId('clear-filters')).toHaveText('Effacer les filtres');
  await openTracker(page, 'ja');
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
  await expect(listCount(page)).toContainText('社');
});
