/**
 * End-to-end tests run against the built site (`astro preview`), in a real
 * Chromium: Playwright's own when installed, else the system one
 * (/usr/bin/chromium). Playwright cannot download browsers on every machine.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

/** E2E_PORT lets several checkouts run their end-to-end tests at once. */
const PORT = Number(process.env['E2E_PORT'] ?? 4399);
const executablePath = chromiumPath();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  ...(process.env.CI ? { workers: 2 } : {}),
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  // Whole journeys (import, log, reload, export, import again) on a 2-core machine.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: executablePath ? { executablePath, args: CHROMIUM_ARGS } : { args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/en/`,
    reuseExistingServer: !process.env.CI,
    // Whole journeys (import, log, reload, export, import again) on a 2-core machine.
  timeout: 120_000,
  },
});
