import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { PARALLEL_PAGES } from './support/pool.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  resolve: { alias: { '@': fileURLToPath(new URL('../src', import.meta.url)) } },
  test: {
    // A focused test (.only) left in would silently skip the rest of the suite.
    allowOnly: false,
    // Two test files at a time, one per core: the browser tests keep both busy (their pages render
    // in Chromium while Node waits), and each file's own tests run a few pages at once.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          // nginx with the production configuration, and the deploy script against it: no browser.
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // One worker runs file after file: its module cache and Node process are reused.
          isolate: false,
          // A file's tests marked concurrent share its browser, each with a page of a pool of this size.
          maxConcurrency: PARALLEL_PAGES,
        },
      },
    ],
  },
});
