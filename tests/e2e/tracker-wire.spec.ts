/**
 * Red team on the import wire format (issue #11): text columns cross from the
 * workers as UTF-16 code units (bytes when every unit is below 256). Hostile
 * names — Japanese, Latin-1 accents, emoji, bidi controls, control characters,
 * a very long cell, names that differ only by case or accents — must read back
 * exactly, on the page's path (small) and the view worker's (≥ 60,000 rows).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openTracker } from './helpers';

type Row = { name: string; id: string; admin: string; email: string };

/** Units all below 256: the columns cross as bytes, some above 127. */
const LATIN: Row[] = [
  { name: 'Société Générale', id: 'FR-002', admin: 'Hélène Dubois', email: 'helene@example.fr' },
  { name: 'SOCIÉTÉ GÉNÉRALE', id: 'FR-003', admin: 'Ægir Ørsted', email: 'aegir@example.fr' },
  { name: 'Café Ñandú', id: 'PT-004', admin: 'João Conceição', email: 'joao@example.com.br' },
  { name: 'Cafe Nandu', id: 'PT-005', admin: 'Joao Conceicao', email: 'joao2@example.com.br' },
  { name: 'Bell\u0007Co ÿ', id: 'CT-008', admin: 'Ctl Admin', email: 'ctl@example.com' },
  { name: `Long${'x'.repeat(5000)}é`, id: 'LG-009', admin: 'Long Admin', email: 'long@example.com' },
];

/** Units above 255 too: the columns cross as UTF-16 units. */
const WIDE: Row[] = [
  ...LATIN,
  { name: '山田商事株式会社', id: 'JP-001', admin: '山田 太郎', email: 'yamada@example.jp' },
  { name: '🚀 Rocket 株式会社', id: 'EM-006', admin: 'Rocket 🚀 Admin', email: 'rocket@example.com' },
  { name: 'Acme \u202Egpj.exe', id: 'BD-007', admin: 'Ana \u202ESouza', email: 'ana@example.com' },
  { name: 'İstanbul Ltd', id: 'TR-010', admin: 'Ayşe Yılmaz', email: 'ayse@example.com.tr' },
];

const HEADER = 'Customer Name,Tenant ID,Admin Name,Admin Email,Language,Licenses Purchased,Licenses Assigned,Activated Users,Active Users (28 days),Start Date';

/** `size` clients: fillers, with the hostile rows spread through the file. */
function hostileExport(size: number, hostile: Row[]): { name: string; mimeType: string; buffer: Buffer } {
  const lines: string[] = [];
  const every = Math.floor(size / hostile.length);
  let h = 0;
  for (let i = 0; i < size; i++) {
    const row = i % every === every - 1 && h < hostile.length ? hostile[h++]! : { name: `Filler ${String(i).padStart(6, '0')}`, id: `F-${i}`, admin: `Admin ${i}`, email: `f${i}@example.org` };
    lines.push(`${row.name},${row.id},${row.admin},${row.email},en,10,0,0,0,2026-01-01`);
  }
  return { name: 'hostile.csv', mimeType: 'text/csv', buffer: Buffer.from([HEADER, ...lines].join('\n') + '\n') };
}

const count = (page: Page) => page.getByTestId('list-count');
const listed = (page: Page) => page.getByTestId('client-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-client')));

async function load(page: Page, size: number, hostile: Row[]) {
  await openTracker(page);
  await page.getByTestId('csv-file').setInputFiles(hostileExport(size, hostile));
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', String(size), { timeout: 90_000 });
}

/** Every hostile row found by a search of its id, shown with its exact name; the case twins by a name search. */
async function searchesFindEach(page: Page, hostile: Row[]) {
  for (const row of hostile) {
    await page.getByTestId('client-search').fill(row.id.toLowerCase());
    await expect(count(page)).toHaveAttribute('data-count', '1');
    await expect.poll(() => listed(page)).toEqual([row.name]);
  }
  await page.getByTestId('client-search').fill('société');
  await expect(count(page)).toHaveAttribute('data-count', '2');
  expect((await listed(page)).sort()).toEqual(['SOCIÉTÉ GÉNÉRALE', 'Société Générale'].sort());
  await page.getByTestId('client-search').fill('café');
  await expect(count(page)).toHaveAttribute('data-count', '1');
  await expect.poll(() => listed(page)).toEqual(['Café Ñandú']);
  if (hostile.some((row) => row.id === 'JP-001')) {
    await page.getByTestId('client-search').fill('商事');
    await expect(count(page)).toHaveAttribute('data-count', '1');
    await expect.poll(() => listed(page)).toEqual(['山田商事株式会社']);
    await page.getByTestId('client-search').fill('🚀');
    await expect(count(page)).toHaveAttribute('data-count', '1');
    await expect.poll(() => listed(page)).toEqual(['🚀 Rocket 株式会社']);
    await page.getByTestId('client-search').fill('istanbul');
    await expect(count(page)).toHaveAttribute('data-count', '0');
    await page.getByTestId('client-search').fill('İstanbul');
    await expect(count(page)).toHaveAttribute('data-count', '1');
  }
}

