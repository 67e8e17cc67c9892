/**
 * The client list as reps use it every week (issue 12 items 3, 7 and 8):
 * a deadline column that sorts and says when it passed, figures that are
 * never cut, a column chooser that survives a reload, one card per client
 * on a phone, and a list that is one tab stop with arrow keys.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { bucket, clientRow, LOCALES, openTracker } from './helpers';

const DESKTOP = { width: 1366, height: 800 };
const PHONE = { width: 390, height: 844 };
const rows = (page: Page) => page.locator('[data-testid="client-row"]');

/** Serious or critical axe violations inside the client list. */
async function listViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('.clients').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

async function loadSample(page: Page, lang = 'en') {
  await openTracker(page, lang);
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
}

/** Logs the activation email to a client with a deadline, through the composer. */
async function logActivation(page: Page, client: string, deadline: string) {
  const row = await clientRow(page, client);
  await row.getByTestId('compose-email').click();
  await expect(page.getByTestId('email-template')).toHaveValue('activation-request');
  await page.getByTestId('deadline').fill(deadline);
  await page.getByTestId('log-email-sent').click();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('email-template')).toHaveCount(0);
}

/** True when the element's box lies inside each clipping box up to its cell (nothing of it is cut). */
async function fullyVisible(figure: Locator): Promise<boolean> {
  return figure.evaluate((el) => {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || el.scrollWidth > Math.ceil(box.width)) return false;
    for (let node = el.parentElement; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.overflow !== 'visible' || style.textOverflow === 'ellipsis') {
        const clip = node.getBoundingClientRect();
        if (box.left < clip.left - 0.5 || box.right > clip.right + 0.5 || box.top < clip.top - 0.5 || box.bottom > clip.bottom + 0.5) return false;
      }
      if (node.matches('td, th')) break;
    }
    return true;
  });
}

/** The sample with Blue Ridge contacted on the 20th and Acme on the 24th (a log entry carries the as-of day). */
async function sampleWithTwoOutreaches(page: Page) {
  await loadSample(page);
  await page.getByTestId('as-of-date').fill('2026-11-20');
  await logActivation(page, 'Blue Ridge Architects', '2026-11-27');
  await page.getByTestId('as-of-date').fill('2026-11-24');
  await logActivation(page, 'Acme Design', '2026-12-01');
  await page.getByTestId('client-search').fill('');
}

