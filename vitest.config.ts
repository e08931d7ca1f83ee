import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs in Node against the core; `e2e` drives the built app in real Chromium.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    projects: [
      {
        // generous timeouts: CI machines are shared and can be several times slower than a developer's
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // state the app exposes can take seconds to arrive on a busy machine: poll for it, never sleep
          expect: { poll: { timeout: 30_000, interval: 50 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