/** The detail panel of each hostile row shows its own name and admin email (the key found among the packed keys). */
async function detailsOpenTheRightClient(page: Page, hostile: Row[]) {
  for (const row of hostile) {
    await page.getByTestId('client-search').fill(row.id.toLowerCase());
    await expect.poll(() => listed(page)).toEqual([row.name]);
    await page.getByTestId('client-row').first().getByTestId('client-details').click();
    const panel = page.getByTestId('client-detail');
    await expect(panel.locator('h2 bdi')).toHaveText(row.name);
    await expect(panel.locator('.figures')).toContainText(row.email);
    await expect(panel.locator('.figures')).toContainText(row.id);
    await panel.getByRole('button', { name: 'Close' }).first().click();
    await expect(panel).toHaveCount(0);
  }
}

/** The list export has each hostile row's exact name, id and email. */
async function exportHasExactTexts(page: Page, hostile: Row[], size: number) {
  await page.getByTestId('client-search').fill('');
  await expect(count(page)).toHaveAttribute('data-count', String(size));
  const download = page.waitForEvent('download');
  await page.getByTestId('export-list').click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  for (const row of hostile) {
    const line = csv.split(/\r?\n/).find((l) => l.includes(`,${row.id},`));
    expect(line, row.id).toBeDefined();
    expect(line!).toContain(row.email);
    // Names may be quoted or made formula-safe: the exact text must be there.
    expect(line!).toContain(row.name.replace(/\u202E/g, ''));
  }
}

for (const [label, hostile] of [['bytes', LATIN], ['UTF-16 units', WIDE]] as const) {
  for (const [clients, path, timeout] of [[200, 'small file (page path)', 120_000], [60_000, '60,000 clients (view worker path)', 300_000]] as const) {
    test(`hostile names as ${label}, ${path}: shown, searched, detailed, exported exactly`, async ({ page }) => {
      test.setTimeout(timeout);
      await page.setViewportSize({ width: 1366, height: 800 });
      await load(page, clients, hostile);
      await searchesFindEach(page, hostile);
      await detailsOpenTheRightClient(page, hostile);
      await exportHasExactTexts(page, hostile, clients);
    });
  }
}

/** The row of one hostile client, found by its id. */
async function rowOf(page: Page, row: Row) {
  await page.getByTestId('client-search').fill(row.id.toLowerCase());
  await expect.poll(() => listed(page)).toEqual([row.name]);
  return page.getByTestId('client-row').first();
}

const YAMADA = WIDE.find((row) => row.id === 'JP-001')!;
const ROCKET = WIDE.find((row) => row.id === 'EM-006')!;