test.describe('desktop', () => {
  test.use({ viewport: DESKTOP });

  test('the deadline column shows the date, turns to passed, and sorts with missing deadlines last', async ({ page }) => {
    await loadSample(page);
    await logActivation(page, 'Acme Design', '2026-11-28');
    await logActivation(page, 'Blue Ridge Architects', '2026-11-26');
    const acme = await clientRow(page, 'Acme Design');
    const deadline = acme.locator('[data-cell="deadline"]');
    await expect(deadline).toHaveAttribute('data-passed', 'false');
    await expect(deadline).toContainText('28');
    await expect(deadline.locator('.passed')).toHaveCount(0);

    await page.getByTestId('as-of-date').fill('2026-12-01');
    await expect(deadline).toHaveAttribute('data-passed', 'true');
    // Not colour alone: a word says it.
    await expect(deadline.locator('.passed')).toHaveText(/passed/i);
    // The red of a passed deadline keeps its contrast in both themes.
    expect(await listViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await listViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    // Last outreach is never cut: its whole text fits its cell.
    await expect(acme.locator('[data-cell="last-outreach"]')).toContainText('Nov');
    expect(await fullyVisible(acme.locator('[data-cell="last-outreach"] .outreach-text'))).toBe(true);

    await page.getByTestId('client-search').fill('');
    await page.getByRole('button', { name: 'Sort by Deadline' }).click();
    await expect(rows(page).nth(0)).toHaveAttribute('data-client', 'Blue Ridge Architects');
    await expect(rows(page).nth(1)).toHaveAttribute('data-client', 'Acme Design');
    await expect(rows(page).nth(2).locator('[data-cell="deadline"]')).toHaveAttribute('data-passed', 'false');
    // Descending: the latest deadline first, clients without one still last.
    await page.getByRole('button', { name: 'Sort by Deadline' }).click();
    await expect(rows(page).nth(0)).toHaveAttribute('data-client', 'Acme Design');
    await expect(rows(page).nth(1)).toHaveAttribute('data-client', 'Blue Ridge Architects');
  });

  test('the last outreach column sorts: who has waited longest first, never contacted last, in the URL', async ({ page }) => {
    await sampleWithTwoOutreaches(page);
    const header = page.getByRole('columnheader', { name: 'Sort by Last outreach' });
    await page.getByRole('button', { name: 'Sort by Last outreach' }).click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await expect(rows(page).nth(0)).toHaveAttribute('data-client', 'Blue Ridge Architects');
    await expect(rows(page).nth(1)).toHaveAttribute('data-client', 'Acme Design');
    await expect(rows(page).nth(2).locator('[data-cell="last-outreach"]')).toHaveText('—');
    await expect(page).toHaveURL(/[?&]sort=lastOutreach(&|$)/);
    // Descending: the latest contact first, never contacted still last.
    await page.getByRole('button', { name: 'Sort by Last outreach' }).click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await expect(rows(page).nth(0)).toHaveAttribute('data-client', 'Acme Design');
    await expect(rows(page).nth(1)).toHaveAttribute('data-client', 'Blue Ridge Architects');
    await expect(page).toHaveURL(/[?&]sort=-lastOutreach(&|$)/);
    // Restored from the address.
    await page.reload();
    await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await expect(rows(page).nth(0)).toHaveAttribute('data-client', 'Acme Design');
  });

  for (const lang of LOCALES) {
    test(`figures are never cut (${lang})`, async ({ page }) => {
      await loadSample(page, lang);
      await expect(rows(page).first()).toBeVisible();
      const figures = page.locator('[data-testid="client-row"]:nth-child(-n+12) [data-figure]');
      const count = await figures.count();
      expect(count).toBeGreaterThan(10);
      for (let i = 0; i < count; i++) {
        const figure = figures.nth(i);
        expect(await fullyVisible(figure), `${lang}: ${await figure.textContent()}`).toBe(true);
      }
    });
  }

  test('the column chooser shows optional columns and remembers them across a reload', async ({ page }) => {
    await loadSample(page);
    await expect(rows(page).first()).toBeVisible();
    await expect(page.locator('[data-cell="seats"]')).toHaveCount(0);
    const chooser = page.getByTestId('columns');
    await chooser.locator('summary').click();
    await chooser.getByRole('checkbox', { name: 'Seats' }).check();
    await chooser.getByRole('checkbox', { name: 'Admin' }).check();
    const acme = await clientRow(page, 'Acme Design');
    await expect(acme.locator('[data-cell="seats"]')).toContainText('10');
    await expect(acme.locator('[data-cell="admin"]')).toContainText('it0@example.org');
    await expect(page.locator('[data-cell="phone"]')).toHaveCount(0);

    await page.reload();
    await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
    await expect((await clientRow(page, 'Acme Design')).locator('[data-cell="seats"]')).toBeVisible();
    await page.getByTestId('columns').locator('summary').click();
    await expect(page.getByTestId('columns').getByRole('checkbox', { name: 'Admin' })).toBeChecked();
    await page.getByTestId('columns').getByRole('checkbox', { name: 'Seats' }).uncheck();
    await expect(page.locator('[data-cell="seats"]')).toHaveCount(0);
  });

  test('the list is one tab stop with arrow keys, Enter opens details, and a skip link passes it', async ({ page }) => {
    await loadSample(page);
    await expect(rows(page).first()).toBeVisible();
    const grid = page.getByRole('grid');
    const inGrid = () => grid.evaluate((el) => el.contains(document.activeElement));
    await page.getByTestId('client-search').focus();
    // The filter bar's other controls (list-wide actions) may come first; no row is ever a stop on the way.
    let presses = 0;
    while (!(await inGrid()) && presses < 8) {
      await page.keyboard.press('Tab');
      presses++;
      if (!(await inGrid())) expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="filter-bar"]') !== null)).toBe(true);
    }
    expect(await inGrid()).toBe(true);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    const fourth = rows(page).nth(3);
    const name = await fourth.getAttribute('data-client');
    expect(await fourth.evaluate((row) => row.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('client-detail')).toContainText(name!);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('client-detail')).toHaveCount(0);
    expect(await fourth.evaluate((row) => row.contains(document.activeElement))).toBe(true);

    // Right moves along the row's actions, Home back to its first cell, End to the last row.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toMatch(/^(A|BUTTON)$/);
    await page.keyboard.press('Home');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TH');
    await page.keyboard.press('Control+End');
    await expect(page.locator('[data-testid="client-row"][aria-rowindex="61"]')).toBeVisible();
    expect(await page.locator('[data-testid="client-row"][aria-rowindex="61"]').evaluate((row) => row.contains(document.activeElement))).toBe(true);

    // One stop: Tab leaves the grid.
    await page.keyboard.press('Tab');
    expect(await inGrid()).toBe(false);

    // The skip link is shown on focus and moves focus past the list.
    const skip = page.getByRole('link', { name: 'Skip the client list' });
    await skip.focus();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    expect(await inGrid()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.closest('.clients') === null || document.activeElement?.classList.contains('after-clients'))).toBe(true);
  });
});

