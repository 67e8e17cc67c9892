// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

// Absolute URLs (hreflang, canonical, Open Graph) need the deployed origin:
// set SITE_URL when deploying; the default serves the local preview.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  integrations: [react()],
  i18n: {
    locales: ['en', 'fr', 'pt', 'ja'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // The tracker's parse worker is an ES module (it imports papaparse).
  vite: { worker: { format: 'es' } },
});
