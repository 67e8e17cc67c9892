/**
 * Importing exports into the tracker: every language and encoding, merged and
 * total rows, the mapping form, bucket filters, bad files and privacy.
 */
import { expect, test } from '@playwright/test';
import { bucket, bucketCount, clientRow, foreignRequests, loadFile, openTracker, publicText } from './helpers';

/** Independent oracle for the shipped sample: a simple split (it has no quoted cells). */
function sampleRows() {
  return publicText('samples/partner-export.csv').trim().split('\n').slice(1).map((l) => l.split(','));
}

test('the sample export loads in one click, with buckets and next steps per the rules', async ({ page, baseURL }) => {
  const foreign = foreignRequests(page, baseURL!);
  await openTracker(page);
  await page.getByTestId('load-sample').click();
  const summary = page.getByTestId('import-summary');
  await expect(summary).toHaveAttribute('data-clients', '60');
  await expect(summary).toHaveAttribute('data-rows', '60');
  await expect(summary).toHaveAttribute('data-merged', '0');
  await expect(summary).toHaveAttribute('data-skipped', '0');

  // Recount from the file itself: activated users (column 8) at zero.
  const notActivated = sampleRows().filter((r) => r[7] === '0').length;
  expect(await bucketCount(page, 'activation.none')).toBe(notActivated);
  const sum = async (ids: string[]) => (await Promise.all(ids.map((id) => bucketCount(page, id)))).reduce((a, b) => a + b, 0);
  expect(await sum(['activation.none', 'activation.partial', 'activation.full', 'activation.unknown'])).toBe(60);
  expect(await sum(['stage.upcoming', 'stage.week-1', 'stage.weeks-2-3', 'stage.week-4', 'stage.weeks-5-6', 'stage.weeks-7-10', 'stage.ongoing', 'stage.unknown'])).toBe(60);

  // Next steps worked out by hand from tracker.md §4, as of 2026-11-24.
  const expected: Record<string, string> = {
    'Acme Design': 'activation/email-admins',
    'Fjord Engineering II': 'onboarding/welcome-email',
    'Cobalt Media III': 'onboarding/deployment-follow-up',
    'Meridian Build II': 'usage/encourage-usage',
    'Oakridge Partners II': 'usage/resources-call',
    'Juniper Publishing': 'usage/no-deployment-reminder',
    'Kestrel Video': 'usage/partial-deployment',
    'Fjord Engineering': 'adoption-metrics/offer-training',
    'Granite Works': '',
    'Iris Motion': '',
  };
  for (const [client, step] of Object.entries(expected)) {
    await expect(await clientRow(page, client), client).toHaveAttribute('data-next-step', step);
  }
  // The next step links to its page in the current locale.
  const link = (await clientRow(page, 'Kestrel Video')).getByRole('link');
  await expect(link).toHaveAttribute('href', '/en/playbooks/usage/partial-deployment/');
  expect(foreign).toEqual([]);
});

test('clicking a bucket filters the list and clicking again clears it', async ({ page }) => {
  await openTracker(page);
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
  const count = await bucketCount(page, 'deployment.none');
  await bucket(page, 'deployment.none').click();
  await expect(bucket(page, 'deployment.none')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-testid="client-row"]')).toHaveCount(count);
  await bucket(page, 'deployment.none').click();
  await expect(bucket(page, 'deployment.none')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.clients-head [role="status"]')).toContainText('60');
});

test('French semicolon export with BOM, CRLF and day-first dates', async ({ page }) => {
  await openTracker(page, 'fr');
  await loadFile(page, 'fr-export-semicolon.csv');
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '20');
  // No activation column: activation is unknown for everyone, usage and deployment are known.
  expect(await bucketCount(page, 'activation.unknown')).toBe(20);
  expect(await bucketCount(page, 'deployment.none')).toBe(6);
  // 05/11/2026 is 5 November: 19 days before the as-of date, weeks 2–3.
  await expect(await clientRow(page, 'Iris Motion')).toContainText('Semaines 2');
});