test.describe('desktop keyboard', () => {
  test.use({ viewport: DESKTOP });

  test('the sort headers are the grid’s first row: ArrowUp reaches them, Enter and Space sort, ArrowDown goes back', async ({ page }) => {
    await loadSample(page);
    const grid = page.getByRole('grid');
    const inGrid = () => grid.evaluate((el) => el.contains(document.activeElement));
    await page.getByTestId('client-search').focus();
    for (let presses = 0; !(await inGrid()) && presses < 8; presses++) await page.keyboard.press('Tab');
    expect(await inGrid()).toBe(true);
    // From the far end of the list (its box scrolled away from the header) back to the first row.
    await page.keyboard.press('Control+End');
    await expect(page.locator('[data-testid="client-row"][aria-rowindex="61"]')).toBeVisible();
    await page.keyboard.press('Control+Home');
    await expect.poll(() => rows(page).first().evaluate((row) => row.contains(document.activeElement))).toBe(true);
    await expect(rows(page).first()).toHaveAttribute('aria-rowindex', '2');

    // Up from the first row: the header row, on the first column's sort button.
    await page.keyboard.press('ArrowUp');
    const byClient = page.getByRole('button', { name: 'Sort by Client' });
    await expect(byClient).toBeFocused();
    await expect(byClient).toBeInViewport();
    await expect(page.getByRole('columnheader', { name: 'Sort by Client' })).toHaveAttribute('aria-sort', 'ascending');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('columnheader', { name: 'Sort by Client' })).toHaveAttribute('aria-sort', 'descending');
    await expect(byClient).toBeFocused();
    const names = () => rows(page).evaluateAll((els) => els.slice(0, 5).map((e) => e.getAttribute('data-client')!));
    const descending = await names();
    expect(descending).toEqual([...descending].sort((a, b) => b.localeCompare(a, 'en')));

    // Along the header row, Space sorts by another column.
    await page.keyboard.press('ArrowRight');
    const byActivation = page.getByRole('button', { name: 'Sort by Activation' });
    await expect(byActivation).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.getByRole('columnheader', { name: 'Sort by Activation' })).toHaveAttribute('aria-sort', 'ascending');
    await expect(page.getByRole('columnheader', { name: 'Sort by Client' })).toHaveAttribute('aria-sort', 'none');
    await expect(byActivation).toBeFocused();

    // Still one tab stop: Shift+Tab leaves the grid and Tab comes back to the same sort button.
    await page.keyboard.press('Shift+Tab');
    expect(await inGrid()).toBe(false);
    await page.keyboard.press('Tab');
    await expect(byActivation).toBeFocused();

    // Down: the first row of the new order, in the same column's cell.
    await page.keyboard.press('ArrowDown');
    expect(await rows(page).first().evaluate((row) => row.contains(document.activeElement))).toBe(true);
  });
});