for (const size of [200, 60_000]) {
  test(`${size} clients with hostile names: composer, mail merge, a logged email sorts by deadline and last outreach, the call list, and all of it after a reload`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width: 1366, height: 800 });
    await load(page, size, WIDE);

    // Composer preview: the admin's and the client's exact names.
    const yamada = await rowOf(page, YAMADA);
    await yamada.getByTestId('compose-email').click();
    await expect(page.getByTestId('email-body')).toContainText(YAMADA.admin);
    await expect(page.locator('.composer h2 bdi')).toHaveText(YAMADA.name);
    await page.getByTestId('deadline').fill('2026-11-28');
    await page.getByTestId('log-email-sent').click();
    const confirm = page.getByRole('alertdialog');
    if (await confirm.isVisible()) await confirm.getByRole('button', { name: 'Continue anyway' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    const rocket = await rowOf(page, ROCKET);
    await rocket.getByTestId('compose-email').click();
    await expect(page.getByTestId('email-body')).toContainText(ROCKET.admin);
    await page.getByTestId('deadline').fill('2026-12-20');
    await page.getByTestId('log-email-sent').click();
    if (await confirm.isVisible()) await confirm.getByRole('button', { name: 'Continue anyway' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

    // Sorted by deadline: the two with one first, nearest first; the others after.
    await page.getByTestId('client-search').fill('');
    await page.getByRole('button', { name: 'Sort by Deadline' }).click();
    await expect.poll(async () => (await listed(page)).slice(0, 2)).toEqual([YAMADA.name, ROCKET.name]);
    await page.getByRole('button', { name: 'Sort by Last outreach' }).click();
    await expect.poll(async () => (await listed(page)).slice(0, 2).sort()).toEqual([YAMADA.name, ROCKET.name].sort());
    await page.getByRole('button', { name: 'Sort by Client' }).click();

    // Past Yamada's deadline: the call list is Yamada alone.
    await page.getByTestId('as-of-date').fill('2026-12-01');
    await page.getByTestId('changes').locator('[data-filter="overdue"]').click();
    await expect(count(page)).toHaveAttribute('data-count', '1');
    await expect.poll(() => listed(page)).toEqual([YAMADA.name]);

    // The mail merge of the call list: exact name and address.
    await page.getByTestId('compose-list').click();
    const merged = page.waitForEvent('download');
    await page.getByTestId('export-merge-csv').click();
    // The rep's details are empty: the download may ask first.
    const send = page.getByTestId('send-anyway');
    await Promise.race([merged, send.click().catch(() => {})]);
    const mergeText = readFileSync(await (await merged).path(), 'utf8');
    expect(mergeText).toContain(YAMADA.email);
    expect(mergeText).toContain(YAMADA.name);
    expect(mergeText).toContain(YAMADA.admin);
    await page.keyboard.press('Escape');

    // After a reload (the stored import goes through the same wire): the same call list, names, searches.
    await page.reload();
    await expect(page.locator('.tracker[data-hydrated="true"]')).toBeVisible();
    await page.getByTestId('as-of-date').fill('2026-12-01');
    await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', String(size), { timeout: 90_000 });
    // The address keeps the call list on.
    await expect(page.getByTestId('changes').locator('[data-filter="overdue"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(count(page)).toHaveAttribute('data-count', '1');
    await expect.poll(() => listed(page)).toEqual([YAMADA.name]);
    await page.getByTestId('changes').locator('[data-filter="overdue"]').click();
    await searchesFindEach(page, WIDE);
    await detailsOpenTheRightClient(page, [YAMADA, ROCKET]);
    await page.getByTestId('client-search').fill('');
    await page.getByRole('button', { name: 'Sort by Deadline' }).click();
    await expect.poll(async () => (await listed(page)).slice(0, 2)).toEqual([YAMADA.name, ROCKET.name]);
    await page.getByRole('button', { name: 'Sort by Client' }).click();
    await exportHasExactTexts(page, WIDE, size);
  });
}

/** The same clients (same ids) with other addresses: a column of the previous import read by this one shows. */
const RENAMED: Row[] = WIDE.map((row) => ({ ...row, admin: `${row.admin} B`, email: `b-${row.email}` }));

test('a new import while the last one’s texts are still arriving, a second tab that follows, clear then import: each shows its own texts', async ({ page, context }) => {
  test.setTimeout(420_000);
  await page.setViewportSize({ width: 1366, height: 800 });
  await openTracker(page);
  await page.getByTestId('csv-file').setInputFiles(hostileExport(60_000, WIDE));
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60000', { timeout: 90_000 });
  // At once, while the first import's texts, search index, rank and save follow.
  await page.getByTestId('csv-file').setInputFiles(hostileExport(200, RENAMED));
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '200', { timeout: 90_000 });
  await searchesFindEach(page, RENAMED);
  await detailsOpenTheRightClient(page, RENAMED);
  await exportHasExactTexts(page, RENAMED, 200);

  // A second tab shows the stored import, then follows the first tab's next one.
  const other = await context.newPage();
  await other.setViewportSize({ width: 1366, height: 800 });
  await openTracker(other);
  await expect(other.getByTestId('import-summary')).toHaveAttribute('data-clients', '200', { timeout: 90_000 });
  await detailsOpenTheRightClient(other, [RENAMED[0]!, RENAMED[6]!]);
  await page.getByTestId('csv-file').setInputFiles(hostileExport(60_000, WIDE));
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60000', { timeout: 90_000 });
  await expect(other.getByTestId('import-summary')).toHaveAttribute('data-clients', '60000', { timeout: 120_000 });
  await searchesFindEach(other, WIDE);
  await detailsOpenTheRightClient(other, WIDE);
  await exportHasExactTexts(other, WIDE, 60_000);
  await other.close();

  // Cleared, then the other file again.
  await page.locator('.state summary').click();
  await page.getByRole('button', { name: 'Clear all tracker data' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByTestId('import-summary')).toHaveCount(0);
  await page.getByTestId('csv-file').setInputFiles(hostileExport(200, RENAMED));
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '200', { timeout: 90_000 });
  await detailsOpenTheRightClient(page, RENAMED);
  await exportHasExactTexts(page, RENAMED, 200);
});

test('hostile names through a state file (exported, imported in a fresh browser) and searched in Japanese', async ({ page, browser }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1366, height: 800 });
  await load(page, 60_000, WIDE);
  await page.locator('.state summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-state').click()]);
  const path = await download.path();
  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.setViewportSize({ width: 1366, height: 800 });
  await fresh.goto('/en/tracker/');
  await expect(fresh.locator('.tracker[data-hydrated="true"]')).toBeVisible();
  await fresh.getByTestId('import-state').setInputFiles(path);
  await expect(fresh.getByTestId('import-summary')).toHaveAttribute('data-clients', '60000', { timeout: 120_000 });
  await searchesFindEach(fresh, WIDE);
  await detailsOpenTheRightClient(fresh, WIDE);
  await exportHasExactTexts(fresh, WIDE, 60_000);
  // The Japanese page: its own locale lower-cases the search index.
  await openTracker(fresh, 'ja');
  await expect(fresh.getByTestId('import-summary')).toHaveAttribute('data-clients', '60000', { timeout: 120_000 });
  await searchesFindEach(fresh, WIDE);
  await context.close();
});

