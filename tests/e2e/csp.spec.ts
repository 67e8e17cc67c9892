/**
 * Deployable under a strict Content-Security-Policy (issue 9): the built site
 * served with `script-src 'self'; style-src 'self'` hydrates the tracker,
 * styles its pages and reports no violation. Search additionally needs
 * 'wasm-unsafe-eval' (Pagefind compiles WebAssembly), which the shipped
 * public/_headers recipe allows.
 */
import { expect, test, type Page } from '@playwright/test';
import { AS_OF, bucketCount } from './helpers';
import { serveDist, shippedHeaders } from './static-server';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'";

/** Collects CSP violations: the page's own event and the console's report. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return violations;
}

test.describe('under the strict policy of issue 9', () => {
  let server: Awaited<ReturnType<typeof serveDist>>;
  test.beforeAll(async () => { server = await serveDist({ 'Content-Security-Policy': STRICT }); });
  test.afterAll(async () => { await server.close(); });

  test('the tracker hydrates and buckets the sample, with no violation', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(`${server.origin}/en/tracker/`);
    expect((await page.request.get(`${server.origin}/en/tracker/`)).headers()['content-security-policy']).toBe(STRICT);
    await expect(page.locator('.tracker[data-hydrated="true"]')).toBeVisible();
    await page.getByTestId('as-of-date').fill(AS_OF);
    await page.getByTestId('load-sample').click();
    await expect(page.getByTestId('import-summary')).toHaveAttribute('data-clients', '60');
    const activation = await Promise.all(['none', 'partial', 'full', 'unknown'].map((b) => bucketCount(page, `activation.${b}`)));
    expect(activation.reduce((a, b) => a + b, 0)).toBe(60);
    expect(violations).toEqual([]);
  });

  test('a reading page is styled and its scripts run, with no violation', async ({ page, context }) => {
    const violations = await watchViolations(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.goto(`${server.origin}/ja/playbooks/activation/email-admins/`);
    // Styled: the global sheet and the layout's grid apply.
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('flex');
    expect(await page.locator('.layout').evaluate((e) => getComputedStyle(e).display)).toBe('grid');
    expect(await page.locator('.skip-link').evaluate((e) => getComputedStyle(e).position)).toBe('absolute');
    // Scripted: the copy-link button works (its script is a file now).
    await page.getByTestId('copy-link').click();
    await expect(page.locator('[data-copy-status]').first()).not.toBeEmpty();
    // The root picker and the 404 page run their scripts too.
    await page.goto(`${server.origin}/fr/nope/`);
    await expect(page.locator('section[data-locale="fr"]')).toBeVisible();
    expect(violations).toEqual([]);
  });
});

test('the shipped _headers policy lets search run (Pagefind compiles WebAssembly)', async ({ page }) => {
  const headers = await shippedHeaders();
  expect(headers['Content-Security-Policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(headers['Content-Security-Policy']).toContain("style-src 'self';");
  const server = await serveDist(headers);
  try {
    const violations = await watchViolations(page);
    await page.goto(`${server.origin}/ja/`);
    await page.locator('[data-search-open]').click();
    await page.locator('[data-search-input]').fill('アクティベーション');
    await expect(page.locator('[data-search-results] li a').first()).toBeVisible();
    await page.goto(`${server.origin}/en/tracker/`);
    await expect(page.locator('.tracker[data-hydrated="true"]')).toBeVisible();
    expect(violations).toEqual([]);
  } finally {
    await server.close();
  }
});

test('no page of the build has an inline script, style block or style attribute', async ({ request }) => {
  for (const path of ['/', '/en/', '/en/tracker/', '/pt/scripts/activation-call/', '/ja/templates/', '/404.html']) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(ld\+)?json")[^>]*>/);
    expect(html, path).not.toMatch(/<style[\s>]/);
    expect(html, path).not.toMatch(/<[a-z][^>]*\sstyle="/);
  }
});
