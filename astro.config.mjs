// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { fileURLToPath } from 'node:url';
import { externalizeSite } from './scripts/csp-externalize.mjs';
import { resolveSite } from './scripts/site-url.mjs';

// Absolute URLs (hreflang, canonical, Open Graph) need the deployed origin:
// set SITE_URL when deploying; the default serves the local preview only.
const { site, warning } = resolveSite(process.env);

/** @type {import('astro').AstroIntegration} */
const deployChecks = {
  name: 'adoption-playbook:deploy',
  hooks: {
    'astro:build:start': ({ logger }) => {
      if (warning) logger.warn(warning);
    },
    // Strict CSP (script-src 'self'; style-src 'self'): nothing inline may remain.
    'astro:build:done': async ({ dir, logger }) => {
      const { moved, files } = await externalizeSite(fileURLToPath(dir));
      logger.info(`CSP: ${moved} inline scripts/styles moved to ${files} files under _astro/inline/`);
    },
  },
};

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  integrations: [react(), deployChecks],
  i18n: {
    locales: ['en', 'fr', 'pt', 'ja'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Stylesheets as files, never <style> blocks: a strict style-src 'self' allows only files.
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: {
    // The tracker's parse worker is an ES module (it imports papaparse).
    worker: { format: 'es' },
    // Page scripts stay files too (Astro inlines small ones otherwise): script-src 'self'.
    // BENCH_NO_MINIFY=1: readable function names for scripts/profile-tasks.mjs.
    build: { assetsInlineLimit: 0, ...(process.env.BENCH_NO_MINIFY ? { minify: false } : {}) },
  },
});
