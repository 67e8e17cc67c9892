/**
 * Reading like on the best documentation sites (issue 14.2–14.6): contents
 * list with the current section highlighted, sticky navigation, a phone menu,
 * sidebars that fit the page type, copy buttons, call scripts in the call's
 * order, search that loads on intent and finds synonyms, share and QR code.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

test.describe('navigation', () => {
  test('a step has a contents list on the right that highlights the section being read', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/en/playbooks/activation/email-admins/');
    const toc = page.getByTestId('toc');
    await expect(toc).toBeVisible();
    const main = await page.locator('main').boundingBox();
    const box = await toc.boundingBox();
    expect(box!.x).toBeGreaterThan(main!.x + main!.width - 1);
    const links = toc.locator('a');
    expect(await links.count()).toBeGreaterThan(3);
    // Every entry points at a heading of the page.
    for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash))) {
      await expect(page.locator(`main :is(h2, h3)${href.replace(/^#/, '#').replace(/([^\w#-])/g, '\\$1')}`)).toHaveCount(1);
    }
    await expect(links.first()).toHaveAttribute('aria-current', 'location');
    const last = links.last();
    const target = (await last.getAttribute('href'))!;
    await page.locator(target).scrollIntoViewIfNeeded();
    await page.evaluate((id) => document.querySelector(id)!.scrollIntoView({ block: 'start' }), target);
    await expect(last).toHaveAttribute('aria-current', 'location');
    await expect(links.first()).not.toHaveAttribute('aria-current', 'location');
    // The sidebar and the contents stay in view while reading.
    await expect(page.locator('.sidebar')).toBeInViewport();
    await expect(toc).toBeInViewport();
    await expect(page.locator('.site-header')).toBeInViewport();
  });

  test('the long objections page has contents for every objection', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/fr/objections/');
    await expect(page.getByTestId('toc').locator('a')).toHaveCount(await page.locator('main h2').count());
  });

  test('scripts and templates show their own list, not the playbooks', async ({ page }) => {
    await page.goto('/pt/scripts/activation-call/');
    await expect(page.locator('.sidebar a[href="/pt/scripts/welcome-call/"]')).toHaveCount(1);
    await expect(page.locator('.sidebar a[href^="/pt/playbooks/activation/"]')).toHaveCount(0);
    await expect(page.locator('.sidebar a[aria-current="page"]')).toHaveAttribute('href', '/pt/scripts/activation-call/');
    await page.goto('/pt/templates/welcome/');
    await expect(page.locator('.sidebar a[href="/pt/templates/activation-request/"]')).toHaveCount(1);
    await expect(page.locator('.sidebar a[href^="/pt/playbooks/activation/"]')).toHaveCount(0);
  });

  test('on a phone the header is one short bar and a menu button opens the navigation', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/ja/playbooks/activation/call/');
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height / 844).toBeLessThan(0.1);
    await expect(page.locator('.main-nav')).toBeHidden();
    await expect(page.locator('.sidebar')).toBeHidden();
    // The text comes first.
    const h1 = await page.locator('main h1').boundingBox();
    expect(h1!.y).toBeLessThan(300);
    const button = page.getByTestId('menu-button');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('.main-nav')).toBeVisible();
    await expect(page.locator('.sidebar')).toBeVisible();
    await expect(page.getByTestId('toc')).toBeVisible();
  });
});

/** A template's subject and body as written in its Markdown file. */
function templateSource(lang: string, id: string): { subject: string; body: string } {
  const text = readFileSync(fileURLToPath(new URL(`../../src/content/templates/${lang}/${id}.md`, import.meta.url)), 'utf8');
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  return { subject: (parse(front!) as { subject: string }).subject, body: body!.trim() };
}

test.describe('copy', () => {
  test('template copy buttons copy the subject, the body and the whole, merge fields kept', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    await page.goto('/fr/templates/activation-request/');
    const source = templateSource('fr', 'activation-request');
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    const buttons = page.getByTestId('copy-template');
    await buttons.and(page.locator('[data-copy-part="subject"]')).click();
    expect(await clipboard()).toBe(source.subject);
    await buttons.and(page.locator('[data-copy-part="body"]')).click();
    const paragraphs = (s: string) => s.split(/\n\s*\n/).map((p) => p.trim());
    expect(paragraphs(await clipboard())).toEqual(paragraphs(source.body));
    expect(await clipboard()).toContain('{client}');
    await buttons.and(page.locator('[data-copy-mode="markdown"]')).click();
    const markdown = await clipboard();
    expect(markdown).toContain(source.subject);
    expect(markdown).toMatch(/^\*\*.+\*\*$/m);
    await expect(page.locator('[data-copy-actions-status]').first()).toHaveText(/Copié/);
  });

  test('a step jumps to its template and links to the tracker composer for it', async ({ page }) => {
    await page.goto('/en/playbooks/activation/email-admins/');
    const jump = page.getByTestId('jump-template');
    const top = await jump.boundingBox();
    expect(top!.y).toBeLessThan(600);
    await jump.click();
    await expect(page.locator('#tpl-activation-request')).toBeInViewport();
    await expect(page.getByTestId('fill-template')).toHaveAttribute('href', '/en/tracker/?template=activation-request');
  });

  test('a call script copies whole, in the order of the call', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    await page.goto('/en/scripts/activation-call/');
    await page.getByTestId('copy-template').and(page.locator('[data-copy-mode="plain"]')).click();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const order = ['BEFORE THE CALL', 'OPENING', 'REASONS FOR THE CALL', 'QUESTIONS TO ASK', 'HANDLING PUSHBACK', 'CLOSE', 'AFTER THE CALL'].map((h) => text.indexOf(h));
    expect(order.every((i) => i >= 0), text.slice(0, 200)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('Hello, this is [your name]');
  });
});

