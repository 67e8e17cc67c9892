/**
 * From the list to the action (issue 12 items 1b, 4, 5, 10): log a call with
 * a new deadline, a bulk composer that shows what it sends and asks before
 * sending gaps, a calendar reminder, and the call sheet for printing.
 * At a laptop's 1366×800 and a phone's 390×844.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
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
      // The deadline shown is the call's, still to come.
      const deadline = acme.locator('[data-cell="deadline"]');
      await expect(deadline).toContainText('Dec 8, 2026');
      await expect(deadline).toHaveAttribute('data-passed', 'false');
      await page.reload();
      await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
      const again = await clientRow(page, 'Acme Design');
      await expect(again).toHaveAttribute('data-next-step', 'activation/monitor');
      await expect(page.getByTestId('changes')).toHaveAttribute('data-overdue', '0');
    });
  });
}

/** The names of the rendered rows, in list order (the list is virtualized: the first screenful). */
async function listedNames(page: Page): Promise<string[]> {
  return page.getByTestId('client-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-client') ?? ''));
}

/** Filters the list to activation `none` and opens the bulk composer: the recipients' count and the first names. */
async function composeBucket(page: Page) {
  await bucket(page, 'activation.none').click();
  const count = Number(await bucket(page, 'activation.none').getAttribute('data-count'));
  await expect(page.getByTestId('compose-list')).toContainText(String(count));
  const names = await listedNames(page);
  await page.getByTestId('compose-list').click();
  return { count, names };
}