test('Japanese Shift_JIS export with Japanese dates and a 合計 row', async ({ page }) => {
  await openTracker(page, 'ja');
  await loadFile(page, 'ja-shift-jis.csv');
  const summary = page.getByTestId('import-summary');
  await expect(summary).toHaveAttribute('data-clients', '3');
  await expect(summary).toHaveAttribute('data-skipped', '1');
  await expect(await clientRow(page, '株式会社さくら設計')).toHaveAttribute('data-next-step', 'activation/email-admins');
  expect(await bucketCount(page, 'stage.week-1')).toBe(1);
  expect(await bucketCount(page, 'usage.good')).toBe(1);
});

test('Portuguese UTF-16 tab export with decimal comma and inflated usage explained', async ({ page }) => {
  await openTracker(page, 'pt');
  await loadFile(page, 'pt-utf16.txt');
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '3');
  expect(await bucketCount(page, 'deployment.partial')).toBe(1);
  expect(await bucketCount(page, 'usage.inflated')).toBe(1);
  await expect(page.locator('.inflated')).toBeVisible();
  await expect(await clientRow(page, 'Construtora Ipê Ltda.')).toBeVisible();
});

test('French Windows-1252 export with no-break spaces, percents and a Totaux row', async ({ page }) => {
  await openTracker(page, 'fr');
  await loadFile(page, 'fr-cp1252.csv');
  const summary = page.getByTestId('import-summary');
  await expect(summary).toHaveAttribute('data-clients', '3');
  await expect(summary).toHaveAttribute('data-skipped', '1');
  await expect(await clientRow(page, 'Café Lumière SARL')).toBeVisible();
  expect(await bucketCount(page, 'activation.none')).toBe(1);
  expect(await bucketCount(page, 'usage.low')).toBe(1);
});

test('pipe-delimited export: quoted delimiters and newlines, merged rows, a flagged number', async ({ page }) => {
  await openTracker(page);
  await loadFile(page, 'en-pipe.txt');
  const summary = page.getByTestId('import-summary');
  await expect(summary).toHaveAttribute('data-rows', '5');
  await expect(summary).toHaveAttribute('data-clients', '3');
  await expect(summary).toHaveAttribute('data-merged', '1');
  await expect(summary).toHaveAttribute('data-skipped', '1');
  const smith = await clientRow(page, 'Smith | Sons, Ltd.');
  await expect(smith).toContainText('2 rows');
  await expect(page.locator('.issues summary')).toBeVisible();
});

for (const [file, message] of [
  ['empty.csv', /empty/i],
  ['header-only.csv', /no client rows/i],
  ['binary.csv', /not a text export/i],
] as const) {
  test(`a bad file (${file}) gets a clear message and keeps the previous data`, async ({ page }) => {
    await openTracker(page);
    await page.getByTestId('load-sample').click();
    await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
    await loadFile(page, file);
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
  });
}

test('a file with no client column opens the mapping form; mapping it by hand loads it', async ({ page }) => {
  await openTracker(page, 'fr');
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
  await loadFile(page, 'no-client.csv');
  await expect(page.getByRole('alert')).toContainText('client');
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
  await page.locator('select[data-field="client"]').selectOption('Foo');
  await page.getByTestId('apply-mapping').click();
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '2');
});

test('the mapping can be reopened and changed, and is remembered for the same columns', async ({ page }) => {
  await openTracker(page);
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
  await page.getByTestId('edit-mapping').click();
  await expect(page.locator('select[data-field="usersActivated"]')).toHaveValue('Activated Users');
  await page.locator('select[data-field="usersActivated"]').selectOption('');
  await page.getByTestId('apply-mapping').click();
  await expect(bucket(page, 'activation.unknown')).toHaveAttribute('data-count', '60');
  await page.reload();
  await expect(bucket(page, 'activation.unknown')).toHaveAttribute('data-count', '60');
  await page.getByTestId('load-sample').click();
  await expect(bucket(page, 'activation.unknown')).toHaveAttribute('data-count', '60');
});

test('hostile values stay text: no script, no javascript: link, only https activation links', async ({ page }) => {
  await openTracker(page);
  await loadFile(page, 'en-hostile.csv');
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '3');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  await expect(page.locator('a[href^="http://insecure"]')).toHaveCount(0);
});

