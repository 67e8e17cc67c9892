/** Shared steps of the end-to-end tests. */
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const LOCALES = ['en', 'fr', 'pt', 'ja'] as const;
export const HTML_LANG = { en: 'en', fr: 'fr-FR', pt: 'pt-BR', ja: 'ja-JP' } as const;
/** The as-of date every tracker test pins, so stages do not depend on the day the tests run. */
export const AS_OF = '2026-11-24';

export function fixture(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}

export function fixtureText(name: string): string {
  return readFileSync(fixture(name), 'utf8');
}

/** Records every request the page makes to another origin (none is allowed). */
export function foreignRequests(page: Page, baseURL: string): string[] {
  const foreign: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  return foreign;
}

export async function openTracker(page: Page, lang: string = 'en', asOf = AS_OF) {
  await page.goto(`/${lang}/tracker/`);
  await expect(page.locator('.tracker[data-hydrated="true"]')).toBeVisible();
  await page.getByTestId('as-of-date').fill(asOf);
}

export async function loadFile(page: Page, name: string) {
  await page.getByTestId('csv-file').setInputFiles(fixture(name));
}

export function bucket(page: Page, id: string) {
  return page.locator(`[data-bucket="${id}"]`);
}

export async function bucketCount(page: Page, id: string): Promise<number> {
  return Number(await bucket(page, id).getAttribute('data-count'));
}

/** The row of a client, found through the search box (the list is virtualized). */
export async function clientRow(page: Page, client: string) {
  await page.getByTestId('client-search').fill(client);
  return page.locator(`[data-testid="client-row"][data-client="${client.replaceAll('"', '\\"')}"]`);
}

/** A file of the built site's public folder, read from the repository. */
export function publicText(path: string): string {
  return readFileSync(fileURLToPath(new URL(`../../public/${path}`, import.meta.url)), 'utf8');
}
