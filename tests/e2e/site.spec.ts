/**
 * The reading side in four locales: every route answers with the right
 * language and alternates, the switcher keeps page and anchor, trainers'
 * links copy and preview well, and the root picks the visitor's language.
 */
import { expect, test } from '@playwright/test';
import { HTML_LANG, LOCALES } from './helpers';
import { routesOf } from './routes';

for (const lang of LOCALES) {
  test(`every route in ${lang}: 200, <html lang>, hreflang alternates`, async ({ request }) => {
    for (const route of routesOf(lang)) {
      const response = await request.get(route);
      expect(response.status(), route).toBe(200);
      const html = await response.text();
      expect(html, route).toContain(`<html lang="${HTML_LANG[lang]}"`);
      for (const other of LOCALES) {
        const href = route.replace(`/${lang}/`, `/${other}/`);
        expect(html, `${route} → ${other}`).toMatch(new RegExp(`<link rel="alternate" hreflang="${HTML_LANG[other]}" href="https?://[^"]+${href}"`));
      }
      expect(html, route).toMatch(/<link rel="alternate" hreflang="x-default" href="https?:\/\/[^"]+\/en\//);
      const step = route.match(/\/playbooks\/([^/]+)\/([^/]+)\/$/);
      if (step) expect(html, route).toContain(`data-step-id="${step[1]}/${step[2]}"`);
    }
  });
}

test('the language switcher keeps the page and the #anchor', async ({ page }) => {
  await page.goto('/en/playbooks/activation/#call');
  const french = page.locator('a[data-lang-link][hreflang="fr-FR"]');
  await expect(french).toHaveAttribute('href', '/fr/playbooks/activation/');
  await french.click();
  await expect(page).toHaveURL(/\/fr\/playbooks\/activation\/#call$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR');
  await expect(page.locator('#call')).toBeVisible();
});

test('a step page: copy-link copies its absolute URL, Open Graph tags in its locale', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto('/ja/playbooks/activation/call/');
  await expect(page.locator('[data-step-id="activation/call"]')).toBeVisible();
  const title = (await page.locator('h1').textContent())!.trim();
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', title);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /.{20,}/);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', /^https?:\/\/[^/]+\/ja\/playbooks\/activation\/call\/$/);
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  const png = await page.request.get(new URL(new URL(image!).pathname, baseURL).href);
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toContain('image/png');

  const button = page.getByTestId('copy-link');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-copy-status]')).not.toBeEmpty();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/ja/playbooks/activation/call/`);
});

test('the overview has a link icon on every step heading', async ({ page }) => {
  await page.goto('/pt/playbooks/onboarding/');
  const anchors = page.locator('.step-heading a.anchor');
  await expect(anchors).toHaveCount(5);
  await expect(anchors.first()).toHaveAttribute('href', '#welcome-email');
});

test('/ sends a Japanese browser to /ja/ and lists all four languages', async ({ browser, request }) => {
  const html = await (await request.get('/')).text();
  for (const lang of LOCALES) expect(html).toContain(`href="/${lang}/"`);
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/ja\/$/);
  await context.close();
});

test('the 404 page speaks the language of the address', async ({ page }) => {
  const response = await page.goto('/fr/nope/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR');
  await expect(page.locator('section[data-locale="fr"]')).toBeVisible();
});

test('Japanese search finds Japanese steps, loaded only when opened', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(r.url()));
  await page.goto('/ja/');
  expect(loaded.some((u) => u.includes('/pagefind/'))).toBe(false);
  await page.locator('[data-search-open]').click();
  await page.locator('[data-search-input]').fill('アクティベーション');
  const results = page.locator('[data-search-results] li a');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/ja\//);
});

test('a call script prints on paper without the navigation', async ({ page }) => {
  await page.goto('/fr/scripts/activation-call/');
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.site-header', '.sidebar', '.site-footer']) await expect(page.locator(chrome).first()).toBeHidden();
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('main')).toContainText(/./);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

/**
 * At a laptop's 1366 px the header is one row in every language: the French and
 * Portuguese links wrapped ("Suivi" alone on a second line, 日本語 under the
 * other languages); there they fold behind the menu button instead.
 */
test('the header is one row at 1366 px in every language', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 800 });
  for (const lang of LOCALES) {
    await page.goto(`/${lang}/tracker/`);
    const rows = await page.locator('.site-header .bar').evaluate((bar) => {
      // How far apart the tops of a group's shown links are: 0 on one row, a line's height when wrapped.
      const spread = (selector: string) => {
        const tops = [...bar.querySelectorAll(selector)].map((a) => a.getBoundingClientRect()).filter((b) => b.width > 0).map((b) => b.top);
        return tops.length ? Math.max(...tops) - Math.min(...tops) : 0;
      };
      return { nav: spread('.main-nav a'), languages: spread('.lang-switch a'), header: bar.getBoundingClientRect().height };
    });
    expect(rows.nav, `${lang} links`).toBeLessThan(4);
    expect(rows.languages, `${lang} languages`).toBeLessThan(4);
    expect(rows.header, lang).toBeLessThan(66);
    // Every page stays one click away: the folded links are behind the menu button.
    const menu = page.getByTestId('menu-button');
    if (await menu.isVisible()) {
      await menu.click();
      await expect(page.locator('.main-nav a').last()).toBeVisible();
      await menu.click();
    }
  }
});