test('a chosen file never leaves the browser: after it, no request but static files', async ({ page }) => {
  await openTracker(page);
  const requests: { method: string; url: string; body: string | null }[] = [];
  // Context-wide, so the import worker's requests are seen too.
  page.context().on('request', (r) => requests.push({ method: r.method(), url: r.url(), body: r.postData() }));
  await loadFile(page, 'en-hostile.csv');
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '3');
  await page.getByTestId('client-row').first().getByTestId('compose-email').click();
  await expect(page.getByTestId('email-body')).toBeVisible();
  const static_ = /\.(js|mjs|css|woff2?|svg|png|webmanifest)$/;
  const suspicious = requests.filter((r) => r.method !== 'GET' || r.body !== null || new URL(r.url).search !== '' || !static_.test(new URL(r.url).pathname));
  expect(suspicious).toEqual([]);
});

test('a file cancelled at the mapping step is forgotten: editing the mapping works on the loaded file', async ({ page }) => {
  await openTracker(page);
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
  await loadFile(page, 'no-client.csv');
  await expect(page.locator('select[data-field="client"]')).toBeVisible();
  await page.getByTestId('cancel-mapping').click();
  await page.getByTestId('edit-mapping').click();
  // The form lists the sample's columns again, and applying rebuilds the sample, not the cancelled file.
  await expect(page.locator('select[data-field="client"] option[value="Customer Name"]')).toHaveCount(1);
  await page.getByTestId('apply-mapping').click();
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
  await expect(page.getByTestId('import-summary')).toContainText('partner-export.csv');
});

test('an Adobe export: Anniversary Date is the renewal date, with buckets at every edge, steps, statuses and the reasons why', async ({ page }) => {
  await openTracker(page);
  await loadFile(page, 'en-adobe-renewal.csv');
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '7');
  // As of 2026-11-24: −1, 0 and 45 days; 46 and 90 days; 91 days and later.
  expect(await bucketCount(page, 'renewal.lapsed')).toBe(1);
  expect(await bucketCount(page, 'renewal.within-45')).toBe(2);
  expect(await bucketCount(page, 'renewal.within-90')).toBe(2);
  expect(await bucketCount(page, 'renewal.later')).toBe(2);
  expect(await bucketCount(page, 'renewal.unknown')).toBe(0);
  // Never read as a start date: no stage at all.
  expect(await bucketCount(page, 'stage.unknown')).toBe(7);
  // What the file lacks is said once, with what it turns off.
  const missing = page.getByTestId('missing-fields');
  await expect(missing).toHaveAttribute('data-fields', 'clientId,product,vendor,adminName,adminEmail,adminPhone,language,activationLink,usersActivated,activeUsers,startDate');
  const expected: Record<string, [string, string]> = {
    'Lapsed Co': ['renewal/lapsed-check', 'action'],
    'Today Co': ['renewal/renewal-call', 'action'],
    'Day45 Co': ['renewal/renewal-call', 'action'],
    'Day46 Co': ['renewal/pre-renewal-review', 'action'],
    'Day90 Co': ['renewal/pre-renewal-review', 'action'],
    // No activation, usage or start column in the file: that alone does not make a client need data.
    'Day91 Co': ['', 'on-track'],
    // The file has an Assigned column but this client's cell is empty.
    'Blank Co': ['', 'needs-data'],
  };
  for (const [client, [step, status]] of Object.entries(expected)) {
    const row = await clientRow(page, client);
    await expect(row, client).toHaveAttribute('data-next-step', step);
    await expect(row, client).toHaveAttribute('data-status', status);
  }
  await expect(await clientRow(page, 'Blank Co')).toContainText('Missing: Licences assigned');
  await expect((await clientRow(page, 'Day46 Co')).getByRole('link')).toHaveAttribute('href', '/en/playbooks/renewal/pre-renewal-review/');

  // Why: the client's own numbers and the file's column names.
  await (await clientRow(page, 'Day46 Co')).getByTestId('client-details').click();
  const panel = page.getByTestId('client-detail');
  await expect(panel.locator('[data-why="deployment"]')).toHaveText('Deployment: 12 of 40 licences assigned (Assigned / Licenses) = 30% → Partly assigned');
  await expect(panel.locator('[data-why="renewal"]')).toContainText('(Anniversary Date), in 46 days → In 46–90 days');
  await expect(panel.locator('[data-why="usage"]')).toContainText('this file has no column for it');
  await page.getByRole('button', { name: 'Close' }).click();
  await (await clientRow(page, 'Lapsed Co')).getByTestId('client-details').click();
  await expect(page.getByTestId('client-detail').locator('[data-why="renewal"]')).toContainText('grace period');
  await page.getByRole('button', { name: 'Close' }).click();

  // Days to renewal are sortable: the lapsed one first, the furthest last.
  await page.getByTestId('client-search').fill('');
  await page.getByRole('button', { name: 'Sort by Renewal' }).click();
  await expect(page.getByTestId('client-row').first()).toHaveAttribute('data-client', 'Lapsed Co');
  await expect(page.getByTestId('client-row').last()).toHaveAttribute('data-client', 'Blank Co');
  // The renewal bucket filters like the others.
  await bucket(page, 'renewal.within-90').click();
  await expect(page.getByTestId('client-row')).toHaveCount(2);
});