test.describe('call scripts', () => {
  for (const lang of ['en', 'fr', 'pt', 'ja']) {
    test(`${lang}: one title, each heading once, the call's order, prints on at most two A4 pages with an outcome box`, async ({ page }) => {
      await page.goto(`/${lang}/scripts/activation-call/`);
      const title = (await page.locator('main h1').textContent())!.trim();
      const headings = (await page.locator('main :is(h1, h2, h3)').allTextContents()).map((h) => h.trim());
      expect(headings.filter((h) => h === title)).toHaveLength(1);
      expect(new Set(headings).size).toBe(headings.length);
      const h2 = (await page.locator('main h2').allTextContents()).map((h) => h.trim());
      expect(h2.length).toBeGreaterThanOrEqual(7);
      const opening = h2.indexOf(dictionary(lang)['script.opening']!);
      const close = h2.indexOf(dictionary(lang)['script.close']!);
      expect(opening).toBeGreaterThan(0); // "before the call" comes first
      expect(close).toBe(h2.length - 2); // then only "after the call"
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.outcome')).toBeVisible();
      const pdf = await page.pdf({ format: 'A4' });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
    });
  }
});

function dictionary(lang: string): Record<string, string> {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../src/i18n/${lang}.json`, import.meta.url)), 'utf8')) as Record<string, string>;
}

test.describe('search', () => {
  test('the index loads on intent (hover), not on page load', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(r.url()));
    await page.goto('/en/', { waitUntil: 'networkidle' });
    expect(loaded.some((u) => u.includes('/pagefind/'))).toBe(false);
    await page.locator('[data-search-open]').hover();
    await expect.poll(() => loaded.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
  });

  test('"/" opens search; Japanese 有効化 finds the activation pages, each labelled with its type', async ({ page }) => {
    await page.goto('/ja/');
    await page.keyboard.press('/');
    await expect(page.locator('[data-search-input]')).toBeFocused();
    await page.locator('[data-search-input]').fill('有効化');
    const results = page.locator('[data-search-results] li');
    await expect(results.first()).toBeVisible();
    await expect(page.locator('[data-search-status]')).not.toHaveText(/読み込んで/);
    const hrefs = await results.locator('a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.some((h) => h.startsWith('/ja/playbooks/activation/'))).toBe(true);
    for (const href of hrefs) expect(href).toMatch(/^\/ja\//);
    const types = await results.locator('.result-type').allTextContents();
    expect(types.length).toBe(hrefs.length);
    expect(types).toContain('ステップ');
  });

  test('English words on the Japanese site and Portuguese synonyms find pages', async ({ page }) => {
    await page.goto('/ja/');
    await page.locator('[data-search-open]').click();
    await page.locator('[data-search-input]').fill('renewal');
    await expect(page.locator('[data-search-results] li a').first()).toBeVisible();
    await page.goto('/pt/');
    await page.locator('[data-search-open]').click();
    await page.locator('[data-search-input]').fill('implementação');
    await expect(page.locator('[data-search-results] li a').first()).toBeVisible();
  });

  test('excerpts carry no interface text', async ({ page }) => {
    await page.goto('/en/');
    await page.locator('[data-search-open]').click();
    for (const query of ['print script', 'used in', 'copy link']) {
      await page.locator('[data-search-input]').fill(query);
      await expect(page.locator('[data-search-status]')).not.toHaveText(/Loading|^$/);
      const excerpts = (await page.locator('[data-search-results] li p').allTextContents()).join('\n');
      expect(excerpts).not.toMatch(/Print this script|Used in:|Copy link to this step|On this page/);
    }
  });
});

test.describe('for trainers', () => {
  test('a step shares its link in each language and a QR code of it, printed with the step', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    await page.goto('/fr/playbooks/onboarding/welcome-call/');
    const share = page.getByTestId('share');
    await share.locator('summary').click();
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    for (const lang of ['en', 'fr', 'pt', 'ja']) {
      await expect(share.locator(`[data-share-link="${lang}"]`)).toHaveAttribute('href', canonical.replace('/fr/', `/${lang}/`));
    }
    await share.locator(`[data-share-copy]`).nth(3).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical.replace('/fr/', '/ja/'));
    const qr = page.getByTestId('qr').locator('svg');
    await expect(qr).toBeVisible();
    await expect(qr).toHaveAttribute('aria-label', new RegExp(`${canonical.replace(/[.?]/g, '\\$&')}$`));
    // A QR code is square, with a quiet zone and many modules.
    expect(await qr.locator('path').getAttribute('d')).toMatch(/^(M\d+ \d+h1v1h-1z){200,}$/);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.qr.print-only svg')).toBeVisible();
    await expect(share).toBeHidden();
  });
});