test.describe('the bulk composer at 1366×800', () => {
  test.use({ viewport: { width: 1366, height: 800 } });

  test('says each client’s language with counts, steps through every recipient, and keeps its actions in view', async ({ page }) => {
    await openTracker(page);
    await loadSample(page);
    const { count, names } = await composeBucket(page);
    expect(names.length).toBeGreaterThan(2);
    const summary = page.getByTestId('language-summary');
    // Counts per language add up to the recipients; the first client's language is not passed off as everyone's.
    const counts = (await summary.getAttribute('data-languages'))!.split(',').map((p) => Number(p.split(':')[1]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(count);
    expect(counts.length).toBeGreaterThan(1);
    await expect(summary).toContainText('Each client’s language');
    await expect(summary).toContainText('Portuguese');
    await expect(page.getByRole('dialog')).not.toContainText('Detect automatically');

    await expect(page.getByTestId('preview-position')).toHaveText(`1 / ${count}`);
    await expect(page.getByTestId('email-subject')).toContainText(names[0]!);
    const firstSubject = await page.getByTestId('email-subject').textContent();
    await page.getByTestId('preview-next').click();
    await expect(page.getByTestId('preview-position')).toHaveText(`2 / ${count}`);
    await expect(page.getByTestId('email-body')).toContainText(names[1]!);
    await expect(page.getByTestId('email-subject')).toContainText(names[1]!);
    await expect(page.getByTestId('email-subject')).not.toHaveText(firstSubject!);
    await page.getByTestId('preview-prev').click();
    await expect(page.getByTestId('email-body')).toContainText(names[0]!);

    // Download and Log sit in the 800 px window without scrolling the panel.
    for (const id of ['export-merge-csv', 'log-email-sent']) {
      const box = (await page.getByTestId(id).boundingBox())!;
      expect(box.y + box.height, id).toBeLessThanOrEqual(800);
      expect(box.y, id).toBeGreaterThanOrEqual(0);
    }
    expect(await page.locator('.composer').evaluate((el) => el.scrollTop)).toBe(0);
  });

  test('in the Japanese interface the language summary is Japanese, companies counted with 社', async ({ page }) => {
    await openTracker(page, 'ja');
    await loadSample(page);
    await composeBucket(page);
    const summary = page.getByTestId('language-summary');
    await expect(summary).toContainText('ポルトガル語');
    await expect(summary).toContainText('社');
    await expect(summary).not.toContainText('Portuguese');
  });

  test('emails with gaps are not logged or downloaded before the rep says so; filling the name lowers the gaps', async ({ page }) => {
    await openTracker(page);
    await loadSample(page);
    const { count, names } = await composeBucket(page);
    // The rep's details are empty: the section is open, right in the composer.
    await expect(page.getByTestId('composer-rep-name')).toBeVisible();
    const gaps = page.getByTestId('gap-summary');
    const before = Number(await gaps.getAttribute('data-gaps'));
    expect(Number(await gaps.getAttribute('data-emails'))).toBe(count);

    await page.getByTestId('log-email-sent').click();
    const confirm = page.getByRole('alertdialog');
    await expect(confirm).toContainText(`${count} emails`);
    await expect(confirm).toContainText('[Your name]');
    // Nothing logged yet.
    await expect(page.getByTestId('log-email-sent')).toBeEnabled();
    await confirm.getByRole('button', { name: 'Fill in my details' }).click();
    await expect(confirm).toHaveCount(0);
    await expect(page.getByTestId('composer-rep-name')).toBeFocused();
    await page.keyboard.type('Camille Martin');
    await expect(gaps).not.toHaveAttribute('data-gaps', String(before));
    expect(Number(await gaps.getAttribute('data-gaps'))).toBe(before - count);
    await expect(page.getByTestId('email-body')).toContainText('Camille Martin');
    await page.getByTestId('composer-rep-company').fill('Northwind Partners');
    await page.getByTestId('composer-rep-phone').fill('+33 1 23 45 67 89');

    // The download asks too; “Continue anyway” goes ahead.
    await page.getByTestId('export-merge-csv').click();
    await expect(confirm).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), confirm.getByRole('button', { name: 'Continue anyway' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    // Every merge field the emails use has its column filled, the rep's company and phone included
    // (a cell starting with + is neutralized like any formula-looking cell).
    const merged = Papa.parse<Record<string, string>>(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(merged).toHaveLength(count);
    for (const row of merged) expect([row['field:repName'], row['field:repCompany'], row['field:repPhone']]).toEqual(['Camille Martin', 'Northwind Partners', "'+33 1 23 45 67 89"]);
    await page.getByTestId('log-email-sent').click();
    await confirm.getByRole('button', { name: 'Continue anyway' }).click();
    await expect(page.getByTestId('log-email-sent')).toBeDisabled();
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await expect(page.locator(`[data-testid="client-row"][data-client="${names[0]}"]`)).toHaveAttribute('data-next-step', 'activation/monitor');
  });
});

test('the rep details count as empty only those the chosen template signs with', async ({ page }) => {
  await openTracker(page);
  await loadSample(page);
  const acme = await clientRow(page, 'Acme Design');
  await acme.getByTestId('compose-email').click();
  await expect(page.getByTestId('email-template')).toHaveValue('activation-request');
  const summary = page.locator('.rep-details summary');
  // The activation email signs with the name, the company and the booking link, not the phone:
  // three empty, as the "to fill" line says, not all four.
  await expect(page.getByTestId('email-missing')).toContainText('[Your name]');
  await expect(page.getByTestId('email-missing')).not.toContainText('phone');
  await expect(summary).toContainText('3 empty');
  await page.getByTestId('composer-rep-name').fill('Camille Martin');
  await page.getByTestId('composer-rep-company').fill('Northwind Partners');
  await page.getByTestId('composer-booking-link').fill('https://book.example.com/camille');
  // All it uses are filled: nothing said empty, the summary names whose emails these are.
  await expect(summary).not.toContainText('empty');
  await expect(summary).toContainText('Camille Martin');
  await expect(page.getByTestId('email-missing')).toHaveCount(0);
  // The voicemail follow-up gives the rep's phone: now that one is missing.
  await page.getByTestId('email-template').selectOption('voicemail-follow-up');
  await expect(summary).toContainText('1 empty');
  await expect(page.getByTestId('email-missing')).toBeVisible();
});

test('a calendar reminder for the deadline, from the composer and from the client panel', async ({ page }) => {
  await openTracker(page);
  await loadSample(page);
  const acme = await clientRow(page, 'Acme Design');
  await acme.getByTestId('compose-email').click();
  await page.getByTestId('deadline').fill('2026-11-28');
  await expect(page.getByTestId('ics-reminder')).toHaveCount(0);
  await page.getByTestId('log-email-sent').click();
  const confirm = page.getByRole('alertdialog');
  if (await confirm.isVisible()) await confirm.getByRole('button', { name: 'Continue anyway' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ics-reminder').click()]);
  expect(download.suggestedFilename()).toBe('Acme-Design-deadline.ics');
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text).toContain('DTSTART;VALUE=DATE:20261128');
  expect(text).toContain('SUMMARY:Call Acme Design: activation deadline');
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

  await acme.getByTestId('client-details').click();
  const [again] = await Promise.all([page.waitForEvent('download'), page.getByTestId('client-detail').getByTestId('ics-reminder').click()]);
  expect(readFileSync((await again.path())!, 'utf8')).toContain('DTSTART;VALUE=DATE:20261128');
});

for (const { name, viewport } of VIEWPORTS) {
  test(`the call sheet prints the listed clients and nothing else (${name})`, async ({ page }, testInfo) => {
    await page.setViewportSize(viewport);
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await openTracker(page);
    await loadSample(page);
    await bucket(page, 'activation.none').click();
    const count = Number(await bucket(page, 'activation.none').getAttribute('data-count'));
    await expect(page.getByTestId('compose-list')).toContainText(String(count));
    const names = await listedNames(page);
    await page.getByTestId('print-call-sheet').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const rows = page.getByTestId('call-sheet-row');
    await expect(rows).toHaveCount(count);
    // In the list's order: the rows the list rendered (its first screenful) open the sheet.
    expect((await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-client')))).slice(0, names.length)).toEqual(names);
    for (const row of await rows.all()) await expect(row).toBeVisible();
    // Each row: the admin, a link to what to say, a box for the outcome.
    await expect(rows.first().locator('a:not([data-testid="call-phone"])')).toHaveAttribute('href', /\/en\/(scripts|playbooks)\//);
    await expect(rows.first().locator('.outcome-box')).toBeVisible();
    await expect(page.locator('header').first()).toBeHidden();
    await expect(page.locator('.clients')).toBeHidden();
    await expect(page.getByTestId('import-summary')).toBeHidden();
    await page.screenshot({ path: testInfo.outputPath(`call-sheet-${name}.png`), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });
}

test('the call sheet’s title names what it lists: the filters, the call list, a search and the count', async ({ page }) => {
  await page.addInitScript(() => { window.print = () => undefined; });
  await openTracker(page);
  await loadSample(page);
  const title = () => page.getByTestId('call-sheet').getByRole('heading', { level: 2 });
  const openSheet = async () => {
    await page.getByTestId('print-call-sheet').click();
    await expect(page.getByTestId('call-sheet')).toBeVisible();
  };
  const closeSheet = () => page.getByTestId('call-sheet').getByRole('button', { name: 'Close' }).click();

  // The whole list: no scope to name.
  await openSheet();
  await expect(title()).toHaveText('Call sheet: 60 clients, November 24, 2026');
  await closeSheet();

  // Two filters, then a search on top: the chips' words, in the bar's order, and the count printed.
  await bucket(page, 'activation.none').click();
  await bucket(page, 'deployment.full').click();
  const count = Number(await page.getByTestId('list-count').getAttribute('data-count'));
  await openSheet();
  await expect(title()).toHaveText(`Call sheet — Activation: Not activated · Deployment: All assigned (${count} clients), November 24, 2026`);
  await expect(page.getByTestId('call-sheet-row')).toHaveCount(count);
  await closeSheet();
  await page.getByTestId('client-search').fill('Acme');
  const found = Number(await page.getByTestId('list-count').getAttribute('data-count'));
  await openSheet();
  // The searched text is isolated (FSI…PDI) so a pasted bidi control cannot turn the title around.
  await expect(title()).toHaveText(new RegExp(`^Call sheet — Activation: Not activated · Deployment: All assigned · Search: “\u2068Acme\u2069” \\(${found} clients?\\), `));
  await closeSheet();
  await page.getByTestId('client-search').fill('');

  // The call list and its filter together, in Japanese.
  await page.getByTestId('clear-filters').click();
  await acmeOverdue(page);
  await page.getByTestId('client-search').fill('');
  await page.getByTestId('changes').locator('[data-filter="overdue"]').click();
  await expect(page.getByTestId('list-count')).toHaveAttribute('data-count', '1');
  await openSheet();
  await expect(title()).toHaveText('Call sheet — Call list: deadline passed (1 client), December 1, 2026');
  await expect(page.getByTestId('call-sheet-row')).toHaveCount(1);
  await closeSheet();
  await openTracker(page, 'ja', '2026-12-01');
  await bucket(page, 'deployment.full').click();
  await page.getByTestId('changes').locator('[data-filter="overdue"]').click();
  await expect(page.getByTestId('list-count')).toHaveAttribute('data-count', '1');
  await page.getByTestId('print-call-sheet').click();
  await expect(title()).toHaveText('架電シート【展開：すべて割り当て済み／電話リスト：期限切れ】1社（2026年12月1日）');
});

/** Serious or critical axe violations, as readable lines (the same bar as quality.spec.ts). */
async function seriousViolations(page: Page, within: string): Promise<string[]> {
  // Only the dialog under test: the page behind it is checked by quality.spec.ts, and a whole-page scan takes minutes here.
  const results = await new AxeBuilder({ page }).include(within).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe: the bulk composer, its gap question, the call dialog and the call sheet (${colorScheme})`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.emulateMedia({ colorScheme });
    await page.addInitScript(() => { window.print = () => undefined; });
    await openTracker(page, 'fr');
    await loadSample(page);
    await composeBucket(page);
    expect(await seriousViolations(page, '.composer')).toEqual([]);
    await page.getByTestId('log-email-sent').click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    expect(await seriousViolations(page, '.gap-confirm')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    // Escape closed the question only, not the composer.
    await expect(page.getByTestId('log-email-sent')).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByTestId('print-call-sheet').click();
    await expect(page.getByTestId('call-sheet')).toBeVisible();
    expect(await seriousViolations(page, '.call-sheet')).toEqual([]);
    await page.getByTestId('call-sheet-row').first().getByTestId('log-call').click();
    await expect(page.getByTestId('log-call-dialog')).toBeVisible();
    expect(await seriousViolations(page, '.call-dialog')).toEqual([]);
  });
}