test.describe('phone', () => {
  test.use({ viewport: PHONE });

  for (const lang of ['ja', 'en'] as const) {
    test(`one card per client, the page scrolls, nothing is cut (${lang})`, async ({ page }) => {
      await loadSample(page, lang);
      await bucket(page, 'activation.none').click();
      const card = rows(page).first();
      await expect(card).toBeVisible();
      await expect(card).not.toHaveJSProperty('tagName', 'TR');
      // No nested scroll box: the page scrolls, never sideways.
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await card.scrollIntoViewIfNeeded();
      for (const id of ['compose-email', 'client-details']) {
        const button = card.getByTestId(id);
        await expect(button).toBeInViewport({ ratio: 1 });
        const [b, c] = [await button.boundingBox(), await card.boundingBox()];
        expect(b!.x).toBeGreaterThanOrEqual(c!.x);
        expect(b!.x + b!.width).toBeLessThanOrEqual(c!.x + c!.width + 0.5);
      }
      expect(await listViolations(page)).toEqual([]);
      // The worst bucket, in full.
      const worst = card.locator('[data-worst]');
      await expect(worst).toHaveAttribute('data-worst', 'activation.none');
      if (lang === 'ja') await expect(worst).toContainText('未アクティベーション');
      expect(await fullyVisible(worst.locator('.bucket-label'))).toBe(true);
      expect(await card.getByTestId('client-details').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);

      // The page, not a box, scrolls to later cards, which the window virtualizer renders.
      const boxed = await card.evaluate((el) => {
        for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
          if (/(auto|scroll)/.test(getComputedStyle(node).overflowY)) return node.className;
        }
        return null;
      });
      expect(boxed).toBeNull();
      await page.mouse.wheel(0, 1500);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
      await expect(rows(page).first()).toBeAttached();

      // Details still open from a card.
      await rows(page).first().getByTestId('client-details').click();
      await expect(page.locator('[data-why="activation"]')).toBeVisible();
      // Dates in the figures carry their distance in the locale's brackets (full-width in Japanese).
      const figures = page.getByTestId('client-detail').locator('.figures');
      await expect(figures).toContainText(lang === 'ja' ? '（' : '(');
      if (lang === 'ja') await expect(figures).not.toContainText('(');
    });
  }

  // Issue 12 item 7: the table's headers sort, but a phone shows no header, so the cards carry their own sort control.
  test('a sort control orders the cards by the table’s keys, flips the order, and keeps it in the URL across a reload', async ({ page }) => {
    await loadSample(page);
    await logActivation(page, 'Acme Design', '2026-11-28');
    await logActivation(page, 'Blue Ridge Architects', '2026-11-26');
    await page.getByTestId('client-search').fill('');
    const sortBy = page.getByRole('combobox', { name: 'Sort by' });
    const descending = page.getByRole('button', { name: 'Descending' });
    // Every key a table header sorts by, in the header's order and with its label.
    await expect(sortBy.locator('option')).toHaveText(['Client', 'Activation', 'Deployment', 'Usage', 'Stage', 'Renewal', 'Next step', 'Deadline', 'Last outreach']);
    await expect(sortBy).toHaveValue('client');
    await expect(descending).toHaveAttribute('aria-pressed', 'false');

    // Chosen far down the list, a new order shows from its first card.
    await page.mouse.wheel(0, 3000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
    const entries = await page.evaluate(() => history.length);
    await sortBy.selectOption({ label: 'Deadline' });
    await expect(rows(page).nth(0)).toHaveAttribute('data-client', 'Blue Ridge Architects');
    await expect(rows(page).nth(1)).toHaveAttribute('data-client', 'Acme Design');
    await expect(rows(page).nth(0)).toBeInViewport();
    await expect(page).toHaveURL(/[?&]sort=deadline(&|$)/);
    // A sort replaces the history entry, as the table's does: Back still undoes the last filter.
    expect(await page.evaluate(() => history.length)).toBe(entries);

    // Flipped: the latest deadline first, clients without one still last.
    await descending.click();
    await expect(descending).toHaveAttribute('aria-pressed', 'true');
    await expect(rows(page).nth(0)).toHaveAttribute('data-client', 'Acme Design');
    await expect(rows(page).nth(1)).toHaveAttribute('data-client', 'Blue Ridge Architects');
    await expect(rows(page).nth(2).locator('[data-cell="deadline"]')).toHaveCount(0);
    await expect(page).toHaveURL(/[?&]sort=-deadline(&|$)/);
    expect(await page.evaluate(() => history.length)).toBe(entries);
    // The desktop axe checks never see this control: checked here, pressed, in both themes.
    expect(await listViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await listViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    await page.reload();
    await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
    await expect(sortBy).toHaveValue('deadline');
    await expect(descending).toHaveAttribute('aria-pressed', 'true');
    await expect(rows(page).nth(0)).toHaveAttribute('data-client', 'Acme Design');
    await expect(rows(page).nth(1)).toHaveAttribute('data-client', 'Blue Ridge Architects');

    // One sort for both views: on a desktop the table's header says it, and the phone control is gone.
    await page.setViewportSize(DESKTOP);
    await expect(page.getByRole('columnheader', { name: 'Sort by Deadline' })).toHaveAttribute('aria-sort', 'descending');
    await expect(sortBy).toHaveCount(0);
    await expect(descending).toHaveCount(0);
  });

  test('the cards sort by last outreach too', async ({ page }) => {
    await sampleWithTwoOutreaches(page);
    await page.getByTestId('card-sort-column').selectOption({ label: 'Last outreach' });
    await expect(rows(page).nth(0)).toHaveAttribute('data-client', 'Blue Ridge Architects');
    await expect(rows(page).nth(1)).toHaveAttribute('data-client', 'Acme Design');
    await expect(page).toHaveURL(/[?&]sort=lastOutreach(&|$)/);
    await page.getByTestId('card-sort-order').click();
    await expect(rows(page).nth(0)).toHaveAttribute('data-client', 'Acme Design');
    await expect(page).toHaveURL(/[?&]sort=-lastOutreach(&|$)/);
  });
});