for (const viewport of [{ width: 390, height: 844 }, { width: 1366, height: 800 }]) {
  test(`a 5,000-character name at ${viewport.width} px: the long card keeps to three lines and the detail panel wraps it (the panel was 62,000 px wide, scrolled to its end)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await load(page, 7, LATIN);
    // The long name's card (or row) keeps to a few lines: it was 4,302 px tall on a phone, drawn over the next cards.
    const heights = await page.getByTestId('client-row').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeLessThan(2 * Math.min(...heights));
    const long = LATIN.find((row) => row.id === 'LG-009')!;
    await page.getByTestId('client-search').fill('lg-009');
    await page.getByTestId('client-row').first().getByTestId('client-details').click();
    const panel = page.getByTestId('client-detail');
    await expect(panel.locator('h2 bdi')).toHaveText(long.name);
    const { scrollWidth, clientWidth } = await panel.evaluate((e) => ({ scrollWidth: e.scrollWidth, clientWidth: e.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth + 1);
    await expect(panel.locator('[data-why="activation"]')).toBeInViewport();
    await expect(panel.getByRole('button', { name: 'Close' }).first()).toBeInViewport();
  });
}

for (const viewport of [{ width: 390, height: 844 }, { width: 1366, height: 800 }]) {
  test(`at ${viewport.width} px a taller row stays with its client when the name order arrives: no row is drawn over the next`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openTracker(page);
    // File order is not name order: the list shows file order first, then the worker's rank.
    const names = ['Alpha', 'Longest name of them all, wrapped on two lines or more on a phone screen and in the table', 'Gamma', 'Delta', 'Beta', 'Omega'];
    const csv = [HEADER, ...names.map((n, i) => `"${n}",ID-${i},A,a@example.com,en,10,0,0,0,2026-01-01`)].join('\n') + '\n';
    await page.getByTestId('csv-file').setInputFiles({ name: 'order.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '6');
    await expect.poll(() => listed(page)).toEqual(['Alpha', 'Beta', 'Delta', 'Gamma', names[1], 'Omega']);
    const overlaps = () => page.getByTestId('client-row').evaluateAll((els) => {
      const boxes = els.map((e) => ({ name: e.getAttribute('data-client')!.slice(0, 8), top: e.getBoundingClientRect().top, bottom: e.getBoundingClientRect().bottom })).sort((a, b) => a.top - b.top);
      return boxes.flatMap((box, i) => (i > 0 && box.top < boxes[i - 1]!.bottom - 1 ? [`${box.name} inside ${boxes[i - 1]!.name}`] : []));
    });
    await expect.poll(overlaps, { timeout: 3000 }).toEqual([]);
  });
}
