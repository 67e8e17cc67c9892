/**
 * Link previews of a deployment (issue 14.1): a build with SITE_URL set has
 * absolute URLs on that origin only, with no "localhost" anywhere in the
 * output. It builds once more into a temporary folder (the served `dist`
 * stays the local build the other tests use).
 */
import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const SITE = 'https://playbook.example.test';
const TEXT = /\.(html|xml|txt|js|css|json|svg|webmanifest)$|_headers$/;

test('a build with SITE_URL has absolute URLs on that site and no localhost anywhere', async () => {
  test.setTimeout(600_000);
  const out = await mkdtemp(join(tmpdir(), 'playbook-deploy-'));
  try {
    const { stdout, stderr } = await promisify(execFile)('npx', ['astro', 'build', '--outDir', out], {
      env: { ...process.env, SITE_URL: SITE },
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(`${stdout}${stderr}`).not.toContain('SITE_URL is not set');

    const files = (await readdir(out, { recursive: true, encoding: 'utf8' })).filter((f) => TEXT.test(f));
    expect(files.length).toBeGreaterThan(100);
    const leaks: string[] = [];
    for (const file of files) {
      const text = await readFile(join(out, file), 'utf8');
      if (/localhost|127\.0\.0\.1/.test(text)) leaks.push(file);
    }
    expect(leaks).toEqual([]);

    const step = await readFile(join(out, 'fr/playbooks/activation/call/index.html'), 'utf8');
    expect(step).toContain(`<link rel="canonical" href="${SITE}/fr/playbooks/activation/call/">`);
    expect(step).toContain(`<meta property="og:url" content="${SITE}/fr/playbooks/activation/call/">`);
    expect(step).toContain(`<meta property="og:image" content="${SITE}/og/fr/activation/call.png">`);
    for (const kind of ['templates/activation-request', 'scripts/activation-call']) {
      const page = await readFile(join(out, `ja/${kind}/index.html`), 'utf8');
      expect(page, kind).toContain(`<meta property="og:image" content="${SITE}/og/ja/${kind}.png">`);
      const png = await readFile(join(out, `og/ja/${kind}.png`));
      expect(png.subarray(1, 4).toString(), kind).toBe('PNG');
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});
