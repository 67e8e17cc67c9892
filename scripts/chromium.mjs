// Which Chromium the browser tests and the benchmark drive: Playwright's own
// when installed, else the system one. Playwright cannot download browsers here.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** undefined = Playwright's bundled browser; else a path to a system Chromium. */
export function chromiumPath() {
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // no bundled browser registered
  }
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(path)) return path;
  }
  throw new Error(
    'No Chromium found for the browser tests. Install one: `npx playwright install chromium`, or on Debian/Ubuntu as root `apt-get install -y chromium`.',
  );
}
