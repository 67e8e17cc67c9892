import { defineConfig } from 'vitest/config';

// Unit tests cover the pure code (src/lib, src/i18n, src/store); the built
// site is tested by Playwright (tests/e2e).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