test('a Portuguese export with only percent columns is mapped and bucketed, not shown as unknown', async ({ page }) => {
  await openTracker(page, 'pt');
  await loadFile(page, 'pt-percent-only.csv');
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '3');
  for (const dimension of ['activation', 'deployment']) {
    expect(await bucketCount(page, `${dimension}.unknown`), dimension).toBe(0);
    expect(await bucketCount(page, `${dimension}.none`), dimension).toBe(1);
    expect(await bucketCount(page, `${dimension}.full`), dimension).toBe(1);
  }
  expect(await bucketCount(page, 'usage.low')).toBe(1);
  expect(await bucketCount(page, 'usage.good')).toBe(1);
  await expect(await clientRow(page, 'Padaria Aurora')).toHaveAttribute('data-next-step', 'activation/email-admins');
  await expect(await clientRow(page, 'Editora Brisa')).toHaveAttribute('data-next-step', 'adoption-metrics/offer-training');
  const cafe = await clientRow(page, 'Café Cerrado');
  await expect(cafe).toHaveAttribute('data-next-step', '');
  await expect(cafe).toHaveAttribute('data-status', 'on-track');
  await expect(page.getByTestId('missing-fields')).toHaveAttribute('data-fields', 'clientId,product,vendor,adminName,adminEmail,adminPhone,language,activationLink,startDate,renewalDate');
  // The first import says so, rather than "no change since the previous import".
  await expect(page.getByTestId('changes')).toContainText('primeira importação');
});

test('no metric column recognised: the mapping form opens and says why', async ({ page }) => {
  await openTracker(page);
  await loadFile(page, 'en-no-metric.csv');
  await expect(page.locator('select[data-field="seatsPurchased"]')).toBeVisible();
  await expect(page.getByTestId('no-metric')).toBeVisible();
  await expect(page.getByTestId('import-summary')).toHaveCount(0);
  await page.getByTestId('apply-mapping').click();
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '2');
});

test('the as-of date is today unless pinned: a banner says when it is not, with a way back', async ({ page }) => {
  await openTracker(page);
  await expect(page.getByTestId('as-of-banner')).toBeVisible();
  await page.getByTestId('as-of-today').click();
  await expect(page.getByTestId('as-of-banner')).toHaveCount(0);
  const today = await page.getByTestId('as-of-date').inputValue();
  expect(today).toBe(await page.evaluate(() => { const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; }));
  // A date chosen without pinning lasts for this visit only.
  await page.getByTestId('as-of-date').fill('2026-01-15');
  await page.reload();
  await expect(page.locator('.tracker[data-hydrated="true"]')).toBeVisible();
  await expect(page.getByTestId('as-of-date')).toHaveValue(today);
  // A pinned date stays.
  await page.getByTestId('as-of-date').fill('2026-01-15');
  await page.getByTestId('pin-as-of').check();
  await page.reload();
  await expect(page.locator('.tracker[data-hydrated="true"]')).toBeVisible();
  await expect(page.getByTestId('as-of-date')).toHaveValue('2026-01-15');
  await expect(page.getByTestId('as-of-banner')).toBeVisible();
});
