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
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: true,
          isolate: false,
          // Tests marked concurrent share that browser, each with a page of a pool of this size.
          maxConcurrency: PARALLEL_PAGES,
        },
      },
    ],
  },
});
